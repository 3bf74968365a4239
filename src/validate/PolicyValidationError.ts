import type { PolicyIssue } from "./PolicyIssue.js";
import { formatPath } from "./PolicyIssue.js";

/**
 * Thrown by {@link parsePolicy} when a document is not a valid policy. `issues` holds every problem.
 *
 * @example
 * ```ts
 * import { PolicyValidationError, parsePolicy } from "ai-data-policy/validate";
 * let codes: string[] = [];
 * try {
 *   parsePolicy('{"formatVersion": 2}');
 * } catch (error) {
 *   if (error instanceof PolicyValidationError) codes = error.issues.map((issue) => issue.code);
 * }
 * codes.length > 0; //=> true
 * ```
 * @category Validate
 */
export class PolicyValidationError extends Error {
  override readonly name = "PolicyValidationError";
  readonly issues: readonly [PolicyIssue, ...PolicyIssue[]];

  constructor(issues: readonly [PolicyIssue, ...PolicyIssue[]]) {
    const first = issues[0];
    const where = first.location ? `${first.location.file ? `${first.location.file}:` : ""}${first.location.line}:${first.location.column} ` : "";
    const more = issues.length > 1 ? ` (and ${issues.length - 1} more)` : "";
    super(`${where}${first.message} at ${formatPath(first.path)}${more}`);
    this.issues = issues;
  }
}
