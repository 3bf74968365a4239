import type { Control, ControlScope, Policy, WithdrawalScope } from "../schema/types.js";
import { formatDay } from "../time/calendarDay.js";
import { type CompiledControl, type CompiledPolicy, prepare } from "./compile.js";
import type { Answer, Decision } from "./decision.js";
import { decideNormalized } from "./evaluate.js";
import { type NormalizedChoice, type NormalizedQuestion, normalizeQuestion } from "./normalizeQuestion.js";
import type { Question } from "./question.js";

/**
 * What a control does, in plain words, by its scope.
 *
 * @category Evaluate
 */
export const SCOPE_EFFECTS: Readonly<Record<ControlScope, string>> = {
  "future-only": "Stops uses from the day you choose, for all your data; training already done is not undone.",
  "new-data-only": "Covers only data created after you choose; earlier data may still be used.",
  removal: "Stops uses from the day you choose and removes your past data from the data sets.",
  "removal-requested": "Stops sharing from the day you choose; recipients are asked to remove earlier data, without guarantee.",
  "earlier-data-undisclosed": "Covers data created after you choose; whether earlier data is still used is not said.",
  "reach-undisclosed": "Whether a choice made then stops this use is not said.",
};

/**
 * A control as a person sees it: what it is called, where it is, what it covers and what it undoes.
 *
 * @category Evaluate
 */
export interface ControlSummary {
  readonly platform: string;
  readonly id: string;
  readonly label: string;
  readonly kind: Control["kind"];
  readonly location?: string;
  readonly url?: string;
  readonly contact?: { readonly email: string; readonly subject?: string | undefined };
  readonly purposes: readonly string[];
  readonly scope: ControlScope;
  /** For an opt-in: what switching it off again reaches (`future-only` when the policy says nothing else). */
  readonly withdrawal: WithdrawalScope;
  readonly decidedBy: Control["decidedBy"];
  readonly advisory: boolean;
  readonly mayBeRefused: boolean;
  /** What it will and will not undo, in plain words. */
  readonly effect: string;
  readonly note?: string;
}

/**
 * Something the user can still do about a use: a control, and what choosing it on the day asked about
 * would change.
 *
 * @category Evaluate
 */
export interface Action {
  readonly control: ControlSummary;
  /** The answer for the same use if the user made this choice on the day asked about. */
  readonly answerIfChosen: Answer;
  /** Choosing on or after this day reaches less than choosing now (for example, after a start date). */
  readonly deadline?: string;
}

/** @internal */
export function summarizeControl(policy: Policy, control: Control): ControlSummary {
  const label = control.labels[control.labels.length - 1]?.text ?? control.id;
  const notes = [SCOPE_EFFECTS[control.scope]];
  if (control.kind === "deletion") notes.push("It concerns only what you delete: data created afterwards is not affected.");
  if (control.withdrawal === "new-data-only") notes.push("Switching it off again covers only data created afterwards; data it already reached stays in use.");
  if (control.withdrawal === "earlier-data-undisclosed") {
    notes.push(`Switching it off again keeps later data out; ${policy.name} does not say whether data it already reached stays in use.`);
  }
  if (control.enforcement === "advisory") notes.push("It binds only those who choose to honour it.");
  if (control.mayBeRefused) notes.push(`${policy.name} may refuse it.`);
  if (control.requiresReason) notes.push("It asks for a reason.");
  if (control.decidedBy !== "user") notes.push(`It is decided by the ${control.decidedBy.replace("-", " ")}, not by each user.`);
  return {
    platform: policy.id,
    id: control.id,
    label,
    kind: control.kind,
    ...(control.location !== undefined && { location: control.location }),
    ...(control.url !== undefined && { url: control.url }),
    ...(control.contact !== undefined && { contact: control.contact }),
    purposes: control.purposes,
    scope: control.scope,
    withdrawal: control.withdrawal ?? "future-only",
    decidedBy: control.decidedBy,
    advisory: control.enforcement === "advisory",
    mayBeRefused: control.mayBeRefused === true,
    effect: notes.join(" "),
    ...(control.note !== undefined && { note: control.note }),
  };
}

const RANK: Record<Answer, number> = { "not-used": 0, unknown: 1, used: 2 };

/** Whether a decision says, in some case, that the user's choice with this control reaches the use. */
function reaches(decision: Decision, control: CompiledControl): boolean {
  return decision.reasons.some(
    (r) => r.control?.id === control.id && (r.code === "opted-out" || r.code === "advisory-control" || r.code === "removal-requested"),
  );
}

/**
 * Whether decision `a` is less of a use than `b`: a lower answer, or, where both are unknown for want
 * of an input, a choice with the control that reaches some of the cases where in `b` it reaches none.
 */
function lessUse(a: Decision, b: Decision, control: CompiledControl): boolean {
  return RANK[a.answer] < RANK[b.answer] || (reaches(a, control) && !reaches(b, control));
}

function withOptOut(q: NormalizedQuestion, control: CompiledControl, day: number): NormalizedQuestion {
  const choice: NormalizedChoice = { control, day, kind: "out", outcome: "accepted", index: q.choiceCount, field: "action" };
  const choices = q.choices.map((list, i) => (i === control.index ? [...list, choice].sort((a, b) => a.day - b.day) : list));
  return { ...q, choices, choiceCount: q.choiceCount + 1 };
}

/** @internal */
export function actionsForNormalized(compiled: CompiledPolicy, q: NormalizedQuestion): Action[] {
  const policy = compiled.policy;
  const candidates = compiled.candidates(q.purpose, q.category);
  const linked = new Set(candidates.flatMap((c) => c.statement.links ?? []).map((l) => l.control));
  // The data asked about, and its parts: a control may reach one part (ordinary chats) while another
  // (feedback) stays in use whatever the user does. The parts are the finer categories and the rest of
  // the category, what lies in none of them.
  const finer = [...compiled.categoryAncestors].filter(([id, chain]) => id !== q.category && chain.includes(q.category)).map(([id]) => id);
  const parts: NormalizedQuestion[] = [q, ...(finer.length > 0 ? [{ ...q, remainder: true }] : []), ...finer.map((category) => ({ ...q, category }))];
  const asked = parts.map((part) => {
    const list = compiled.candidates(q.purpose, part.category);
    // Days after the one asked about on which the answer may change: starts of statements and of scope rules.
    const days = new Set<number>();
    for (const { statement: s } of list) {
      const rules = [...(s.links ?? []).flatMap((l) => l.scopes ?? []), ...s.disputes.flatMap((d) => d.scopes ?? [])];
      for (const m of [s.from, ...rules.map((r) => r.chosenFrom)]) {
        if (Number.isFinite(m.lo) && m.lo > q.at) days.add(m.lo);
        if (Number.isFinite(m.hi) && m.hi > q.at) days.add(m.hi);
      }
    }
    const useDays = [q.at, ...[...days].sort((a, b) => a - b)];
    return { part, useDays, baseline: useDays.map((at) => decideNormalized(compiled, { ...part, at })) };
  });
  const actions: Action[] = [];
  for (const control of compiled.controlList) {
    if (!linked.has(control)) continue;
    // A control is worth choosing now if it makes a use now or on a later day less of a use, for the
    // data asked about or a part of it; its deadline is the first day from which choosing reaches less.
    let worth = false;
    let deadline: number | undefined;
    let answerIfChosen: Answer | undefined;
    for (const { part, useDays, baseline } of asked) {
      const chosen = withOptOut(part, control, q.at);
      const after = useDays.map((at) => decideNormalized(compiled, { ...chosen, at }));
      answerIfChosen ??= (after[0] as Decision).answer;
      if (!after.some((d, i) => lessUse(d, baseline[i] as Decision, control))) continue;
      worth = true;
      for (const [i, day] of useDays.entries()) {
        if (i === 0 || (deadline !== undefined && day >= deadline)) continue;
        const late = decideNormalized(compiled, { ...withOptOut(part, control, day), at: day });
        if (lessUse(after[i] as Decision, late, control)) {
          deadline = day;
          break;
        }
      }
    }
    if (!worth) continue;
    const raw = (policy.controls ?? [])[control.index] as Control;
    actions.push({
      control: summarizeControl(policy, raw),
      answerIfChosen: answerIfChosen as Answer,
      ...(deadline !== undefined && { deadline: formatDay(deadline) }),
    });
  }
  return actions;
}

/**
 * What the user can still do about a use: the controls that, chosen on the day asked about, would
 * lower the answer for a use that day or on a later day the policy changes; what each would undo; and
 * the day from which choosing reaches less.
 *
 * @remarks A control counts if it lowers the answer for the data asked about or for a part of it (a
 * finer category, or the rest of the category): switching Claude's training off reaches ordinary chats
 * even though feedback stays in use. Where the answer is unknown for want of an input, it counts if
 * the choice reaches the use in some of the cases.
 *
 * @param policy - A policy or its compiled form.
 * @param question - The question, with the user's choices so far.
 * @returns The actions, in the policy's order of controls; empty when no control would change anything.
 * @throws {@link InputError} For the same bad inputs as {@link evaluate}.
 * @example
 * ```ts
 * import { actionsFor } from "ai-data-policy";
 * import { getPolicy } from "ai-data-policy/catalog";
 * const [first] = actionsFor(getPolicy("linkedin"), {
 *   purpose: "generative-ai-training", category: "posts", at: "2025-10-01",
 *   user: { region: "DE", age: 30 }, data: { createdAt: "2025-10-01" },
 * });
 * first?.control.id; //=> "data-for-generative-ai-improvement"
 * first?.deadline;   //=> "2025-11-03": an objection before then reaches all data, on every reading
 * ```
 * @category Evaluate
 */
export function actionsFor(policy: Policy | CompiledPolicy, question: Question): Action[] {
  const compiled = prepare(policy);
  return actionsForNormalized(compiled, normalizeQuestion(compiled, question, true));
}
