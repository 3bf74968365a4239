import type { Policy, Question } from "../../src/index.js";
import { parseIsoDay } from "../../src/time/calendarDay.js";
import { random } from "../questions.js";

// The simplified LinkedIn-like model of ../shared/research/performance.md, so that engines that answer
// only allow/deny (Cedar, json-rules-engine, CASL) can be timed on the same rules and questions as this
// library: three versions, four purposes, six data categories, a future-only opt-out setting, a
// future-only objection form, an age limit and a regional carve-out. Every input is given, so every
// answer is "used" or "not-used". It is a benchmark fixture, not a statement about any platform.

export const GEN = "generative-ai-training";
export const NONGEN = "non-generative-ai-training";
export const SAFETY = "safety-ml";
export const THIRD = "third-party-training";
export const PURPOSES = [GEN, NONGEN, SAFETY, THIRD] as const;
export const CATEGORIES = ["profile", "posts", "usage-data", "private-messages", "group-content", "payment-data"] as const;
export const GEN_CATEGORIES = ["profile", "posts", "usage-data"];
export const NONGEN_CATEGORIES = ["profile", "posts", "usage-data", "group-content"];
/** The EU-27, Iceland, Liechtenstein, Norway, Switzerland and the UK: 32 codes. */
export const CARVE_OUT = "AT BE BG CY CZ DE DK EE ES FI FR GR HR HU IE IT LT LU LV MT NL PL PT RO SE SI SK IS LI NO CH GB".split(" ");
export const SETTING = "gen-ai-setting";
export const FORM = "objection-form";

export const DAY_V1 = parseIsoDay("2023-01-01") as number;
export const DAY_V2 = parseIsoDay("2024-09-18") as number;
export const DAY_V3 = parseIsoDay("2025-11-03") as number;

/** A complete question, plus its facts as numbers for the engines that need them. */
export interface SimpleQuestion {
  readonly question: Question;
  readonly purpose: string;
  readonly category: string;
  readonly region: string;
  readonly age: number;
  readonly day: number;
  readonly optOutDay: number | null;
  readonly objectionDay: number | null;
}

const DAY_MS = 86_400_000;
const iso = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);

/** The research's deterministic 1,000 questions (mulberry32, seed 20240918). */
export function simpleQuestions(count = 1000, seed = 20240918): SimpleQuestion[] {
  const next = random(seed);
  const regions = "DE FR GB CH NO IT ES NL SE PL IE AT BE IS LI US IN BR CA HK AU JP SG MX ZA NG KR AE NZ AR".split(" ");
  const between = (from: string, until: string) => {
    const lo = parseIsoDay(from) as number;
    const hi = parseIsoDay(until) as number;
    return lo + Math.floor(next() * (hi - lo + 1));
  };
  const out: SimpleQuestion[] = [];
  for (let i = 0; i < count; i++) {
    const region = regions[Math.floor(next() * regions.length)] as string;
    const age = 13 + Math.floor(next() * 58);
    const day = between("2024-01-01", "2026-06-30");
    const r = next();
    const purpose = r < 0.4 ? GEN : r < 0.6 ? NONGEN : r < 0.8 ? SAFETY : THIRD;
    const category = CATEGORIES[Math.floor(next() * CATEGORIES.length)] as string;
    const optOutDay = next() < 0.5 ? null : between("2024-09-18", "2026-06-30");
    const objectionDay = next() < 0.8 ? null : between("2023-06-01", "2026-06-30");
    const optOuts = [
      ...(optOutDay === null ? [] : [{ control: SETTING, at: iso(optOutDay) }]),
      ...(objectionDay === null ? [] : [{ control: FORM, at: iso(objectionDay) }]),
    ];
    out.push({
      question: { purpose, category, at: iso(day), user: { region, age, optOuts } },
      purpose,
      category,
      region,
      age,
      day,
      optOutDay,
      objectionDay,
    });
  }
  return out;
}

const cite = [{ source: "bench", quote: "A benchmark fixture." }];
const statement = (id: string, rest: Record<string, unknown>) => ({ id, summary: id, confidence: "high", sources: cite, ...rest });
const others = (list: readonly string[]) => CATEGORIES.filter((c) => !list.includes(c));

/** The same model as a policy in this library's format. */
export const simplePolicy = {
  formatVersion: 1,
  id: "bench",
  name: "Benchmark model",
  homepage: "https://example.com",
  summary: "The simplified model of the performance research.",
  coverage: { from: "2023-01-01" },
  lastReviewed: "2026-12-01",
  purposes: [
    { id: SAFETY, label: "Safety models", description: "Safety models." },
    { id: THIRD, label: "Third-party training", description: "Training by third parties." },
  ],
  regionGroups: [{ id: "carve-out", label: "Carve-out", members: CARVE_OUT.map((member) => ({ member })), sources: cite }],
  recipients: [{ id: "platform", label: "Platform", kind: "platform" }],
  controls: [
    {
      id: SETTING,
      kind: "setting",
      labels: [{ text: "Gen-AI setting", sources: cite }],
      purposes: [GEN],
      scope: "future-only",
      decidedBy: "user",
      enforcement: "enforced",
      sources: cite,
    },
    {
      id: FORM,
      kind: "form",
      labels: [{ text: "Objection form", sources: cite }],
      purposes: [NONGEN],
      scope: "future-only",
      decidedBy: "user",
      enforcement: "enforced",
      sources: cite,
    },
  ],
  sources: [{ id: "bench", url: "https://example.com", title: "Benchmark", publisher: "Benchmark", accessed: "2026-12-01", kind: "secondary" }],
  statements: [
    statement("gen-v1-none", { effect: "not-used", purposes: [GEN], categories: GEN_CATEGORIES, from: "2023-01-01", until: "2024-09-18" }),
    statement("gen-v2", {
      effect: "used",
      purposes: [GEN],
      categories: GEN_CATEGORIES,
      regions: { exclude: ["carve-out"] },
      from: "2024-09-18",
      until: "2025-11-03",
      consent: { default: "on", controls: [{ control: SETTING }] },
    }),
    statement("gen-v2-carve-out", {
      effect: "not-used",
      purposes: [GEN],
      categories: GEN_CATEGORIES,
      regions: { include: ["carve-out"] },
      from: "2024-09-18",
      until: "2025-11-03",
    }),
    statement("gen-v3", {
      effect: "used",
      purposes: [GEN],
      categories: GEN_CATEGORIES,
      from: "2025-11-03",
      consent: { default: "on", controls: [{ control: SETTING }] },
    }),
    statement("gen-minors", { effect: "not-used", purposes: [GEN], categories: GEN_CATEGORIES, age: { below: 18 }, from: "2023-01-01" }),
    statement("gen-other-data", { effect: "not-used", purposes: [GEN], categories: others(GEN_CATEGORIES), from: "2023-01-01" }),
    statement("nongen", {
      effect: "used",
      purposes: [NONGEN],
      categories: NONGEN_CATEGORIES,
      from: "2023-01-01",
      consent: { default: "on", controls: [{ control: FORM }] },
    }),
    statement("nongen-other-data", { effect: "not-used", purposes: [NONGEN], categories: others(NONGEN_CATEGORIES), from: "2023-01-01" }),
    statement("safety", { effect: "used", purposes: [SAFETY], categories: others(["payment-data"]), from: "2023-01-01" }),
    statement("safety-payment", { effect: "not-used", purposes: [SAFETY], categories: ["payment-data"], from: "2023-01-01" }),
    statement("third-party-never", { effect: "not-used", purposes: [THIRD], categories: [...CATEGORIES], from: "2023-01-01" }),
  ],
} as unknown as Policy;

const CARVE_SET = new Set(CARVE_OUT);

/**
 * The model written out by hand, the physical limit: it reads the same question objects as this
 * library (ISO days compared as strings, the choices scanned), trusts them, and explains nothing.
 */
export function simpleByHand(q: Question): boolean {
  const at = q.at as string;
  const user = q.user as { region: string; age: number; optOuts: readonly { control: string; at: string }[] };
  const c = q.category;
  let setting = "9999-12-31";
  let form = "9999-12-31";
  for (const choice of user.optOuts) {
    if (choice.control === SETTING) setting = choice.at;
    else form = choice.at;
  }
  switch (q.purpose) {
    case GEN:
      if (c !== "profile" && c !== "posts" && c !== "usage-data") return false;
      if (at < "2024-09-18" || user.age < 18) return false;
      if (at < "2025-11-03" && CARVE_SET.has(user.region)) return false;
      return at < setting;
    case NONGEN:
      if (c !== "profile" && c !== "posts" && c !== "usage-data" && c !== "group-content") return false;
      return at >= "2023-01-01" && at < form;
    case SAFETY:
      return c !== "payment-data" && at >= "2023-01-01";
    default:
      return false;
  }
}
