import type { Plan, Visibility } from "../schema/types.js";

/**
 * A date as a question accepts it: `YYYY-MM-DD`, an RFC 3339 date-time (converted to its UTC day), or a
 * `Date`.
 *
 * @category Evaluate
 */
export type DateInput = string | Date;

/**
 * A choice a user (or someone on their behalf) made with a control.
 *
 * @category Evaluate
 */
export interface Choice {
  /** The control's id, such as `data-for-generative-ai-improvement`. */
  readonly control: string;
  /**
   * The day the choice was made. A date-time (with its offset) or a `Date` also orders choices made
   * on the same day; opposite choices on one day without times leave their order unknown, and where
   * it matters the answer is `unknown` with `needs: ["choice.time"]`.
   */
  readonly at: DateInput;
  /**
   * For controls the platform may refuse (an objection form): whether it was accepted. When omitted and
   * it matters, the answer is `unknown` with `needs: ["optOut.outcome"]`.
   */
  readonly outcome?: "accepted" | "refused";
}

/**
 * What is known about the user. Every field is optional; a missing one that matters gives `unknown`.
 *
 * @category Evaluate
 */
export interface UserFacts {
  /** Where the platform places the user, as an ISO 3166-1 alpha-2 code (`UK` is read as `GB`). */
  readonly region?: string;
  /** Age in whole years on the day in question. */
  readonly age?: number;
  readonly plan?: Plan;
  /** Opt-outs (and objections) the user made. */
  readonly optOuts?: readonly Choice[];
  /** Opt-ins, or switching a setting back on. */
  readonly optIns?: readonly Choice[];
}

/**
 * What is known about the piece of data.
 *
 * @category Evaluate
 */
export interface DataFacts {
  /** The day the data was created (posted, sent, saved). */
  readonly createdAt?: DateInput;
  readonly visibility?: Visibility;
}

/**
 * A question without its day: what {@link timeline} takes.
 *
 * @category Evaluate
 */
export interface QuestionWithoutDay {
  /** A core purpose (`generative-ai-training`, `non-generative-ai-training`, `ai-inference`) or one the policy declares. */
  readonly purpose: string;
  /** A core data category (`posts`, `profile`, ...) or one the policy declares. */
  readonly category: string;
  readonly user?: UserFacts;
  readonly data?: DataFacts;
  /** Ask only about uses by this recipient (`microsoft`); by anyone if omitted. */
  readonly recipient?: string;
}

/**
 * "Is this user's data of this category used for this purpose on this day?"
 *
 * @category Evaluate
 */
export interface Question extends QuestionWithoutDay {
  /** The day of the use: a training run, a feature call. */
  readonly at: DateInput;
}
