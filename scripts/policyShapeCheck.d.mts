// Types of scripts/policyShapeCheck.mjs, for the test that holds the generated check to the schema.
export declare const OUTPUT: string;
export declare const TYPES: string;
export declare function policyShapeCheckCode(schema: Record<string, unknown>): string;
export declare function policyShapeCheckTypes(schema: Record<string, unknown>): string;
/** The pattern of ids, which the generated check matches with a loop. */
export declare const KEBAB_CASE: string;
/** Whether a string matching the regular expression `source` may contain a colon (false only when it cannot). */
export declare function mayMatchColon(source: string): boolean;
