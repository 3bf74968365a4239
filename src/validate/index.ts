/**
 * Schemas and validation for policy documents. This entry point loads zod; the evaluator in the main
 * entry point does not.
 *
 * @packageDocumentation
 */
export * from "../schema/index.js";
