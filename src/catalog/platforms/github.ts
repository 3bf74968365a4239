/**
 * GitHub's policy history alone. A program that needs only this platform imports this entry
 * rather than `ai-data-policy/catalog`: its bundle then holds this one policy instead of the whole
 * catalogue, and importing it reads only this policy's text.
 *
 * @example
 * ```ts
 * import github from "ai-data-policy/catalog/github";
 * github.id; //=> "github"
 * ```
 * @packageDocumentation
 */
import data from "../../../policies/github.json" with { type: "json" };
import type { Policy } from "../../schema/types.js";
import { fromBundled } from "../bundled.js";

/** GitHub's policy history, the same data as `getPolicy("github")` from `ai-data-policy/catalog`. */
export const policy: Policy = fromBundled(data);
export default policy;
