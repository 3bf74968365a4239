import type { Confidence, Effect } from "../schema/types.js";

/**
 * The answer to "is this user's data used for this purpose?": `used`, `not-used`, or `unknown` where
 * the policy is silent, the fact is undisclosed or disputed, or an input the answer depends on is missing.
 *
 * @category Evaluate
 */
export type Answer = "used" | "not-used" | "unknown";

/**
 * An input that a question left out and that the answer depends on. `choice.time`: the times of
 * opposite choices made with one control on one day, which say which came last.
 *
 * @category Evaluate
 */
export type Need = "region" | "age" | "plan" | "data.createdAt" | "data.visibility" | "optOut.outcome" | "choice.time";

/**
 * Why a reason is part of a decision.
 *
 * @remarks
 * - `used`: a statement says the data is used, with no control.
 * - `used-by-default`: used unless the user opts out, and the user has not opted out (or not in a way that reaches this use).
 * - `opted-in`: used because the user opted in.
 * - `excluded`: a statement says the data is not used.
 * - `opted-out`: the user opted out, and the opt-out reaches this use.
 * - `not-opted-in`: used only with an opt-in, and the user has not opted in.
 * - `withdrawal-not-retroactive`: the user opted in and later switched it off, but switching off covers only data created afterwards, and this data is older: still used.
 * - `withdrawal-undisclosed`: as above, but the policy does not say whether older data stays in use: unknown.
 * - `undisclosed`: a statement says whether the data is used is undisclosed, ambiguous or unverified.
 * - `below-minimum-age`: the user is younger than the platform's terms allow, and no statement that applies to them (one naming their age, or one for everyone) excludes the use: unknown.
 * - `disputed`: sources disagree on the answer for this case.
 * - `objection-outcome`: the user objected, and the platform may refuse the objection.
 * - `advisory-control`: the user's choice binds only those who choose to honour it.
 * - `removal-requested`: the platform asks recipients to remove past data, without guarantee.
 * - `default-undisclosed`: the sources do not say whether the use is on or off until the user chooses, and the user has not chosen: unknown.
 * - `reach-undisclosed`: the user made a choice, but the sources do not say whether a choice made then reaches this use: unknown.
 * - `choice-not-available`: a choice the user made is not counted: the control was not open to them on that day.
 * - `uncertain-date`: a date the answer turns on is known only within bounds.
 * - `policy-silent`: no statement covers this purpose and category at this time (its message names the narrower purposes or categories the policy does speak of, if any).
 * - `outside-coverage`: the day lies outside the days the policy history covers.
 * - `after-last-review`: the day is after the history was last checked against its sources: the answer carries the policy as it stood then forward (medium confidence at most).
 * - `not-yet-created`: the data did not exist yet on that day.
 * @category Evaluate
 */
export type ReasonCode =
  | "used"
  | "used-by-default"
  | "opted-in"
  | "excluded"
  | "opted-out"
  | "not-opted-in"
  | "withdrawal-not-retroactive"
  | "withdrawal-undisclosed"
  | "undisclosed"
  | "below-minimum-age"
  | "disputed"
  | "objection-outcome"
  | "advisory-control"
  | "removal-requested"
  | "reach-undisclosed"
  | "default-undisclosed"
  | "choice-not-available"
  | "uncertain-date"
  | "policy-silent"
  | "outside-coverage"
  | "after-last-review"
  | "not-yet-created";

/**
 * A source as a decision cites it: the document and the quote that supports the fact.
 *
 * @category Evaluate
 */
export interface CitedSource {
  readonly id: string;
  readonly url: string;
  readonly title: string;
  readonly publisher: string;
  readonly published?: string;
  readonly captured?: string;
  readonly accessed?: string;
  readonly kind: string;
  readonly quote: string;
  readonly locator?: string;
}

/**
 * One step of a decision's explanation, with the sources behind it.
 *
 * @remarks Reasons are shared between decisions: do not mutate them.
 * @category Evaluate
 */
export interface Reason {
  readonly code: ReasonCode;
  /** One plain sentence. */
  readonly message: string;
  /** The statement the reason comes from, if any. */
  readonly statement?: { readonly id: string; readonly summary: string; readonly effect: Effect };
  /** The control involved, if any. */
  readonly control?: { readonly id: string; readonly label: string };
  /** The dispute involved, if any. */
  readonly dispute?: { readonly id: string; readonly by: string; readonly claim: string };
  /** The recipient the reason concerns, if it concerns one. */
  readonly recipient?: string;
  /**
   * `true` when the statement speaks of only a part of the data asked about (a finer category, such as
   * Adobe Stock submissions among a user's posts): the data is used in part.
   */
  readonly partial?: true;
  readonly confidence: Confidence;
  readonly sources: readonly CitedSource[];
}

/**
 * One value, or range of values, of the missing inputs, and the answer it would give.
 *
 * @category Evaluate
 */
export interface Case {
  /** The assumptions, such as `age < 18` or `data created before 2025-11-03`. */
  readonly when: readonly string[];
  readonly answer: Answer;
}

/**
 * The answer to a question, with the reasons and sources that decided it.
 *
 * @category Evaluate
 */
export interface Decision {
  readonly answer: Answer;
  /** The statements and facts that decided the answer, each with its sources. */
  readonly reasons: readonly Reason[];
  /** Inputs the question left out that would change the answer; empty when nothing is missing. */
  readonly needs: readonly Need[];
  /** When the answer depends on missing inputs: what each value of them would give. */
  readonly cases?: readonly Case[];
  /** The lowest confidence among the reasons. */
  readonly confidence: Confidence;
  /**
   * `true` on a `used` answer when every reason for the use speaks of only a part of the data asked
   * about (a finer category, such as Adobe Stock submissions among a user's posts, or Claude chats
   * flagged for safety review among a user's chats): the data is used, but only that part of it.
   */
  readonly inPart?: true;
}
