import { type PolicyIssue, formatPath } from "./PolicyIssue.js";

/**
 * Formats issues as compiler-style lines that editors and terminals link:
 * `file:line:col error message [code] at path`.
 *
 * @param issues - Issues from {@link validatePolicy}.
 * @param file - The name to use for issues without a location's file.
 * @returns One line per issue, each ending in a newline.
 * @example
 * ```ts
 * import { formatIssues } from "ai-data-policy/validate";
 * formatIssues([{ code: "invalid_format", severity: "error", message: '"2025-02-30" must be a real calendar day written YYYY-MM-DD',
 *   path: ["statements", 0, "from"], location: { file: "x.json", line: 9, column: 15, offset: 0, length: 12 } }]);
 * //=> "x.json:9:15 error \"2025-02-30\" must be a real calendar day written YYYY-MM-DD [invalid_format] at statements[0].from\n"
 * ```
 * @category Validate
 */
export function formatIssues(issues: readonly PolicyIssue[], file?: string): string {
  return issues
    .map((issue) => {
      const name = issue.location?.file ?? file ?? "<input>";
      const where = issue.location ? `${name}:${issue.location.line}:${issue.location.column}` : name;
      return `${where} ${issue.severity} ${issue.message} [${issue.code}] at ${formatPath(issue.path)}\n`;
    })
    .join("");
}
