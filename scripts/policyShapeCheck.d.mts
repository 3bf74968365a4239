// Types of scripts/policyShapeCheck.mjs, for the test that holds the generated check to the schema.
export declare const OUTPUT: string;
export declare const TYPES: string;
export declare function policyShapeCheckCode(schema: Record<string, unknown>): string;
export declare function policyShapeCheckTypes(schema: Record<string, unknown>): string;
