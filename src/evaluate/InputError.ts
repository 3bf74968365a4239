/**
 * What was wrong with an input.
 *
 * @category Evaluate
 */
export type InputErrorCode =
  | "invalid-question"
  | "unknown-field"
  | "unknown-platform"
  | "unknown-purpose"
  | "unknown-category"
  | "unknown-region"
  | "unknown-control"
  | "unknown-recipient"
  | "invalid-date"
  | "invalid-age"
  | "invalid-plan"
  | "invalid-visibility"
  | "invalid-outcome"
  | "invalid-range";

/**
 * Thrown when a question, or an argument such as a platform id, is not valid: the evaluator never
 * answers a question it cannot read.
 *
 * @example
 * ```ts
 * import { InputError, evaluate } from "ai-data-policy";
 * import { getPolicy } from "ai-data-policy/catalog";
 * let field = "";
 * try {
 *   evaluate(getPolicy("linkedin"), { purpose: "generative-ai-training", category: "posts", at: "2025-02-30" });
 * } catch (error) {
 *   if (error instanceof InputError) field = error.field;
 * }
 * field; //=> "at"
 * ```
 * @category Evaluate
 */
export class InputError extends Error {
  override readonly name = "InputError";
  /** Machine-readable reason. */
  readonly code: InputErrorCode;
  /** The offending field, as a path into the question: `user.region`, `user.optOuts[0].at`. */
  readonly field: string;
  /** The offending value. */
  readonly value: unknown;

  constructor(code: InputErrorCode, field: string, value: unknown, message: string) {
    super(`${field}: ${message}`);
    this.code = code;
    this.field = field;
    this.value = value;
  }
}
