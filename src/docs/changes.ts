import type { Control, Policy } from "../schema/types.js";
import type { Answer, CitedSource, Reason } from "../evaluate/decision.js";
import type { DateInput, Question, UserFacts } from "../evaluate/question.js";
import { evaluate } from "../evaluate/evaluate.js";
import { controlsFor } from "../evaluate/evaluateAll.js";
import { InputError } from "../evaluate/InputError.js";
import { day } from "../evaluate/normalizeQuestion.js";
import { formatDay } from "../time/calendarDay.js";
import { CORE_CATEGORY_IDS } from "../vocabulary/categories.js";
import { CORE_PURPOSE_IDS } from "../vocabulary/purposes.js";
import { PLANS } from "../vocabulary/plans.js";
import { inWindow } from "./days.js";
import { citedSources } from "./sources.js";
import { type RegionChoice, representativeRegions } from "./representatives.js";

/**
 * An answer that changed between two days, for some purpose, categories, regions and users.
 *
 * @category Docs
 */
export interface AnswerChange {
  readonly purpose: string;
  readonly categories: readonly string[];
  readonly regions: readonly RegionChoice[];
  /** The users it changed for, such as `age 17` or `plan free`; empty when it changed for everyone asked about. */
  readonly users: readonly string[];
  readonly before: Answer;
  readonly after: Answer;
  /** The reasons that appeared on the later day (or, if none did, those that ended), with their sources. */
  readonly reasons: readonly Reason[];
}

/**
 * A control that appeared, disappeared, was renamed, became (un)available somewhere, or changed scope.
 *
 * @category Docs
 */
export interface ControlChange {
  readonly control: string;
  /** The control's label on the later day (or the earlier one, if it disappeared). */
  readonly label: string;
  readonly change: "appeared" | "disappeared" | "renamed" | "availability" | "scope";
  /** The old state in words: the old label, availability or scopes. */
  readonly before?: string;
  /** The new state in words. */
  readonly after?: string;
  /** For availability changes: the regions asked about where it changed. */
  readonly regions?: readonly RegionChoice[];
  readonly sources: readonly CitedSource[];
}

/**
 * A semantic changelog between two days: which answers changed, and which controls changed.
 *
 * @category Docs
 */
export interface PolicyChanges {
  readonly platform: string;
  readonly from: string;
  readonly to: string;
  readonly answers: readonly AnswerChange[];
  readonly controls: readonly ControlChange[];
}

interface Variant {
  readonly label: string;
  readonly user: UserFacts;
  readonly visibility?: "public" | "non-public";
}

/** The users asked about: ages on each side of the policy's age rules, plans and visibilities if they matter. */
function variants(policy: Policy): Variant[] {
  const thresholds = new Set<number>();
  for (const s of policy.statements) {
    if (s.age?.atLeast !== undefined) thresholds.add(s.age.atLeast);
    if (s.age?.below !== undefined) thresholds.add(s.age.below);
  }
  // Users younger than a minimum age are not among them: for them the policy says nothing (their
  // answers are unknown throughout unless an exclusion names them), and the pages state the minimum
  // age under "Age rules"; a change that left them out would list every other user it changed for.
  const sorted = [...thresholds].sort((a, b) => a - b);
  const ages = sorted.length === 0 ? [30] : [...new Set([...((sorted[0] as number) > 0 ? [(sorted[0] as number) - 1] : []), ...sorted])];
  const plans = policy.statements.some((s) => s.plans) ? [...PLANS] : [undefined];
  const visibilities = policy.statements.some((s) => s.data?.visibility) ? (["public", "non-public"] as const) : [undefined];
  const out: Variant[] = [];
  for (const age of ages)
    for (const plan of plans)
      for (const visibility of visibilities) {
        const label = [sorted.length > 0 && ageRange(age, sorted), plan && `plan ${plan}`, visibility && `${visibility} data`].filter(Boolean).join(", ");
        out.push({ label, user: { age, ...(plan !== undefined && { plan }) }, ...(visibility !== undefined && { visibility }) });
      }
  return out;
}

/** The range of ages an age stands for between the policy's thresholds: `under 18`, `18 and over`. */
function ageRange(age: number, thresholds: readonly number[]): string {
  const lower = thresholds.filter((t) => t <= age).at(-1);
  const upper = thresholds.find((t) => t > age);
  if (lower === undefined) return `under ${upper}`;
  if (upper === undefined) return `${lower} and over`;
  return `${lower} to ${upper - 1}`;
}

function isoDay(value: DateInput, field: string): string {
  return formatDay(day(value, field));
}

function labelOn(control: Control, on: string): string | undefined {
  return control.labels.filter((l) => inWindow(on, l.from, l.until)).at(-1)?.text;
}

function scopesOn(policy: Policy, control: Control, on: string): string[] {
  const scopes = new Set<string>();
  for (const s of policy.statements) {
    for (const link of s.consent?.controls ?? []) {
      if (link.control !== control.id) continue;
      const rule = link.scopes?.find((rule) => inWindow(on, rule.chosenFrom, rule.chosenUntil));
      scopes.add(rule?.scope ?? control.scope);
    }
  }
  if (scopes.size === 0) scopes.add(control.scope);
  return [...scopes].sort();
}

/** Merges rows whose keys agree but for one field, collecting that field. */
function mergeBy<T, V>(rows: readonly T[], key: (row: T) => string, value: (row: T) => V, build: (first: T, values: V[]) => T): T[] {
  const groups = new Map<string, { first: T; values: V[] }>();
  for (const row of rows) {
    const k = key(row);
    const group = groups.get(k);
    if (group) group.values.push(value(row));
    else groups.set(k, { first: row, values: [value(row)] });
  }
  return [...groups.values()].map(({ first, values }) => build(first, values));
}

function controlChanges(policy: Policy, from: string, to: string, regions: readonly RegionChoice[]): ControlChange[] {
  const out: ControlChange[] = [];
  const inCoverage = (d: string) => d >= policy.coverage.from && (policy.coverage.until === undefined || d < policy.coverage.until);
  const availability = (on: string) => (inCoverage(on) ? regions.map((r) => controlsFor(policy, { region: r.code, at: on })) : undefined);
  const before = availability(from);
  const after = availability(to);
  (policy.controls ?? []).forEach((control, index) => {
    const oldLabel = labelOn(control, from);
    const newLabel = labelOn(control, to);
    const sources = citedSources(policy, control.sources);
    const label = newLabel ?? oldLabel ?? control.labels.at(-1)?.text ?? control.id;
    if (oldLabel === undefined && newLabel !== undefined)
      out.push({
        control: control.id,
        label,
        change: "appeared",
        after: newLabel,
        sources: citedSources(policy, control.labels.find((l) => l.text === newLabel)?.sources ?? control.sources),
      });
    else if (oldLabel !== undefined && newLabel === undefined) out.push({ control: control.id, label, change: "disappeared", before: oldLabel, sources });
    else if (oldLabel !== newLabel)
      out.push({
        control: control.id,
        label,
        change: "renamed",
        before: oldLabel as string,
        after: newLabel as string,
        sources: citedSources(policy, control.labels.find((l) => l.text === newLabel)?.sources ?? control.sources),
      });
    if (before && after && control.availability) {
      const pairs = new Map<string, RegionChoice[]>();
      regions.forEach((region, i) => {
        const was = before[i]?.[index]?.availability ?? "unknown";
        const is = after[i]?.[index]?.availability ?? "unknown";
        if (was !== is) pairs.set(`${was}\u0000${is}`, [...(pairs.get(`${was}\u0000${is}`) ?? []), region]);
      });
      // Windows may cite the same words (one window split by region): each citation once.
      const seen = new Set<string>();
      const windowSources = control.availability
        .flatMap((w) => citedSources(policy, w.sources))
        .filter((c) => {
          const key = `${c.id}\u0000${c.quote}\u0000${c.locator ?? ""}`;
          if (seen.has(key)) return false;
          seen.add(key);
          return true;
        });
      for (const [pair, changed] of pairs) {
        const [was, is] = pair.split("\u0000") as [string, string];
        out.push({
          control: control.id,
          label,
          change: "availability",
          before: was,
          after: is,
          regions: changed,
          sources: windowSources.length > 0 ? windowSources : sources,
        });
      }
    }
    const oldScopes = scopesOn(policy, control, from).join(", ");
    const newScopes = scopesOn(policy, control, to).join(", ");
    if (oldScopes !== newScopes) out.push({ control: control.id, label, change: "scope", before: oldScopes, after: newScopes, sources });
  });
  return out;
}

/**
 * What changed in a policy between two days, as meaning rather than text: which answers changed (for
 * which purposes, data categories, regions and users) and which controls appeared, disappeared, were
 * renamed, became available or unavailable somewhere, or changed scope.
 *
 * @remarks Answers are compared over a grid: every core and declared purpose and category, the
 * policy's representative regions ({@link representativeRegions}), ages on each side of its age rules,
 * and plans and visibilities where its statements name them; the user has made no choice, and the data
 * was created on the first day of coverage. Rows are merged where only the categories, regions or
 * users differ.
 *
 * @param policy - A policy.
 * @param from - The earlier day.
 * @param to - The later day.
 * @returns The changes; both lists are empty when nothing changed.
 * @throws `InputError` (from `ai-data-policy`) for an impossible day, or `to` not after `from`.
 * @example
 * ```ts
 * import { changes } from "ai-data-policy/docs";
 * import { getPolicy } from "ai-data-policy/catalog";
 * const diff = changes(getPolicy("linkedin"), "2025-11-02", "2025-11-03");
 * diff.answers.some((a) => a.purpose === "generative-ai-training" && a.after === "used"); //=> true
 * changes(getPolicy("linkedin"), "2025-06-01", "2025-06-02").answers; //=> []
 * ```
 * @category Docs
 */
export function changes(policy: Policy, from: DateInput, to: DateInput): PolicyChanges {
  const a = isoDay(from, "from");
  const b = isoDay(to, "to");
  if (b <= a) throw new InputError("invalid-range", "to", to, "must be after from");
  const regions = representativeRegions(policy);
  const users = variants(policy);
  const purposes = [...CORE_PURPOSE_IDS, ...(policy.purposes ?? []).map((p) => p.id)];
  const categories = [...CORE_CATEGORY_IDS, ...(policy.categories ?? []).map((c) => c.id)];
  type Row = AnswerChange & { readonly key: string };
  const rows: Row[] = [];
  for (const purpose of purposes)
    for (const category of categories)
      for (const region of regions)
        for (const variant of users) {
          const question = (at: string): Question => ({
            purpose,
            category,
            at,
            user: { ...variant.user, region: region.code },
            data: { createdAt: policy.coverage.from, ...(variant.visibility !== undefined && { visibility: variant.visibility }) },
          });
          const x = evaluate(policy, question(a));
          const y = evaluate(policy, question(b));
          if (x.answer === y.answer) continue;
          const appeared = y.reasons.filter((r) => !x.reasons.includes(r));
          const reasons = appeared.length > 0 ? appeared : x.reasons.filter((r) => !y.reasons.includes(r));
          rows.push({
            key: "",
            purpose,
            categories: [category],
            regions: [region],
            users: variant.label ? [variant.label] : [],
            before: x.answer,
            after: y.answer,
            reasons,
          });
        }
  const everyone = users.map((u) => u.label).join("|");
  const ids = (list: readonly { code: string }[] | readonly string[]) => list.map((x) => (typeof x === "string" ? x : x.code)).join(",");
  const answerKey = (r: Row) => `${r.purpose}/${r.before}/${r.after}`;
  const byUsers = mergeBy(
    rows,
    (r) => `${answerKey(r)}/${r.categories[0]}/${ids(r.regions)}`,
    (r) => r,
    (first, list) => {
      const labels = list.flatMap((r) => r.users);
      const reasons = [...new Set(list.flatMap((r) => r.reasons))];
      return { ...first, users: labels.join("|") === everyone ? [] : labels, reasons };
    },
  );
  const byRegions = mergeBy(
    byUsers,
    (r) => `${answerKey(r)}/${r.categories[0]}/${r.users.join("|")}`,
    (r) => r,
    (first, list) => ({
      ...first,
      regions: list.flatMap((r) => r.regions),
      reasons: [...new Set(list.flatMap((r) => r.reasons))],
    }),
  );
  const byCategories = mergeBy(
    byRegions,
    (r) => `${answerKey(r)}/${ids(r.regions)}/${r.users.join("|")}`,
    (r) => r,
    (first, list) => ({
      ...first,
      categories: list.flatMap((r) => r.categories),
      reasons: [...new Set(list.flatMap((r) => r.reasons))],
    }),
  );
  const answers: AnswerChange[] = byCategories.map(({ key: _key, ...change }) => change);
  return { platform: policy.id, from: a, to: b, answers, controls: controlChanges(policy, a, b, regions) };
}

const ANSWER_WORDS: Record<Answer, string> = { used: "used", "not-used": "not used", unknown: "unknown" };

/**
 * Describes a changelog in plain sentences, one per change, for the CLI and for pages.
 *
 * @param diff - What {@link changes} returned.
 * @param labels - How to name purposes and categories (by default their ids).
 * @returns One sentence per change; empty when nothing changed.
 * @example
 * ```ts
 * import { changes, describeChanges } from "ai-data-policy/docs";
 * import { getPolicy } from "ai-data-policy/catalog";
 * describeChanges(changes(getPolicy("zoom"), "2023-08-06", "2023-08-07"))[0];
 * //=> "generative-ai-training of private-messages, group-content: unknown → not used, in US: everywhere."
 * ```
 * @category Docs
 */
export function describeChanges(diff: PolicyChanges, labels: { purpose?: (id: string) => string; category?: (id: string) => string } = {}): string[] {
  const purpose = labels.purpose ?? ((id: string) => id);
  const category = labels.category ?? ((id: string) => id);
  const lines = diff.answers.map((a) => {
    const who = a.users.length > 0 ? ` (${a.users.join("; ")})` : "";
    return `${purpose(a.purpose)} of ${a.categories.map(category).join(", ")}: ${ANSWER_WORDS[a.before]} → ${ANSWER_WORDS[a.after]}, in ${a.regions.map((r) => r.label).join("; ")}${who}.`;
  });
  for (const c of diff.controls) {
    if (c.change === "appeared") lines.push(`Control “${c.label}” (${c.control}) appeared.`);
    else if (c.change === "disappeared") lines.push(`Control “${c.label}” (${c.control}) is no longer offered.`);
    else if (c.change === "renamed") lines.push(`Control ${c.control} was renamed from “${c.before}” to “${c.after}”.`);
    else if (c.change === "availability")
      lines.push(`Control “${c.label}” (${c.control}): ${c.before} → ${c.after}, in ${(c.regions ?? []).map((r) => r.label).join("; ")}.`);
    else lines.push(`Control “${c.label}” (${c.control}) changed scope: ${c.before} → ${c.after}.`);
  }
  return lines;
}
