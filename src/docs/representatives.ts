import type { DayBoundary, Policy, Statement } from "../schema/types.js";
import type { QuestionWithoutDay, UserFacts } from "../evaluate/question.js";
import { BUILT_IN_REGION_GROUPS } from "../vocabulary/regionGroups.js";
import { CORE_CATEGORIES } from "../vocabulary/categories.js";
import { CORE_PURPOSES } from "../vocabulary/purposes.js";
import { PLANS } from "../vocabulary/plans.js";

/**
 * A region a chart lane or a change is asked for: a country code standing for a region group.
 *
 * @category Docs
 */
export interface RegionChoice {
  /** The ISO 3166-1 code asked about, such as `DE`. */
  readonly code: string;
  /** What it stands for, such as `DE: Designated countries` or `US: elsewhere`. */
  readonly label: string;
}

/** The country asked about for the rest of the world. */
const REST_OF_WORLD = "US";

function groupMembers(policy: Policy, id: string): readonly string[] | undefined {
  const members = policy.regionGroups?.find((g) => g.id === id)?.members ?? BUILT_IN_REGION_GROUPS.find((g) => g.id === id)?.members;
  // Members that left before the history begins (the UK from the EU in 2020) are not asked about.
  const start = policy.coverage.from;
  const left = (until: DayBoundary | undefined) => (typeof until === "string" ? until <= start : until?.latest !== undefined && until.latest <= start);
  return members?.filter((m) => !left(m.until)).map((m) => m.member);
}

function groupLabel(policy: Policy, id: string): string {
  return policy.regionGroups?.find((g) => g.id === id)?.label ?? BUILT_IN_REGION_GROUPS.find((g) => g.id === id)?.label ?? id;
}

/** The countries a region reference stands for, recursively, in the group's order. */
function countriesOf(policy: Policy, ref: string, seen = new Set<string>()): string[] {
  if (seen.has(ref)) return [];
  seen.add(ref);
  const members = groupMembers(policy, ref);
  if (members === undefined) return [ref === "UK" ? "GB" : ref];
  return members.flatMap((m) => countriesOf(policy, m, seen));
}

/** Every region reference a policy's rules name: statements', disputes' and controls' windows, in order of first mention. */
function regionRefs(policy: Policy): string[] {
  const refs: string[] = [];
  const add = (condition: { include?: readonly string[] | undefined; exclude?: readonly string[] | undefined } | undefined) => {
    for (const ref of [...(condition?.include ?? []), ...(condition?.exclude ?? [])]) if (!refs.includes(ref)) refs.push(ref);
  };
  for (const s of policy.statements) add(s.regions);
  for (const s of policy.statements) for (const d of s.disputes ?? []) add(d.where?.regions);
  for (const c of policy.controls ?? []) for (const w of c.availability ?? []) add(w.regions);
  return refs;
}

/**
 * The regions a policy's pages ask about: one country for each set of countries that the regions and
 * groups its rules name treat alike (Germany where it is one of them, else the first named), and the
 * United States for the rest of the world. Switzerland, in LinkedIn's designated countries but not in
 * the EEA its look-back applies to, is asked about apart from Germany.
 *
 * @param policy - A policy.
 * @returns Distinct countries, in order of first mention, the rest of the world last.
 * @example
 * ```ts
 * import { representativeRegions } from "ai-data-policy/docs";
 * import { getPolicy } from "ai-data-policy/catalog";
 * representativeRegions(getPolicy("linkedin")).map((r) => r.code); //=> ["DE", "CH", "GB", "HK", "CA", "CN", "US"]
 * representativeRegions(getPolicy("zoom")); //=> [{ "code": "US", "label": "US: everywhere" }]
 * ```
 * @category Docs
 */
export function representativeRegions(policy: Policy): RegionChoice[] {
  const refs = regionRefs(policy);
  const members = refs.map((ref) => new Set(countriesOf(policy, ref)));
  // A country's signature: which of the named regions contain it. Countries alike share one.
  const signature = (code: string) => members.map((set) => (set.has(code) ? "1" : "0")).join("");
  const choices: RegionChoice[] = [];
  const seen = new Map<string, string>();
  refs.forEach((ref, i) => {
    const countries = countriesOf(policy, ref);
    const ordered = countries.includes("DE") ? ["DE", ...countries.filter((c) => c !== "DE")] : countries;
    const isGroup = groupMembers(policy, ref) !== undefined;
    let first: string | undefined;
    for (const code of ordered) {
      const sig = signature(code);
      if (seen.has(sig)) {
        first ??= code;
        continue;
      }
      seen.set(sig, code);
      if (!isGroup) choices.push({ code, label: code });
      else if (first === undefined) choices.push({ code, label: `${code}: ${groupLabel(policy, ref)}` });
      else {
        // Another set within the same group: say which of the first set's regions it is outside.
        const outside = refs.filter((_, j) => j !== i && (members[j] as Set<string>).has(first as string) && !(members[j] as Set<string>).has(code));
        const not = outside.map((r) => (groupMembers(policy, r) !== undefined ? groupLabel(policy, r) : r));
        choices.push({ code, label: `${code}: ${groupLabel(policy, ref)}${not.length > 0 ? `, outside ${not.join(" and ")}` : ""}` });
      }
      first ??= code;
    }
  });
  if (!choices.some((c) => c.code === REST_OF_WORLD)) {
    choices.push({ code: REST_OF_WORLD, label: choices.length === 0 ? `${REST_OF_WORLD}: everywhere` : `${REST_OF_WORLD}: elsewhere` });
  }
  return choices;
}

/** Purposes named by statements, in order of first mention, core purposes first. @internal */
export function mentionedPurposes(policy: Policy): string[] {
  const ids: string[] = [];
  for (const s of policy.statements) for (const p of s.purposes) if (!ids.includes(p)) ids.push(p);
  const core = Object.keys(CORE_PURPOSES);
  return [...ids.filter((p) => core.includes(p)).sort((a, b) => core.indexOf(a) - core.indexOf(b)), ...ids.filter((p) => !core.includes(p))];
}

/** The category most statements about a purpose name (ties: first mentioned). @internal */
export function mainCategory(policy: Policy, purpose: string): string {
  const counts = new Map<string, number>();
  for (const s of policy.statements) if (s.purposes.includes(purpose)) for (const c of s.categories) counts.set(c, (counts.get(c) ?? 0) + 1);
  let best = "posts";
  let most = 0;
  for (const [c, n] of counts) if (n > most) [best, most] = [c, n];
  return best;
}

/** A purpose's label: the core vocabulary's, the policy's own, or the id. @internal */
export function purposeLabel(policy: Policy, id: string): string {
  return (CORE_PURPOSES as Record<string, { label: string }>)[id]?.label ?? policy.purposes?.find((p) => p.id === id)?.label ?? id;
}

/** A category's label: the core vocabulary's, the policy's own, or the id. @internal */
export function categoryLabel(policy: Policy, id: string): string {
  return (CORE_CATEGORIES as Record<string, { label: string }>)[id]?.label ?? policy.categories?.find((c) => c.id === id)?.label ?? id;
}

function mentions<T>(policy: Policy, pick: (s: Statement) => readonly T[] | undefined): T[] {
  return policy.statements.flatMap((s) => pick(s) ?? []);
}

/**
 * The user and data a policy's chart asks about, stated in its legend: an adult (30) who made no
 * choice, on the free plan if plans matter (else the plan statements name most), with public data if
 * visibility matters, created on the first day the history covers.
 *
 * @param policy - A policy.
 * @returns The facts, and a sentence that states them.
 * @example
 * ```ts
 * import { representativeFacts } from "ai-data-policy/docs";
 * import { getPolicy } from "ai-data-policy/catalog";
 * representativeFacts(getPolicy("linkedin")).text;
 * //=> "an adult (30) who made no choice, with data created on 2024-01-01"
 * ```
 * @category Docs
 */
export function representativeFacts(policy: Policy): { user: UserFacts; data: NonNullable<QuestionWithoutDay["data"]>; text: string } {
  const plans = mentions(policy, (s) => s.plans);
  const plan =
    plans.length === 0
      ? undefined
      : plans.includes("free")
        ? "free"
        : PLANS.reduce((a, b) => (plans.filter((p) => p === b).length > plans.filter((p) => p === a).length ? b : a));
  const visibility = mentions(policy, (s) => (s.data?.visibility ? [s.data.visibility] : [])).length > 0 ? ("public" as const) : undefined;
  const user: UserFacts = { age: 30, ...(plan !== undefined && { plan }) };
  const data = { createdAt: policy.coverage.from, ...(visibility !== undefined && { visibility }) };
  const text = [
    `an adult (30) who made no choice`,
    plan !== undefined ? `, on the ${plan} plan` : "",
    `, with ${visibility !== undefined ? "public " : ""}data created on ${policy.coverage.from}`,
  ].join("");
  return { user, data, text };
}
