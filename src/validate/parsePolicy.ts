import type { Policy } from "../schema/types.js";
import type { PolicyIssue } from "./PolicyIssue.js";
import { PolicyValidationError } from "./PolicyValidationError.js";
import { type ValidateOptions, validatePolicy } from "./validatePolicy.js";

/**
 * The outcome of {@link safeParsePolicy}, in zod's `safeParse` shape.
 *
 * @category Validate
 */
export type SafeParsePolicyResult =
  | { readonly success: true; readonly data: Policy; readonly issues: readonly PolicyIssue[] }
  | { readonly success: false; readonly data?: undefined; readonly issues: readonly [PolicyIssue, ...PolicyIssue[]] };

/**
 * Validates a policy document and returns the policy, or every issue, without throwing.
 *
 * @param input - JSON text, UTF-8 bytes, or a parsed value.
 * @param options - The file name for locations, and size limits.
 * @returns `{ success: true, data, issues }` (issues are warnings) or `{ success: false, issues }`.
 * @example
 * ```ts
 * import { safeParsePolicy } from "ai-data-policy/validate";
 * const result = safeParsePolicy("{}");
 * result.success; //=> false
 * result.issues.length > 0; //=> true
 * ```
 * @category Validate
 */
export function safeParsePolicy(input: unknown, options?: ValidateOptions): SafeParsePolicyResult {
  const { valid, policy, issues } = validatePolicy(input, options);
  if (valid && policy) return { success: true, data: policy, issues };
  return { success: false, issues: issues.filter((i) => i.severity === "error") as unknown as [PolicyIssue, ...PolicyIssue[]] };
}

/**
 * Validates a policy document and returns the policy, or throws.
 *
 * @param input - JSON text, UTF-8 bytes, or a parsed value.
 * @param options - The file name for locations, and size limits.
 * @returns The policy, ready for `evaluate`.
 * @throws {@link PolicyValidationError} With every error in `issues`.
 * @example
 * ```ts
 * import { parsePolicy } from "ai-data-policy/validate";
 * import { readFileSync } from "node:fs";
 * const policy = parsePolicy(readFileSync("policies/linkedin.json", "utf8"), { file: "linkedin.json" });
 * policy.id; //=> "linkedin"
 * ```
 * @category Validate
 */
export function parsePolicy(input: unknown, options?: ValidateOptions): Policy {
  const result = safeParsePolicy(input, options);
  if (result.success) return result.data;
  throw new PolicyValidationError(result.issues);
}
