// The type of isPolicyShape.js, which scripts/policyShapeCheck.mjs generates.

/**
 * Whether a value parsed from JSON has the structure of a policy document, as the JSON Schema
 * (schema/policy.schema.json) describes it. It stops at the first problem and says nothing about it.
 */
declare const isPolicyShape: (data: unknown) => boolean;
export default isPolicyShape;
