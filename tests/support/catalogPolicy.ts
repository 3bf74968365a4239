import { readFileSync } from "node:fs";
import type { Policy } from "../../src/index.js";
import { formatIssues, validatePolicy } from "../../src/validate/index.js";

/**
 * Reads `policies/<id>.json` and validates it, failing with every issue (file:line:col) if it is not
 * valid. Tests of one platform's rules use it, so that they run whether or not the catalogue bundles
 * the file yet.
 */
export function loadPolicy(id: string): Policy {
  const file = `policies/${id}.json`;
  const result = validatePolicy(readFileSync(new URL(`../../${file}`, import.meta.url)), { file });
  const errors = result.issues.filter((i) => i.severity === "error");
  if (!result.valid || !result.policy) throw new Error(`${file} is not valid:\n${formatIssues(errors)}`);
  return result.policy;
}
