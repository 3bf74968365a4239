/**
 * What is wrong, as a stable machine-readable code. Structural codes are zod's; the others come from
 * reading the text and from the checks JSON Schema cannot express.
 *
 * @category Validate
 */
export type PolicyIssueCode =
  // reading the input
  | "invalid_option"
  | "empty_input"
  | "too_large"
  | "binary_input"
  | "not_utf8"
  | "byte_order_mark"
  | "invalid_json"
  | "too_deep"
  | "duplicate_key"
  | "too_many_issues"
  // structure (zod's codes, plus a clearer one for a missing property)
  | "invalid_type"
  | "missing_property"
  | "invalid_value"
  | "invalid_format"
  | "unrecognized_keys"
  | "invalid_union"
  | "too_small"
  | "too_big"
  | "not_multiple_of"
  | "custom"
  // meaning
  | "duplicate_id"
  | "unknown_reference"
  | "unknown_region"
  | "reference_cycle"
  | "invalid_interval"
  | "invalid_uncertain_day"
  | "source_without_date"
  | "platform_recipient"
  | "recipient_without_source"
  | "unknown_without_reason"
  | "reason_without_unknown"
  | "consent_on_non_use"
  | "control_does_not_cover"
  | "withdrawal_without_opt_in"
  | "contradictory_statements"
  | "platform_has_third_party_purpose"
  | "weak_source"
  | "long_quote"
  | "unused_source"
  | "outside_coverage"
  | "internal_error";

/**
 * Where an issue is in the source text. Lines and columns start at 1.
 *
 * @category Validate
 */
export interface SourceLocation {
  readonly file?: string;
  readonly line: number;
  readonly column: number;
  readonly offset: number;
  readonly length: number;
}

/**
 * One problem with a policy document: what, where (JSON path and, for text, line and column), and the
 * bad value.
 *
 * @category Validate
 */
export interface PolicyIssue {
  readonly code: PolicyIssueCode;
  /** Errors make a document invalid; warnings do not (unless the CLI runs with `--strict`). */
  readonly severity: "error" | "warning";
  /** One sentence that says what is wrong and what would be right. */
  readonly message: string;
  /** Path into the document, as zod gives it: `["statements", 3, "regions", "include", 1]`. */
  readonly path: readonly (string | number)[];
  /** The offending value, as JSON, shortened when long. */
  readonly value?: string;
  /** Where in the text, when the input was text. */
  readonly location?: SourceLocation;
}

/**
 * Writes a JSON path the way people read it: `statements[3].regions.include[1]`.
 *
 * @param path - The path's keys and indices, from the document's root.
 * @returns The path as text; `(document)` for the root.
 * @example
 * ```ts
 * import { formatPath } from "ai-data-policy/validate";
 * formatPath(["statements", 3, "from"]); //=> "statements[3].from"
 * ```
 * @category Validate
 */
export function formatPath(path: readonly (string | number)[]): string {
  let out = "";
  for (const segment of path) {
    if (typeof segment === "number") out += `[${segment}]`;
    else if (/^[A-Za-z_$][\w$-]*$/.test(segment)) out += out === "" ? segment : `.${segment}`;
    else out += `[${JSON.stringify(segment)}]`;
  }
  return out === "" ? "(document)" : out;
}
