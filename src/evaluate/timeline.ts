import type { Policy } from "../schema/types.js";
import { formatDay } from "../time/calendarDay.js";
import { type CompiledGroup, type CompiledPolicy, type RegionTest, prepare } from "./compile.js";
import type { Decision, Reason } from "./decision.js";
import { decideNormalized } from "./evaluate.js";
import { InputError } from "./InputError.js";
import { type NormalizedQuestion, day, normalizeQuestion } from "./normalizeQuestion.js";
import type { DateInput, QuestionWithoutDay } from "./question.js";

/**
 * A run of days over which the answer stays the same.
 *
 * @category Evaluate
 */
export interface TimelineSegment extends Decision {
  /** First day of the run, `YYYY-MM-DD`. */
  readonly from: string;
  /** Day after the last day of the run (exclusive); absent when the run is still going on. */
  readonly until?: string;
}

/**
 * Days to draw a timeline over: `from` inclusive, `until` exclusive.
 *
 * @category Evaluate
 */
export interface TimelineRange {
  readonly from?: DateInput;
  readonly until?: DateInput;
}

// Days outside the range, infinite ones included, are dropped by timeline().
function addMoment(days: Set<number>, m: { readonly lo: number; readonly hi: number }): void {
  days.add(m.lo);
  days.add(m.hi);
}

function addGroup(days: Set<number>, group: CompiledGroup, seen: Set<CompiledGroup>): void {
  if (seen.has(group)) return;
  seen.add(group);
  for (const entry of group.entries) {
    addMoment(days, entry.from);
    addMoment(days, entry.until);
    if (entry.group) addGroup(days, entry.group, seen);
  }
}

function addRegions(days: Set<number>, tests: readonly RegionTest[] | null, seen: Set<CompiledGroup>): void {
  for (const test of tests ?? []) if (test.group) addGroup(days, test.group, seen);
}

/** Every day on which the answer to this question could change. */
function boundaries(policy: CompiledPolicy, q: NormalizedQuestion): Set<number> {
  // The day after the last review starts a run: its answers carry the caveat that they may be out of date.
  const days = new Set<number>([policy.coverageFrom, policy.coverageUntil, policy.lastReviewed + 1]);
  // The question's own days, and the days after them: inside an undisclosed day's bounds, whether it
  // fell on or before the data's creation (or a choice) can be decided on that day and not on the next.
  if (q.createdAt !== undefined) days.add(q.createdAt).add(q.createdAt + 1);
  for (const list of q.choices) for (const choice of list) days.add(choice.day).add(choice.day + 1);
  const seen = new Set<CompiledGroup>();
  addRegions(days, policy.coverageInclude, seen);
  addRegions(days, policy.coverageExclude, seen);
  for (const { statement: s } of policy.candidates(q.purpose, q.category)) {
    addMoment(days, s.from);
    addMoment(days, s.until);
    if (s.createdFrom) addMoment(days, s.createdFrom);
    if (s.createdUntil) addMoment(days, s.createdUntil);
    addRegions(days, s.include, seen);
    addRegions(days, s.exclude, seen);
    for (const d of s.disputes) {
      addMoment(days, d.from);
      addMoment(days, d.until);
      addRegions(days, d.include, seen);
      addRegions(days, d.exclude, seen);
      for (const rule of d.scopes ?? []) {
        addMoment(days, rule.chosenFrom);
        addMoment(days, rule.chosenUntil);
      }
    }
    for (const link of s.links ?? []) {
      for (const rule of link.scopes ?? []) {
        addMoment(days, rule.chosenFrom);
        addMoment(days, rule.chosenUntil);
      }
      // Reasons name a control as it was called on the day.
      for (const label of link.control.labels) {
        addMoment(days, label.from);
        addMoment(days, label.until);
      }
    }
  }
  return days;
}

function sameReasons(a: readonly Reason[], b: readonly Reason[]): boolean {
  return a.length === b.length && a.every((r) => b.includes(r));
}

function sameCases(a: Decision["cases"], b: Decision["cases"]): boolean {
  if (a === undefined || b === undefined) return a === b;
  return (
    a.length === b.length &&
    a.every((c, i) => {
      const d = b[i] as (typeof b)[number];
      return c.answer === d.answer && c.when.length === d.when.length && c.when.every((w, j) => w === d.when[j]);
    })
  );
}

// Two days are one run only when everything a decision says is the same: its answer, and also its
// confidence, cases and whether it is a use in part (a run merged on its answer alone once said "high"
// for days whose answer was of medium confidence).
function sameDecision(a: Decision, b: Decision): boolean {
  return (
    a.answer === b.answer &&
    a.confidence === b.confidence &&
    a.inPart === b.inPart &&
    sameReasons(a.reasons, b.reasons) &&
    a.needs.length === b.needs.length &&
    a.needs.every((n) => b.needs.includes(n)) &&
    sameCases(a.cases, b.cases)
  );
}

function rangeDay(value: DateInput | undefined, field: string): number | undefined {
  if (value === undefined) return undefined;
  return day(value, field);
}

/**
 * The history of the answer for one user, data category and purpose: the runs of days over which it
 * stays the same, with the reasons for each. "Was my data ever used?" in one call.
 *
 * @remarks Its cost grows with the number of days on which the policy changes, not with the number of
 * days in the range. The user's age is taken as given for every day.
 *
 * @param policy - A policy or its compiled form.
 * @param question - The question without its day.
 * @param range - The days to cover; by default the policy's coverage, the last run open-ended. Days
 * after the policy's last review form runs of their own, with the `after-last-review` caveat.
 * @returns The runs, oldest first; adjacent runs always differ in answer, reasons or needs.
 * @throws {@link InputError} For the same bad inputs as {@link evaluate}, or a range that ends before it starts.
 * @example
 * ```ts
 * import { timeline } from "ai-data-policy";
 * import { getPolicy } from "ai-data-policy/catalog";
 * const runs = timeline(
 *   getPolicy("linkedin"),
 *   { purpose: "generative-ai-training", category: "posts", user: { region: "HK", age: 40 } },
 *   { until: "2026-01-01" },
 * );
 * runs.map((r) => `${r.from} ${r.answer}`);
 * //=> [..., "2024-10-11 not-used", "2025-11-03 used"]
 * ```
 * @category Evaluate
 */
export function timeline(policy: Policy | CompiledPolicy, question: QuestionWithoutDay, range: TimelineRange = {}): TimelineSegment[] {
  const compiled = prepare(policy);
  const base = normalizeQuestion(compiled, question, false);
  if (typeof range !== "object" || range === null) throw new InputError("invalid-range", "range", range, "must be an object { from?, until? }");
  const from = rangeDay(range.from, "range.from") ?? compiled.coverageFrom;
  const until = rangeDay(range.until, "range.until") ?? compiled.coverageUntil;
  if (until <= from) throw new InputError("invalid-range", "range.until", range.until, "must be after range.from");

  const starts = [from, ...[...boundaries(compiled, base)].filter((d) => d > from && d < until)].sort((a, b) => a - b);
  const segments: TimelineSegment[] = [];
  let previous: Decision | undefined;
  for (const start of starts) {
    const decision = decideNormalized(compiled, { ...base, at: start });
    if (previous && sameDecision(previous, decision)) continue;
    if (segments.length > 0) {
      const last = segments[segments.length - 1] as TimelineSegment;
      segments[segments.length - 1] = { ...last, until: formatDay(start) };
    }
    segments.push({ ...decision, from: formatDay(start) });
    previous = decision;
  }
  // There is always a segment: the range's first day starts one.
  if (Number.isFinite(until)) {
    const last = segments[segments.length - 1] as TimelineSegment;
    segments[segments.length - 1] = { ...last, until: formatDay(until) };
  }
  return segments;
}
