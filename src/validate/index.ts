/**
 * Schemas and validation for policy documents: the zod schemas, `validatePolicy` with located issues,
 * `parsePolicy` and `safeParsePolicy`, and the JSON Schema. This entry point loads zod; the evaluator in
 * the main entry point does not.
 *
 * @packageDocumentation
 */
export * from "../schema/index.js";
export { formatIssues } from "./formatIssues.js";
export { parsePolicy, safeParsePolicy, type SafeParsePolicyResult } from "./parsePolicy.js";
export { formatPath, type PolicyIssue, type PolicyIssueCode, type SourceLocation } from "./PolicyIssue.js";
export { PolicyValidationError } from "./PolicyValidationError.js";
export { POLICY_SCHEMA_ID, toPolicyJsonSchema } from "./toPolicyJsonSchema.js";
export { type ValidateOptions, type ValidationResult, validatePolicy } from "./validatePolicy.js";
