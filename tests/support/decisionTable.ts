import { expect, it } from "vitest";
import type { Answer, Confidence, Need, Policy, Question, QuestionWithoutDay } from "../../src/index.js";
import { evaluate, timeline } from "../../src/index.js";

/** One question of a platform's table of rules, and what the policy must answer. */
export interface Row {
  /** Why this is the answer: the test's name. */
  readonly why: string;
  readonly q: Question;
  readonly answer: Answer;
  /** The inputs the answer turns on; none if omitted. */
  readonly needs?: readonly Need[];
  readonly confidence?: Confidence;
  /** The code of the first reason, where it tells apart two answers that look alike. */
  readonly code?: string;
  /** The statement of the first reason. */
  readonly statement?: string;
  /** Whether a `used` answer is so only for part of the data asked about (`decision.inPart`). */
  readonly inPart?: boolean;
}

/** A test per row: the answer, the missing inputs, and where given, the confidence and the first reason. */
export function decisionTable(policy: Policy, rows: readonly Row[]): void {
  it.each(rows.map((row) => [row.why, row] as const))("%s", (_, row) => {
    const decision = evaluate(policy, row.q);
    expect(decision.answer).toBe(row.answer);
    expect(decision.needs).toEqual(row.needs ?? []);
    if (row.confidence !== undefined) expect(decision.confidence).toBe(row.confidence);
    if (row.code !== undefined) expect(decision.reasons[0]?.code).toBe(row.code);
    if (row.statement !== undefined) expect(decision.reasons[0]?.statement?.id).toBe(row.statement);
    if (row.inPart !== undefined) expect(decision.inPart === true).toBe(row.inPart);
  });
}

/**
 * A timeline as "day answer" lines, adjacent runs with the same answer (and other reasons) merged:
 * for tests about when answers change.
 */
export function answerRuns(policy: Policy, question: QuestionWithoutDay): string[] {
  const out: string[] = [];
  let last: Answer | undefined;
  for (const run of timeline(policy, question)) {
    if (run.answer !== last) out.push(`${run.from} ${run.answer}`);
    last = run.answer;
  }
  return out;
}

/**
 * A timeline as the history stood at the policy's last review: the run from the day after it, which
 * carries the after-last-review caveat (tests/evaluate/lastReview.test.ts), is folded back into the run
 * before when it gives the same answer, so that these tests do not change with each review.
 */
export function historyAsReviewed(policy: Policy, question: QuestionWithoutDay, range?: Parameters<typeof timeline>[2]): ReturnType<typeof timeline> {
  const runs = timeline(policy, question, range);
  const last = runs.at(-1);
  const before = runs.at(-2);
  if (last === undefined || before === undefined || !last.reasons.some((r) => r.code === "after-last-review")) return runs;
  if (before.answer !== last.answer || before.until !== last.from) return runs;
  const { until: _, ...open } = before;
  return [...runs.slice(0, -2), last.until === undefined ? open : { ...before, until: last.until }];
}
