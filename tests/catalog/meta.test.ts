import { describe, expect, it } from "vitest";
import { type Choice, type Question, controlsFor } from "../../src/index.js";
import { loadPolicy } from "../support/catalogPolicy.js";
import { type Row, decisionTable, historyAsReviewed } from "../support/decisionTable.js";
const policy = loadPolicy("meta"); // validates the file and fails with file:line:col issues if invalid

// Meta's rules as questions and answers. Every statement, both controls, both sides of every boundary
// day and every region change are asked here; the `why` column says which fact decides, and `statement`
// pins the statement that decides where two answers look alike.

const GENAI = "generative-ai-training";
const ADS = "ads-personalisation";
const CONTENT = "content-personalisation";
const FORM = "ai-objection-form";
const FORM_2024 = "objection-form-2024";

interface Extra {
  readonly category?: string;
  readonly purpose?: string;
  /** 30 unless given; null leaves it out of the question. */
  readonly age?: number | null;
  readonly optOuts?: Choice[];
  readonly created?: string;
  /** public unless given; null leaves it out of the question. */
  readonly visibility?: "public" | "non-public" | null;
  readonly recipient?: string;
}

function ask(region: string | undefined, at: string, extra: Extra = {}): Question {
  const age = extra.age === undefined ? 30 : extra.age;
  const visibility = extra.visibility === undefined ? "public" : extra.visibility;
  return {
    purpose: extra.purpose ?? GENAI,
    category: extra.category ?? "posts",
    at,
    user: {
      ...(region !== undefined && { region }),
      ...(age !== null && { age }),
      ...(extra.optOuts && { optOuts: extra.optOuts }),
    },
    data: {
      ...(extra.created !== undefined && { createdAt: extra.created }),
      ...(visibility !== null && { visibility }),
    },
    ...(extra.recipient !== undefined && { recipient: extra.recipient }),
  };
}

const objected = (at: string, control = FORM, outcome?: "accepted" | "refused"): Choice[] => [
  outcome === undefined ? { control, at } : { control, at, outcome },
];

const table = (rows: readonly Row[]) => decisionTable(policy, rows);

describe("Meta: generative-AI training on public posts outside Europe and Brazil", () => {
  table([
    { why: "outside the history's coverage", q: ask("US", "2023-09-26"), answer: "unknown", code: "outside-coverage" },
    {
      why: "from Meta AI's launch (27 Sept 2023): adults' public posts are used",
      q: ask("US", "2023-09-27"),
      answer: "used",
      code: "used",
      statement: "genai-public-posts-outside-europe",
    },
    { why: "Australia: no opt-out (Senate testimony)", q: ask("AU", "2024-09-11"), answer: "used", statement: "genai-public-posts-outside-europe" },
    { why: "a public post from 2007 is still used: no creation window", q: ask("AU", "2025-06-01", { created: "2007-06-01" }), answer: "used" },
    {
      why: "the objection form does not reach training outside Europe and Brazil",
      q: ask("US", "2025-06-01", { optOuts: objected("2024-10-01") }),
      answer: "used",
    },
    {
      why: "non-public posts are not used",
      q: ask("US", "2025-06-01", { visibility: "non-public" }),
      answer: "not-used",
      statement: "genai-non-public-posts-excluded",
    },
    { why: "whether the post is public decides it", q: ask("US", "2025-06-01", { visibility: null }), answer: "unknown", needs: ["data.visibility"] },
    {
      why: "private messages are never used",
      q: ask("US", "2025-06-01", { category: "private-messages", visibility: null }),
      answer: "not-used",
      statement: "genai-private-messages-excluded",
    },
    {
      why: "private messages: the same in the EU, whatever the age",
      q: ask("FR", "2025-06-01", { category: "private-messages", age: null, visibility: null }),
      answer: "not-used",
    },
    {
      why: "private messages: region missing does not matter",
      q: ask(undefined, "2025-06-01", { category: "private-messages", visibility: null }),
      answer: "not-used",
    },
    { why: "region missing matters in 2024 (Europe and Brazil were out)", q: ask(undefined, "2024-08-01"), answer: "unknown", needs: ["region"] },
    {
      why: "region missing does not matter in mid-2025: every region then used an adult's public posts by default",
      q: ask(undefined, "2025-06-01"),
      answer: "used",
    },
    {
      why: "…but it matters for someone who objected",
      q: ask(undefined, "2025-06-01", { optOuts: objected("2025-05-01") }),
      answer: "unknown",
      needs: ["region"],
    },
    {
      why: "a recipient other than Meta: whether open models carry users' posts is not said outside the EU",
      q: ask("US", "2025-06-01", { recipient: "third-party-developers" }),
      answer: "unknown",
      code: "policy-silent",
    },
  ]);
});

describe("Meta: under-18 accounts, and an age rule that differs by category in the EU", () => {
  table([
    {
      why: "minors before 11 Sept 2024: whether their public posts were excluded is undisclosed",
      q: ask("US", "2024-09-10", { age: 16 }),
      answer: "unknown",
      code: "uncertain-date",
    },
    {
      why: "minors from the Senate hearing of 11 Sept 2024: excluded",
      q: ask("US", "2024-09-11", { age: 16 }),
      answer: "not-used",
      statement: "genai-minors-public-posts-excluded",
    },
    { why: "18 is an adult", q: ask("US", "2024-09-11", { age: 18 }), answer: "used" },
    { why: "age missing matters for public posts", q: ask("US", "2025-06-01", { age: null }), answer: "unknown", needs: ["age"] },
    { why: "EU minor's public post: excluded", q: ask("DE", "2025-06-01", { age: 16 }), answer: "not-used", statement: "genai-minors-public-posts-excluded" },
    {
      why: "EU minor's chats with Meta AI: used (the table lists all users, minors included)",
      q: ask("DE", "2025-06-01", { age: 16, category: "ai-interactions", visibility: null }),
      answer: "used",
      statement: "eu-ai-interactions-training",
    },
    {
      why: "EU: for AI interactions the age does not matter",
      q: ask("DE", "2025-06-01", { age: null, category: "ai-interactions", visibility: null }),
      answer: "used",
    },
    { why: "EU: for public posts the age matters", q: ask("DE", "2025-06-01", { age: null }), answer: "unknown", needs: ["age"] },
    { why: "UK minor: excluded after the resumption", q: ask("GB", "2025-06-01", { age: 17 }), answer: "not-used" },
    { why: "Brazil minor: excluded under the ANPD's plan", q: ask("BR", "2025-06-01", { age: 17 }), answer: "not-used" },
  ]);
});

describe("Meta: the EU/EEA — the 2024 plan, the pause and the 2025 start", () => {
  table([
    { why: "before the 2024 plan: not used (medium confidence)", q: ask("DE", "2024-05-21"), answer: "not-used", statement: "europe-before-2024-plan" },
    { why: "the day before the DPC's pause: the plan had not started", q: ask("DE", "2024-06-13"), answer: "not-used", statement: "europe-before-2024-plan" },
    { why: "paused from 14 June 2024", q: ask("DE", "2024-06-14"), answer: "not-used", statement: "eu-pause" },
    { why: "26 June 2024, the planned start: still paused", q: ask("FR", "2024-06-26"), answer: "not-used", statement: "eu-pause" },
    { why: "the day before 27 May 2025: still paused", q: ask("DE", "2025-05-26"), answer: "not-used", statement: "eu-pause" },
    {
      why: "from 27 May 2025: used unless the person objects",
      q: ask("DE", "2025-05-27"),
      answer: "used",
      code: "used-by-default",
      statement: "eu-public-posts-training",
    },
    { why: "Norway is in the EEA", q: ask("NO", "2025-06-01"), answer: "used", statement: "eu-public-posts-training" },
    {
      why: "the EU trains for third parties too (developers and researchers)",
      q: ask("DE", "2025-06-01", { recipient: "third-party-developers" }),
      answer: "used",
    },
    { why: "non-public posts stay out in the EU", q: ask("DE", "2025-06-01", { visibility: "non-public" }), answer: "not-used" },
    {
      why: "AI interactions before 27 May 2025: the policy says nothing",
      q: ask("DE", "2025-05-26", { category: "ai-interactions", visibility: null }),
      answer: "unknown",
      code: "policy-silent",
    },
  ]);
});

describe("Meta: EU objections, and when they were made", () => {
  table([
    {
      why: "objected before the start: past content never used",
      q: ask("DE", "2025-06-01", { created: "2015-01-01", optOuts: objected("2025-05-01") }),
      answer: "not-used",
      code: "opted-out",
    },
    { why: "objected the day before the start", q: ask("DE", "2026-01-10", { created: "2015-01-01", optOuts: objected("2025-05-26") }), answer: "not-used" },
    {
      why: "objected on the start day, old content: Meta and consumer advisers disagree",
      q: ask("DE", "2026-01-10", { created: "2015-01-01", optOuts: objected("2025-05-27") }),
      answer: "unknown",
      code: "disputed",
    },
    {
      why: "a late objection and content from before it: disputed",
      q: ask("DE", "2026-01-10", { created: "2025-06-01", optOuts: objected("2025-07-01") }),
      answer: "unknown",
      code: "disputed",
    },
    {
      why: "a late objection covers content created after it",
      q: ask("DE", "2026-01-10", { created: "2025-08-01", optOuts: objected("2025-07-01") }),
      answer: "not-used",
    },
    {
      why: "a run before a late objection used the data",
      q: ask("DE", "2025-06-15", { created: "2020-01-01", optOuts: objected("2025-07-01") }),
      answer: "used",
    },
    {
      why: "late objection, content date missing: it matters",
      q: ask("DE", "2026-01-10", { optOuts: objected("2025-07-01") }),
      answer: "unknown",
      needs: ["data.createdAt"],
    },
    {
      why: "AI chats: a late objection is disputed the same way",
      q: ask("DE", "2026-01-10", { category: "ai-interactions", visibility: null, created: "2025-06-01", optOuts: objected("2025-07-01") }),
      answer: "unknown",
      code: "disputed",
    },
    {
      why: "AI chats: an early objection keeps them out",
      q: ask("DE", "2026-01-10", { category: "ai-interactions", visibility: null, created: "2025-06-01", optOuts: objected("2025-05-01") }),
      answer: "not-used",
    },
    {
      why: "a 2024 objection, accepted, is honoured in 2025",
      q: ask("DE", "2025-06-01", { created: "2015-01-01", optOuts: objected("2024-06-01", FORM_2024, "accepted") }),
      answer: "not-used",
    },
    {
      why: "a 2024 objection Meta refused changes nothing",
      q: ask("DE", "2025-06-01", { created: "2015-01-01", optOuts: objected("2024-06-01", FORM_2024, "refused") }),
      answer: "used",
    },
    {
      why: "a 2024 objection whose outcome is not given: Meta said it would honour every one received",
      q: ask("DE", "2025-06-01", { created: "2015-01-01", optOuts: objected("2024-06-01", FORM_2024) }),
      answer: "not-used",
      code: "opted-out",
    },
  ]);
});

describe("Meta: the UK — paused, then resumed with an objection form", () => {
  table([
    { why: "before the 2024 plan", q: ask("GB", "2024-06-13"), answer: "not-used", statement: "europe-before-2024-plan" },
    { why: "paused from 14 June 2024 (ICO)", q: ask("GB", "2024-06-14"), answer: "not-used", statement: "uk-pause" },
    { why: "UK is read as GB", q: ask("UK", "2024-08-01"), answer: "not-used", statement: "uk-pause" },
    { why: "the day before the resumption", q: ask("GB", "2024-09-12"), answer: "not-used", statement: "uk-pause" },
    {
      why: "from 13 Sept 2024 training was to begin 'over the coming months': the day is undisclosed",
      q: ask("GB", "2024-09-13"),
      answer: "unknown",
      code: "uncertain-date",
    },
    {
      why: "the day before the latest bound (a mid-April 2025 report): still undisclosed",
      q: ask("GB", "2025-04-19"),
      answer: "unknown",
      code: "uncertain-date",
    },
    {
      why: "by 20 April 2025 UK training had begun (weak source)",
      q: ask("GB", "2025-04-20"),
      answer: "used",
      code: "used-by-default",
      statement: "uk-public-posts-training",
    },
    { why: "still used later, with no creation window", q: ask("GB", "2025-12-01", { created: "2010-01-01" }), answer: "used" },
    { why: "an objection keeps UK posts out whenever training began", q: ask("GB", "2024-12-01", { optOuts: objected("2024-09-20") }), answer: "not-used" },
    { why: "an objection holds later too", q: ask("GB", "2025-12-01", { optOuts: objected("2024-09-20") }), answer: "not-used", code: "opted-out" },
    { why: "a run before the objection used the data", q: ask("GB", "2025-05-01", { optOuts: objected("2025-06-01") }), answer: "used" },
    {
      why: "a June 2024 objection, accepted, still holds",
      q: ask("GB", "2025-12-01", { optOuts: objected("2024-06-01", FORM_2024, "accepted") }),
      answer: "not-used",
    },
    { why: "UK non-public posts: never used", q: ask("GB", "2025-12-01", { visibility: "non-public" }), answer: "not-used" },
  ]);
});

describe("Meta: Switzerland — treated as the EU/EEA (the EDÖB's confirmation, then the 2025 start)", () => {
  table([
    { why: "before the 2024 plan, as in the EU/EEA", q: ask("CH", "2024-06-13"), answer: "not-used", statement: "europe-before-2024-plan" },
    { why: "not used from 14 June 2024: Meta confirmed it to the EDÖB", q: ask("CH", "2024-06-20"), answer: "not-used", statement: "switzerland-pause" },
    { why: "the day before the 2025 start", q: ask("CH", "2025-05-26"), answer: "not-used", statement: "switzerland-pause" },
    {
      why: "from 27 May 2025 adults' public posts are used (Swiss news reports: medium)",
      q: ask("CH", "2025-05-27"),
      answer: "used",
      code: "used-by-default",
      statement: "switzerland-public-posts-training",
    },
    {
      why: "a late objection and content from before it: disputed, as in the EU",
      q: ask("CH", "2026-01-10", { created: "2025-06-01", optOuts: objected("2025-07-01") }),
      answer: "unknown",
      code: "disputed",
    },
    {
      why: "an objection before the start keeps them out: not the rule of regions without a form",
      q: ask("CH", "2025-06-20", { optOuts: objected("2025-05-01") }),
      answer: "not-used",
      code: "opted-out",
      statement: "switzerland-public-posts-training",
    },
    {
      why: "an objection of June 2024 still counts",
      q: ask("CH", "2025-06-20", { optOuts: objected("2024-06-01", FORM_2024, "accepted") }),
      answer: "not-used",
    },
    { why: "adults' chats with Meta AI from 27 May 2025", q: ask("CH", "2025-06-20", { category: "ai-interactions", visibility: null }), answer: "used" },
    {
      why: "whether Swiss posts go to the models Meta offers developers is not said",
      q: ask("CH", "2025-06-20", { recipient: "third-party-developers" }),
      answer: "unknown",
      code: "policy-silent",
    },
  ]);
});

describe("Meta: Brazil — the ANPD's suspension and its lifting", () => {
  table([
    {
      why: "before the suspension Brazil was in the global training",
      q: ask("BR", "2024-07-01"),
      answer: "used",
      statement: "genai-public-posts-outside-europe",
    },
    { why: "suspended from 2 July 2024", q: ask("BR", "2024-07-02"), answer: "not-used", statement: "brazil-suspension" },
    { why: "the day before the lifting", q: ask("BR", "2024-08-29"), answer: "not-used", statement: "brazil-suspension" },
    { why: "lifted 30 Aug 2024, but no use for 30 days after the notices", q: ask("BR", "2024-08-30"), answer: "not-used", statement: "brazil-notice-period" },
    { why: "the day before the announced start", q: ask("BR", "2024-10-08"), answer: "not-used", statement: "brazil-notice-period" },
    {
      why: "from 9 Oct 2024: used unless the person objects",
      q: ask("BR", "2024-10-09"),
      answer: "used",
      code: "used-by-default",
      statement: "brazil-public-posts-training",
    },
    { why: "a run before the objection used the data", q: ask("BR", "2024-10-20", { optOuts: objected("2024-11-01") }), answer: "used" },
    {
      why: "Brazil AI chats before 16 Dec 2025: not said",
      q: ask("BR", "2025-12-15", { category: "ai-interactions", visibility: null }),
      answer: "unknown",
      code: "policy-silent",
    },
    {
      why: "Brazil AI chats from 16 Dec 2025: used, objection form applies",
      q: ask("BR", "2025-12-16", { category: "ai-interactions", visibility: null }),
      answer: "used",
      statement: "brazil-ai-interactions-training",
    },
    {
      why: "Brazil AI chats: an objection stops it",
      q: ask("BR", "2026-01-10", { category: "ai-interactions", visibility: null, optOuts: objected("2025-12-20") }),
      answer: "not-used",
    },
    {
      why: "Brazil AI chats of a minor: not said",
      q: ask("BR", "2026-01-10", { category: "ai-interactions", visibility: null, age: 16 }),
      answer: "unknown",
      code: "policy-silent",
    },
    { why: "an objection keeps Brazilian posts out", q: ask("BR", "2025-06-01", { optOuts: objected("2024-09-10") }), answer: "not-used" },
    {
      why: "an objection made before the suspension was lifted counts too",
      q: ask("BR", "2025-06-01", { optOuts: objected("2024-08-01") }),
      answer: "not-used",
    },
  ]);
});

describe("Meta: interactions with AI outside Europe", () => {
  table([
    {
      why: "before the Meta AI terms of January 2026: undisclosed",
      q: ask("US", "2025-06-01", { category: "ai-interactions", visibility: null }),
      answer: "unknown",
      code: "uncertain-date",
    },
    {
      why: "from the terms of 5 Jan 2026: used, no opt-out",
      q: ask("US", "2026-01-05", { category: "ai-interactions", visibility: null }),
      answer: "used",
      statement: "ai-interactions-training-outside-europe",
    },
    {
      why: "a minor's AI interactions outside the EU: not said",
      q: ask("US", "2026-02-01", { category: "ai-interactions", visibility: null, age: 15 }),
      answer: "unknown",
      code: "policy-silent",
    },
    {
      why: "UK AI interactions: not said",
      q: ask("GB", "2026-02-01", { category: "ai-interactions", visibility: null }),
      answer: "unknown",
      code: "policy-silent",
    },
  ]);
});

describe("Meta: Meta AI chats for ads and content personalisation", () => {
  const chat = (region: string | undefined, at: string, extra: Extra = {}) =>
    ask(region, at, { purpose: ADS, category: "ai-interactions", visibility: null, ...extra });
  table([
    {
      why: "before the announcement of 1 Oct 2025: not said",
      q: chat("US", "2025-09-30", { created: "2025-09-01" }),
      answer: "unknown",
      code: "policy-silent",
    },
    {
      why: "before the launch, conversations are not used",
      q: chat("US", "2025-12-15", { created: "2025-12-15" }),
      answer: "not-used",
      statement: "ai-chats-before-16-december-excluded",
    },
    {
      why: "from 16 Dec 2025 a conversation from that day is used",
      q: chat("US", "2025-12-16", { created: "2025-12-16" }),
      answer: "used",
      code: "used",
      statement: "ai-chats-personalisation",
    },
    {
      why: "a conversation from the day before the launch is never used",
      q: chat("US", "2026-03-01", { created: "2025-12-15" }),
      answer: "not-used",
      statement: "ai-chats-before-16-december-excluded",
    },
    { why: "after the launch, the conversation's date decides", q: chat("US", "2026-03-01"), answer: "unknown", needs: ["data.createdAt"] },
    { why: "content recommendations too", q: chat("US", "2026-03-01", { purpose: CONTENT, created: "2026-01-01" }), answer: "used" },
    {
      why: "no opt-out: an objection to training does not reach it",
      q: chat("US", "2026-03-01", { created: "2026-01-01", optOuts: objected("2025-12-01") }),
      answer: "used",
    },
    {
      why: "the EU is excluded",
      q: chat("DE", "2026-03-01", { created: "2026-01-01" }),
      answer: "not-used",
      statement: "ai-chats-personalisation-excluded-regions",
    },
    { why: "the UK is excluded", q: chat("GB", "2026-03-01", { created: "2026-01-01" }), answer: "not-used" },
    { why: "South Korea is excluded", q: chat("KR", "2026-03-01", { created: "2026-01-01" }), answer: "not-used" },
    { why: "Brazil is not excluded", q: chat("BR", "2026-03-01", { created: "2026-01-01" }), answer: "used" },
    { why: "region missing matters", q: chat(undefined, "2026-03-01", { created: "2026-01-01" }), answer: "unknown", needs: ["region"] },
    {
      why: "sensitive topics are not used for ads",
      q: chat("US", "2026-03-01", { category: "sensitive-ai-interactions", created: "2026-01-01" }),
      answer: "not-used",
      statement: "sensitive-ai-chats-excluded-from-ads",
    },
    {
      why: "sensitive topics and content recommendations: ambiguous",
      q: chat("US", "2026-03-01", { purpose: CONTENT, category: "sensitive-ai-interactions", created: "2026-01-01" }),
      answer: "unknown",
      statement: "sensitive-ai-chats-content-personalisation",
    },
    {
      why: "public posts are not part of this purpose's statements",
      q: chat("US", "2026-03-01", { category: "posts", visibility: "public" }),
      answer: "unknown",
      code: "policy-silent",
    },
  ]);
});

describe("Meta: timelines", () => {
  const runs = (region: string, extra: { category?: string; age?: number; optOuts?: Choice[]; created?: string } = {}) =>
    historyAsReviewed(policy, {
      purpose: GENAI,
      category: extra.category ?? "posts",
      user: { region, age: extra.age ?? 40, ...(extra.optOuts && { optOuts: extra.optOuts }) },
      data: { visibility: "public", ...(extra.created !== undefined && { createdAt: extra.created }) },
    }).map((r) => `${r.from} ${r.until ?? "…"} ${r.answer}`);

  it("the US: used from the start of the history, with no way out", () => {
    expect(runs("US")).toEqual(["2023-09-27 … used"]);
  });

  it("Germany: out until 27 May 2025, then in", () => {
    expect(runs("DE")).toEqual(["2023-09-27 2024-06-14 not-used", "2024-06-14 2025-05-27 not-used", "2025-05-27 … used"]);
  });

  it("Germany, objected in 2025 before the start: never in", () => {
    expect(runs("DE", { optOuts: objected("2025-05-01"), created: "2015-01-01" })).toEqual([
      "2023-09-27 2024-06-14 not-used",
      "2024-06-14 2025-05-27 not-used",
      "2025-05-27 … not-used",
    ]);
  });

  it("the UK: out, paused, unknown from the resumption (undisclosed start), then used", () => {
    expect(runs("GB")).toEqual(["2023-09-27 2024-06-14 not-used", "2024-06-14 2024-09-13 not-used", "2024-09-13 2025-04-20 unknown", "2025-04-20 … used"]);
  });

  it("the UK, objected in September 2024: never in", () => {
    expect(runs("GB", { optOuts: objected("2024-09-20") })).toEqual([
      "2023-09-27 2024-06-14 not-used",
      "2024-06-14 2024-09-13 not-used",
      "2024-09-13 2024-09-20 unknown",
      "2024-09-20 2025-04-20 not-used",
      "2025-04-20 … not-used",
    ]);
  });

  it("Brazil: used, suspended, notice period, then used again with an objection form", () => {
    expect(runs("BR")).toEqual(["2023-09-27 2024-07-02 used", "2024-07-02 2024-08-30 not-used", "2024-08-30 2024-10-09 not-used", "2024-10-09 … used"]);
  });
});

describe("Meta: where and when each objection form could be used", () => {
  const open = (region: string, at: string) =>
    controlsFor(policy, { region, at })
      .filter((c) => c.availability === "available")
      .map((c) => c.id);

  it.each([
    ["FR", "2024-05-21", []],
    ["FR", "2024-05-22", [FORM_2024]],
    ["GB", "2024-06-25", [FORM_2024]],
    ["FR", "2024-06-26", []],
    ["GB", "2024-09-12", []],
    ["GB", "2024-09-13", [FORM]],
    ["BR", "2024-09-02", []],
    ["BR", "2024-09-03", [FORM]],
    ["DE", "2025-04-13", []],
    ["DE", "2025-04-14", [FORM]],
    ["US", "2025-06-01", []],
    ["AU", "2024-09-11", []],
    ["KR", "2026-01-01", []],
  ] as const)("%s on %s: %j", (region, at, expected) => {
    expect(open(region, at)).toEqual(expected);
  });

  it("the 2024 form needed a reason, and Meta said it would honour every objection made with it; the simplified form needs no reason", () => {
    const byId = new Map((policy.controls ?? []).map((c) => [c.id, c]));
    expect([byId.get(FORM_2024)?.requiresReason, byId.get(FORM_2024)?.mayBeRefused]).toEqual([true, false]);
    expect([byId.get(FORM)?.requiresReason, byId.get(FORM)?.mayBeRefused]).toEqual([false, false]);
    expect([byId.get(FORM_2024)?.scope, byId.get(FORM)?.scope]).toEqual(["future-only", "future-only"]);
  });
});
