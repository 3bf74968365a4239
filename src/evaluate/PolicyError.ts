/**
 * Thrown when a policy handed to the evaluator refers to something it does not define (a control, a
 * region group, a source). Policies from the catalogue never do; validate your own with
 * `validatePolicy` from `ai-data-policy/validate` to get every problem with its location at once.
 *
 * @example
 * ```ts
 * import { PolicyError, compilePolicy } from "ai-data-policy";
 * import { getPolicy } from "ai-data-policy/catalog";
 * const linkedin = getPolicy("linkedin");
 * const broken = { ...linkedin, controls: [] };
 * let path = "";
 * try {
 *   compilePolicy(broken);
 * } catch (error) {
 *   if (error instanceof PolicyError) path = error.path;
 * }
 * path.startsWith("statements["); //=> true
 * ```
 * @category Evaluate
 */
export class PolicyError extends Error {
  override readonly name = "PolicyError";
  /** Where in the policy, as a JSON path: `statements[3].consent.controls[0].control`. */
  readonly path: string;

  constructor(path: string, message: string) {
    super(`${path}: ${message}`);
    this.path = path;
  }
}
