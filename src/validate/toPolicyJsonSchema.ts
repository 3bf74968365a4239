import * as z from "zod";
import { PolicySchema } from "../schema/policy.js";

/**
 * The stable identifier of the policy format's JSON Schema.
 *
 * @category Validate
 */
export const POLICY_SCHEMA_ID = "https://unpkg.com/ai-data-policy/schema/policy.schema.json";

/**
 * The JSON Schema (draft 2020-12) of the policy format, generated from the zod schemas. The package
 * ships it as `ai-data-policy/schema.json`; `schema/policy.schema.json` in the repository is this,
 * and a test fails if they drift apart.
 *
 * @remarks It checks structure only. Identifiers, references, intervals, sources and contradictions
 * are checked by {@link validatePolicy}.
 * @returns The schema as a plain object.
 * @example
 * ```ts
 * import { toPolicyJsonSchema } from "ai-data-policy/validate";
 * toPolicyJsonSchema().$id; //=> "https://unpkg.com/ai-data-policy/schema/policy.schema.json"
 * ```
 * @category Validate
 */
export function toPolicyJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(PolicySchema, { target: "draft-2020-12", io: "input", unrepresentable: "throw" }) as Record<string, unknown>;
  const { $schema, ...rest } = schema;
  return {
    $schema,
    $id: POLICY_SCHEMA_ID,
    title: "AI-data policy history",
    ...rest,
  };
}
