import type { Confidence, Effect } from "../schema/types.js";
import { maxConfidence, minConfidence } from "./compile.js";
import type { CompiledControl, CompiledDispute, CompiledLink, CompiledScopeRule, CompiledStatement, RegionTest } from "./compile.js";
import type { Answer, Case, Need, Reason } from "./decision.js";
import type { NormalizedChoice } from "./normalizeQuestion.js";
import { NOT_YET_CREATED, controlReason, statementReason } from "./reasons.js";
import { Branch, type World } from "./world.js";

/** The answer in one world, before it becomes a public {@link Decision}. @internal */
export interface Finding {
  readonly answer: Answer;
  readonly reasons: readonly Reason[];
  readonly needs: readonly Need[];
  readonly cases: readonly Case[] | undefined;
  /** How far the answer can be trusted: an answer any one of several reasons gives alone is as strong as the strongest. */
  readonly confidence: Confidence;
}

const NO_NEEDS: readonly Need[] = [];

function weakest(reasons: readonly Reason[]): Confidence {
  let confidence: Confidence = "high";
  for (const r of reasons) confidence = minConfidence(confidence, r.confidence);
  return confidence;
}

function strongest(reasons: readonly Reason[]): Confidence {
  let confidence: Confidence = "low";
  for (const r of reasons) confidence = maxConfidence(confidence, r.confidence);
  return confidence;
}

function finding(answer: Answer, reasons: readonly Reason[], confidence: Confidence = weakest(reasons)): Finding {
  return { answer, reasons, needs: NO_NEEDS, cases: undefined, confidence };
}

/** What one statement says about the question, in one world. */
interface StatementFinding {
  readonly answer: Answer;
  /** `rule`: the statement's own effect (not-used or unknown); `use`: a used statement after consent. */
  readonly kind: "rule" | "use";
  readonly reasons: readonly Reason[];
}

function regionMatches(w: World, include: readonly RegionTest[] | null, exclude: readonly RegionTest[] | null, t: number): boolean {
  if (include !== null && !include.some((test) => w.regionIs(test, t))) return false;
  if (exclude?.some((test) => w.regionIs(test, t))) return false;
  return true;
}

function applies(w: World, s: CompiledStatement, t: number): boolean {
  // A minimum age concerns only a user the question says is younger (see CompiledStatement.minimumAge):
  // asked first, so that its days and regions never split a question about anyone else.
  if (s.minimumAge !== undefined && !(w.q.age !== undefined && w.q.age < s.minimumAge)) return false;
  if (!w.happenedBy(s.from, t) || w.happenedBy(s.until, t)) return false;
  if (!regionMatches(w, s.include, s.exclude, t)) return false;
  if (s.ageAtLeast !== undefined && !w.ageAtLeast(s.ageAtLeast)) return false;
  if (s.ageBelow !== undefined && w.ageAtLeast(s.ageBelow)) return false;
  if (s.plans !== null && !w.planIn(s.plans)) return false;
  if (s.visibility !== undefined && !w.visibilityIs(s.visibility)) return false;
  if (s.createdFrom !== null && !w.createdOnOrAfter(s.createdFrom)) return false;
  if (s.createdUntil !== null && w.createdOnOrAfter(s.createdUntil)) return false;
  return true;
}

function scopeOf(w: World, link: CompiledLink, override: readonly CompiledScopeRule[] | null, chosenOn: number) {
  const rules = override ?? link.scopes;
  if (rules !== null) {
    for (const rule of rules) {
      if (w.happenedBy(rule.chosenFrom, chosenOn) && !w.happenedBy(rule.chosenUntil, chosenOn)) return rule.scope;
    }
  }
  return link.control.scope;
}

/** Whether a choice had been made by the use on day `t` (on that day, by its time where both are given). */
function madeBy(choice: NormalizedChoice, t: number): boolean {
  return choice.day < t || (choice.day === t && choice.afterUse !== true);
}

type LinkState =
  | "on"
  | "off"
  | "opted-out"
  | "opted-in"
  | "advisory-control"
  | "removal-requested"
  | "reach-undisclosed"
  | "withdrawal-not-retroactive"
  | "withdrawal-undisclosed";

const STRENGTH: Record<LinkState, number> = {
  "opted-out": 3,
  "advisory-control": 2,
  "removal-requested": 2,
  "reach-undisclosed": 2,
  on: 0,
  off: 0,
  "opted-in": 3,
  "withdrawal-not-retroactive": 3,
  "withdrawal-undisclosed": 3,
};

/**
 * Where one control leaves a statement on day `t`. The choices made by then, back to the last one that
 * switched the other way, are in force, and the data is excluded (or included) if any of them reaches
 * it: repeating an opt-out never weakens an earlier one.
 */
function linkState(w: World, link: CompiledLink, override: readonly CompiledScopeRule[] | null, t: number, defaultOn: boolean): LinkState {
  const choices = w.q.choices[link.control.index] ?? [];
  let state: LinkState = defaultOn ? "on" : "off";
  // For an opt-in: a later switch-off that covers only data created after it, passed over for older data.
  let withdrawn = false;
  // For an opt-in: a later opt-in whose reach is not said.
  let reachUnsaid = false;
  for (let i = choices.length - 1; i >= 0; i--) {
    let choice = choices[i];
    if (choice === undefined || !madeBy(choice, t)) continue;
    // Opposite choices on one day in an unknown order: read them opt-outs last, or opt-ins last.
    const run = choice.run;
    if (run !== undefined && !w.outCameLast(run.listed[0] as NormalizedChoice)) {
      // The k-th of the day's choices from the end, with the opt-ins after the opt-outs.
      const k = run.listed.length - 1 - run.listed.indexOf(choice);
      const ins = run.ins.length;
      choice = (k < ins ? run.ins[ins - 1 - k] : run.outs[run.outs.length - 1 - (k - ins)]) as NormalizedChoice;
    }
    // A choice the control was not open for (not offered in the user's region yet, or closed, or a
    // parent's choice for an adult) changes nothing.
    if (!w.controlOpen(link.control, choice.day) || closedToAdults(w, link.control)) continue;
    // A deletion concerns what existed when it was made: data created after it is not what was deleted.
    if (link.control.deletion && w.createdOnOrAfterDay(choice.day + 1)) continue;
    if (defaultOn) {
      if (choice.kind === "in") break; // switched back on: earlier opt-outs no longer hold
      // An opt-out the platform refused changes nothing: one that may be refused is split on when its
      // outcome is not given; any the question says was refused is taken at its word.
      if (choice.outcome === "refused" || (link.control.mayBeRefused && w.outcome(choice) === "refused")) continue;
      const scope = scopeOf(w, link, override, choice.day);
      let reached: LinkState;
      if (scope === "reach-undisclosed") reached = "reach-undisclosed";
      else if (scope === "new-data-only" && !w.createdOnOrAfterDay(choice.day)) reached = "on";
      else if (scope === "removal-requested" && !w.createdOnOrAfterDay(choice.day)) reached = "removal-requested";
      // Older data's fate is not said: as a choice whose reach is not said, for that data only.
      else if (scope === "earlier-data-undisclosed" && !w.createdOnOrAfterDay(choice.day)) reached = "reach-undisclosed";
      else reached = link.control.advisory ? "advisory-control" : "opted-out";
      if (STRENGTH[reached] > STRENGTH[state]) state = reached;
      if (state === "opted-out") return state;
    } else {
      if (choice.kind === "out") {
        // Switched off: earlier opt-ins no longer hold, unless the switch covers only data created after it.
        if (link.control.withdrawal === "future-only" || w.createdOnOrAfterDay(choice.day)) break;
        withdrawn = true;
        continue;
      }
      const scope = scopeOf(w, link, override, choice.day);
      // An opt-in whose reach the sources leave unsaid (for this data) settles nothing; an earlier one may still.
      if (scope === "reach-undisclosed" || (scope === "earlier-data-undisclosed" && !w.createdOnOrAfterDay(choice.day))) {
        reachUnsaid = true;
        continue;
      }
      if (scope !== "new-data-only" || w.createdOnOrAfterDay(choice.day)) {
        if (!withdrawn) return "opted-in";
        return link.control.withdrawal === "new-data-only" ? "withdrawal-not-retroactive" : "withdrawal-undisclosed";
      }
    }
  }
  return reachUnsaid ? "reach-undisclosed" : state;
}

/** The age from which a parent's choices no longer apply: the accounts parents link are minors'. */
const ADULT_AGE = 18;

/** Whether a parent's control does not apply to this user, an adult (split on the age when it is not given). */
function closedToAdults(w: World, control: CompiledControl): boolean {
  return control.parental && (w.q.choices[control.index]?.length ?? 0) > 0 && w.ageAtLeast(ADULT_AGE);
}

/**
 * Whether the user made a choice with a link's control by day `t` on a day it was closed to them: it
 * is passed over, and said so, whatever the other choices. (Only whether there is one matters, not
 * where it falls among them, so that the fast path can key the decision on it.)
 */
function madeWhileClosed(w: World, link: CompiledLink, t: number): boolean {
  if (closedToAdults(w, link.control)) return (w.q.choices[link.control.index] ?? []).some((choice) => madeBy(choice, t));
  if (link.control.availability === null) return false;
  for (const choice of w.q.choices[link.control.index] ?? []) {
    if (madeBy(choice, t) && !w.controlOpen(link.control, choice.day)) return true;
  }
  return false;
}

/** A used statement's answer once the user's choices are applied. */
function useAnswer(w: World, s: CompiledStatement, partial: boolean, override: readonly CompiledScopeRule[] | null, t: number): StatementFinding {
  const links = s.links;
  if (links === null) return { answer: "used", kind: "use", reasons: [statementReason(s, "used", partial)] };
  if (!s.defaultUndisclosed) return useAnswerWith(w, s, links, partial, override, t, s.defaultOn);
  // The default is not said: the answer stands if it is the same whether the use was on or off before
  // the user's choices (a choice settles it); otherwise it is unknown, and says why.
  const asOn = useAnswerWith(w, s, links, partial, override, t, true);
  const asOff = useAnswerWith(w, s, links, partial, override, t, false);
  if (asOn.answer === asOff.answer) return (asOn.reasons[0] as Reason).code === "used-by-default" ? asOff : asOn;
  // A choice passed over (made while its control was closed) is said either way: it follows the first reason.
  const undisclosed = controlReason(s, (links[0] as CompiledLink).control, "default-undisclosed", partial, t);
  return { answer: "unknown", kind: "use", reasons: [undisclosed, ...asOn.reasons.slice(1)] };
}

function useAnswerWith(
  w: World,
  s: CompiledStatement,
  links: readonly CompiledLink[],
  partial: boolean,
  override: readonly CompiledScopeRule[] | null,
  t: number,
  defaultOn: boolean,
): StatementFinding {
  let soft: Reason | undefined;
  let yes: Reason | undefined;
  // An opt-in still in force beats one switched off for later data only, which beats one whose switch-off
  // leaves this data's fate unsaid: the first link in the policy's order wins within each.
  let kept: Reason | undefined;
  let unsaid: Reason | undefined;
  let closed: Reason | undefined;
  // What the user deleted is not used, whatever the default and their other choices (an opt-in with
  // another control): a deletion is read as an opt-out of the data it reached.
  if (!defaultOn) {
    for (const link of links) {
      if (link.control.deletion && linkState(w, link, override, t, true) === "opted-out")
        return { answer: "not-used", kind: "use", reasons: [controlReason(s, link.control, "opted-out", partial, t)] };
    }
  }
  for (const link of links) {
    const state = linkState(w, link, override, t, defaultOn);
    if (closed === undefined && madeWhileClosed(w, link, t)) closed = controlReason(s, link.control, "choice-not-available", partial, t);
    if (defaultOn) {
      if (state === "opted-out") return { answer: "not-used", kind: "use", reasons: [controlReason(s, link.control, "opted-out", partial, t)] };
      if (state === "advisory-control" || state === "removal-requested" || state === "reach-undisclosed")
        soft ??= controlReason(s, link.control, state, partial, t);
    } else if (state === "opted-in") {
      yes ??= controlReason(s, link.control, "opted-in", partial, t);
    } else if (state === "withdrawal-not-retroactive") {
      kept ??= controlReason(s, link.control, state, partial, t);
    } else if (state === "withdrawal-undisclosed" || state === "reach-undisclosed") {
      unsaid ??= controlReason(s, link.control, state, partial, t);
    }
  }
  const also = (reason: Reason): readonly Reason[] => (closed ? [reason, closed] : [reason]);
  if (soft) return { answer: "unknown", kind: "use", reasons: also(soft) };
  if (defaultOn) return { answer: "used", kind: "use", reasons: also(controlReason(s, (links[0] as CompiledLink).control, "used-by-default", partial, t)) };
  if (yes) return { answer: "used", kind: "use", reasons: also(yes) };
  if (kept) return { answer: "used", kind: "use", reasons: also(kept) };
  if (unsaid) return { answer: "unknown", kind: "use", reasons: also(unsaid) };
  return { answer: "not-used", kind: "use", reasons: also(controlReason(s, (links[0] as CompiledLink).control, "not-opted-in", partial, t)) };
}

function effectAnswer(
  w: World,
  s: CompiledStatement,
  effect: Effect,
  partial: boolean,
  override: readonly CompiledScopeRule[] | null,
  t: number,
): StatementFinding {
  if (effect === "used") return useAnswer(w, s, partial, override, t);
  if (effect === "not-used") return { answer: "not-used", kind: "rule", reasons: [statementReason(s, "excluded", partial)] };
  return { answer: "unknown", kind: "rule", reasons: [statementReason(s, "undisclosed", partial)] };
}

function disputeApplies(w: World, d: CompiledDispute, t: number): boolean {
  if (!w.happenedBy(d.from, t) || w.happenedBy(d.until, t)) return false;
  if (d.categories !== null) {
    const chain = w.policy.categoryAncestors.get(w.q.category) ?? [];
    if (!chain.some((c) => d.categories?.has(c))) return false;
  }
  return regionMatches(w, d.include, d.exclude, t);
}

function statementAnswer(w: World, s: CompiledStatement, partial: boolean, t: number): StatementFinding {
  const main = effectAnswer(w, s, s.effect, partial, null, t);
  for (const d of s.disputes) {
    if (!disputeApplies(w, d, t)) continue;
    const other = effectAnswer(w, s, d.dispute.reading.effect ?? s.effect, partial, d.scopes, t);
    if (other.answer !== main.answer) {
      return { answer: "unknown", kind: main.kind, reasons: [d.reason, ...main.reasons] };
    }
  }
  return main;
}

/** Per-recipient tally of what the applicable statements say. */
interface Tally {
  excluded: Reason[] | undefined;
  unknown: Reason[] | undefined;
  used: Reason[] | undefined;
  soft: Reason[] | undefined;
  off: Reason[] | undefined;
}

function tallyOf(tallies: (Tally | undefined)[], r: number): Tally {
  let tally = tallies[r];
  if (tally === undefined) {
    tally = { excluded: undefined, unknown: undefined, used: undefined, soft: undefined, off: undefined };
    tallies[r] = tally;
  }
  return tally;
}

function push(list: Reason[] | undefined, reasons: readonly Reason[]): Reason[] {
  if (list === undefined) return reasons.slice();
  for (const r of reasons) if (!list.includes(r)) list.push(r);
  return list;
}

/**
 * Decides a question in a world where every check can be decided, or throws a `Branch` naming what
 * cannot. The precedence, per recipient: a statement that excludes the data wins; then one that says
 * the use is unknown; then any use; then a use whose consent outcome is unknown; then a use the user
 * switched off. Across recipients, the data is used if any recipient uses it.
 *
 * @internal
 */
export function decideInWorld(w: World): Finding {
  const policy = w.policy;
  const q = w.q;
  const t = q.at;
  if (t < policy.coverageFrom || t >= policy.coverageUntil) return finding("unknown", [policy.outsideCoverageReason]);
  if (q.createdAt !== undefined && (q.createdAt > t || (q.createdAt === t && q.createdAfterUse))) return finding("not-used", [NOT_YET_CREATED]);
  // A region whose policy the history did not read: not known, as for a day outside the coverage.
  if (!regionMatches(w, policy.coverageInclude, policy.coverageExclude, t)) return finding("unknown", [policy.outsideRegionsReason]);
  const found = decideCovered(w);
  if (t <= policy.lastReviewed) return found;
  // A day after the last review: the answer stands, as the policy last seen, and says so.
  return finding(found.answer, [...found.reasons, policy.afterReviewReason], minConfidence(found.confidence, policy.afterReviewReason.confidence));
}

/** {@link decideInWorld} on a day the history covers, for data that existed by then. */
function decideCovered(w: World): Finding {
  const policy = w.policy;
  const q = w.q;
  const t = q.at;

  const tallies: (Tally | undefined)[] = [];
  let globalExcluded: Reason[] | undefined;
  let globalUnknown: Reason[] | undefined;
  const only = q.recipient;

  // A statement that cannot be decided in this world names the split it needs; every statement is
  // asked, and the split that sorts first is made, so that the order of the file changes nothing.
  let pending: Branch | undefined;
  for (const candidate of policy.candidates(q.purpose, q.category)) {
    const s = candidate.statement;
    if (s.recipients !== null && only >= 0 && !s.recipients.includes(only)) continue;
    if (candidate.partial && q.remainder === true) continue;
    let result: StatementFinding;
    try {
      if (!applies(w, s, t)) continue;
      result = statementAnswer(w, s, candidate.partial, t);
    } catch (error) {
      if (!(error instanceof Branch)) throw error;
      if (pending === undefined || error.before(pending)) pending = error;
      continue;
    }
    if (pending !== undefined) continue;
    if (result.kind === "rule") {
      if (s.recipients === null) {
        if (result.answer === "not-used") globalExcluded = push(globalExcluded, result.reasons);
        else globalUnknown = push(globalUnknown, result.reasons);
        continue;
      }
      for (const r of s.recipients) {
        const tally = tallyOf(tallies, r);
        if (result.answer === "not-used") tally.excluded = push(tally.excluded, result.reasons);
        else tally.unknown = push(tally.unknown, result.reasons);
      }
      continue;
    }
    for (const r of s.recipients as readonly number[]) {
      const tally = tallyOf(tallies, r);
      if (result.answer === "used") tally.used = push(tally.used, result.reasons);
      else if (result.answer === "unknown") tally.soft = push(tally.soft, result.reasons);
      else tally.off = push(tally.off, result.reasons);
    }
  }

  if (pending !== undefined) throw pending;

  // Who takes part: the asked recipient, or every recipient something was said about. The platform
  // always does, unless only others can have the purpose: a policy that speaks only of its licensees
  // leaves the platform's own use unsaid.
  const participants: number[] = [];
  if (only >= 0) participants.push(only);
  else
    tallies.forEach((tally, r) => {
      if (tally) participants.push(r);
    });
  if (only < 0 && participants.length > 0 && tallies[policy.platformRecipient] === undefined && !policy.thirdPartyPurposes.has(q.purpose)) {
    participants.push(policy.platformRecipient);
  }
  if (participants.length === 0) {
    // Each exclusion decides alone: the answer is as strong as the strongest.
    if (globalExcluded) return finding("not-used", globalExcluded, strongest(globalExcluded));
    if (globalUnknown) return finding("unknown", globalUnknown);
    return finding("unknown", [policy.silentReasonFor(q.purpose, q.category)]);
  }

  let used: Reason[] | undefined;
  let usedConfidence: Confidence = "low";
  let unknown: Reason[] | undefined;
  let notUsed: Reason[] | undefined;
  let notUsedConfidence: Confidence = "high";
  for (const r of participants) {
    const tally = tallies[r];
    const excluded = globalExcluded || tally?.excluded ? push(push(undefined, globalExcluded ?? []), tally?.excluded ?? []) : undefined;
    if (excluded) {
      // Each exclusion decides alone; so do the user's opt-outs when no use remains.
      const alsoOff = !tally?.used && !tally?.soft && tally?.off ? tally.off : [];
      notUsed = push(push(notUsed, excluded), alsoOff);
      const byChoice = alsoOff.length > 0 ? weakest(alsoOff) : "low";
      notUsedConfidence = minConfidence(notUsedConfidence, maxConfidence(strongest(excluded), byChoice));
    } else if (globalUnknown || tally?.unknown) {
      unknown = push(push(unknown, globalUnknown ?? []), tally?.unknown ?? []);
    } else if (tally?.used) {
      used = push(used, tally.used);
      usedConfidence = maxConfidence(usedConfidence, strongest(tally.used));
    } else if (tally?.soft) {
      unknown = push(unknown, tally.soft);
    } else if (tally?.off) {
      notUsed = push(notUsed, tally.off);
      notUsedConfidence = minConfidence(notUsedConfidence, weakest(tally.off));
    } else {
      unknown = push(unknown, [policy.recipientSilentReasons[r] as Reason]);
    }
  }
  if (used) return finding("used", used, usedConfidence);
  if (unknown) return finding("unknown", unknown);
  return finding("not-used", notUsed ?? [], notUsedConfidence);
}
