import type { Confidence, Policy } from "../schema/types.js";
import { type CompiledPolicy, minConfidence, prepare } from "./compile.js";
import type { Case, Decision, Need, Reason } from "./decision.js";
import { type Finding, decideInWorld } from "./decideInWorld.js";
import { createFastPath, evaluateFast, freeze } from "./fastPath.js";
import { type NormalizedQuestion, normalizeQuestion } from "./normalizeQuestion.js";
import type { Question } from "./question.js";
import { Branch, World } from "./world.js";

const MAX_CASES = 24;

function union<T>(lists: readonly (readonly T[])[]): T[] {
  const result: T[] = [];
  for (const list of lists) for (const item of list) if (!result.includes(item)) result.push(item);
  return result;
}

/** The reasons of several findings, those common to all of them first. */
function mergedReasons(findings: readonly Finding[]) {
  const all = union(findings.map((f) => f.reasons));
  const common = all.filter((r) => findings.every((f) => f.reasons.includes(r)));
  return [...common, ...all.filter((r) => !common.includes(r))];
}

function weakestOf(findings: readonly Finding[]): Confidence {
  let confidence: Confidence = "high";
  for (const f of findings) confidence = minConfidence(confidence, f.confidence);
  return confidence;
}

/** Keeps an answer only if every part gives it; otherwise unknown, with the split's reason or input. */
function agreement(findings: readonly Finding[], branch: Branch): Omit<Finding, "cases"> & { agree: boolean } {
  const first = (findings[0] as Finding).answer;
  const agree = findings.every((f) => f.answer === first);
  const reasons = mergedReasons(findings);
  const needs = union(findings.map((f) => f.needs));
  let confidence = weakestOf(findings);
  if (!agree) {
    if (branch.need !== null && !needs.includes(branch.need)) needs.push(branch.need);
    if (branch.reason !== null && !reasons.includes(branch.reason)) {
      reasons.unshift(branch.reason);
      confidence = minConfidence(confidence, branch.reason.confidence);
    }
  }
  return { answer: agree ? first : "unknown", reasons, needs, confidence, agree };
}

/**
 * Decides a world whose inputs are settled, splitting only on undisclosed dates and on the outcome of
 * refusable requests: the answer stands only if every way they could fall agrees. A split on a missing
 * input is passed up, so that inputs are split before dates and `needs` names only inputs whose value
 * changes the answer.
 */
function solveSettled(world: World): Finding {
  try {
    return decideInWorld(world);
  } catch (error) {
    if (!(error instanceof Branch) || error.need !== null) throw error;
    // Split first on the undisclosed days the question's statements turn on, in a fixed order, so that
    // the split (and the reasons given) does not depend on the order of statements in the file.
    const q = world.q;
    const branch = world.firstOpenVariable(world.policy.candidateVariables(q.purpose, q.category), q.at) ?? error;
    const { answer, reasons, needs, confidence } = agreement(branch.worlds(world).map(solveSettled), branch);
    return { answer, reasons, needs, cases: undefined, confidence };
  }
}

/** Whether two findings split alike: the same cases, with the same answers, or none. */
function sameCases(a: Finding, b: Finding): boolean {
  if (a.cases === undefined || b.cases === undefined) return a.cases === b.cases;
  return (
    a.cases.length === b.cases.length &&
    a.cases.every((c, i) => c.answer === b.cases?.[i]?.answer && c.when.join("\u0000") === b.cases?.[i]?.when.join("\u0000"))
  );
}

/**
 * Decides a world, splitting first on missing inputs. The answer is given when every value of the
 * missing inputs gives it; otherwise it is unknown, `needs` names the inputs, and `cases` says what each
 * value would give.
 *
 * @internal
 */
export function solve(world: World): Finding {
  let branch: Branch;
  try {
    return solveSettled(world);
  } catch (error) {
    if (!(error instanceof Branch)) throw error;
    branch = error;
  }
  const parts = branch.worlds(world).map((w, i) => ({ label: (branch.parts[i] as { label: string }).label, finding: solve(w) }));
  const { answer, reasons, needs, confidence, agree } = agreement(
    parts.map((p) => p.finding),
    branch,
  );
  // Parts that agree on the answer but not on what it turns on (one unknown outright, the other
  // unknown until a second input is given) still need this input: the cases split on it.
  const splitOn =
    agree && branch.need !== null && !needs.includes(branch.need) && parts.some((p) => !sameCases(p.finding, (parts[0] as (typeof parts)[number]).finding))
      ? [...needs, branch.need]
      : needs;
  let cases: Case[] | undefined;
  if (!agree || parts.some((p) => p.finding.cases)) {
    cases = [];
    for (const { label, finding } of parts) {
      if (finding.cases) for (const c of finding.cases) cases.push({ when: [label, ...c.when], answer: c.answer });
      else cases.push({ when: [label], answer: finding.answer });
    }
    if (cases.length > MAX_CASES) cases = cases.slice(0, MAX_CASES);
  }
  return { answer, reasons, needs: splitOn, cases, confidence };
}

/**
 * Freezes a reason, its sources and what it names. Reasons (and the sources they cite) are built once
 * and shared by every decision that gives them, across callers: a caller that changed one would have
 * changed every later answer in the process.
 */
function freezeReason(reason: Reason): void {
  for (const source of reason.sources) Object.freeze(source);
  Object.freeze(reason.sources);
  if (reason.statement) Object.freeze(reason.statement);
  if (reason.control) Object.freeze(reason.control);
  if (reason.dispute) Object.freeze(reason.dispute);
  Object.freeze(reason);
}

/**
 * The caveat that the day is after the last review comes after every fact, however the reasons of a
 * split were merged: it qualifies the whole answer, not the reason before it.
 */
function caveatLast(reasons: readonly Reason[]): readonly Reason[] {
  const at = reasons.findIndex((r) => r.code === "after-last-review");
  if (at < 0 || at === reasons.length - 1) return reasons;
  return [...reasons.filter((r) => r.code !== "after-last-review"), ...reasons.filter((r) => r.code === "after-last-review")];
}

/** @internal */
export function toDecision(finding: Finding): Decision {
  for (const reason of finding.reasons) if (!Object.isFrozen(reason)) freezeReason(reason);
  const decision: { -readonly [K in keyof Decision]: Decision[K] } = {
    answer: finding.answer,
    reasons: caveatLast(finding.reasons),
    needs: finding.needs as Need[],
    confidence: finding.confidence,
  };
  if (finding.cases) decision.cases = finding.cases;
  if (finding.answer === "used") {
    let uses = 0;
    let partial = 0;
    for (const reason of finding.reasons) {
      if (!USE_CODES.has(reason.code)) continue;
      uses++;
      if (reason.partial) partial++;
    }
    if (uses > 0 && partial === uses) decision.inPart = true;
  }
  return decision;
}

/** The reasons that make an answer `used`. */
const USE_CODES: ReadonlySet<string> = new Set(["used", "used-by-default", "opted-in", "withdrawal-not-retroactive"]);

/** @internal */
export function decideNormalized(policy: CompiledPolicy, q: NormalizedQuestion): Decision {
  return toDecision(solve(new World(policy, q)));
}

/**
 * Answers "is this user's data of this category used for this purpose on this day?" from a policy
 * history, with the reasons and sources that decide it.
 *
 * @remarks
 * The answer is `unknown` whenever the policy is silent, the fact is undisclosed or disputed, or an input
 * the answer depends on is missing (then `needs` names it). An answer that would be the same for every
 * value of a missing input is given. Pure: no clock, no I/O; the day is always an argument.
 *
 * A policy is prepared on its first question and the preparation is kept with the object: treat
 * policies as values that do not change (the catalogue's are shared by every caller), and to change
 * one, change a copy (`structuredClone(policy)`); a policy changed in place goes on being answered
 * as it was.
 *
 * @param policy - A policy (from the catalogue, or one that passed validation), or its compiled form.
 * @param question - The purpose, data category and day, and what is known about the user and the data.
 * @returns The decision: `answer`, `reasons` (each with its sources), `needs`, `cases` and `confidence`.
 * Decisions are frozen and may be shared between calls.
 * @throws {@link InputError} If the question has an unknown purpose, category, region, control or
 * recipient, or an impossible date such as `2025-02-30`.
 * @example
 * ```ts
 * import { evaluate } from "ai-data-policy";
 * import { getPolicy } from "ai-data-policy/catalog";
 * const decision = evaluate(getPolicy("linkedin"), {
 *   purpose: "generative-ai-training",
 *   category: "posts",
 *   at: "2025-12-15",
 *   user: { region: "DE", age: 30, optOuts: [{ control: "data-for-generative-ai-improvement", at: "2025-10-20" }] },
 *   data: { createdAt: "2023-06-01" },
 * });
 * decision.answer; //=> "not-used": she opted out before EU training began on 2025-11-03
 * ```
 * @category Evaluate
 */
export function evaluate(policy: Policy | CompiledPolicy, question: Question): Decision {
  const compiled = prepare(policy);
  let fast = compiled.fastPath;
  if (fast === undefined) {
    // The fast path's tables cost more to build than one general answer, and the general answer is
    // needed anyway to fill them: a policy asked one question (the CLI, a cold start) never builds them.
    if (!compiled.askedOnce) {
      compiled.askedOnce = true;
      return freeze(evaluateGeneral(compiled, question));
    }
    fast = createFastPath(compiled);
    compiled.fastPath = fast;
  }
  // Most questions, complete or not, are answered from prepared plans; the rest take the general path.
  return evaluateFast(compiled, fast, question, evaluateGeneral) ?? freeze(evaluateGeneral(compiled, question));
}

/** The general path: every question, every missing input, every error message. @internal */
export function evaluateGeneral(compiled: CompiledPolicy, question: Question): Decision {
  return decideNormalized(compiled, normalizeQuestion(compiled, question, true));
}
