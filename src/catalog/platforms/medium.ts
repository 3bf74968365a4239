/**
 * Medium's policy history alone. A program that needs only this platform imports this entry
 * rather than `ai-data-policy/catalog`: its bundle then holds this one policy instead of the whole
 * catalogue, and importing it reads only this policy's text.
 *
 * @example
 * ```ts
 * import medium from "ai-data-policy/catalog/medium";
 * medium.id; //=> "medium"
 * ```
 * @packageDocumentation
 */
import data from "../../../policies/medium.json" with { type: "json" };
import type { Policy } from "../../schema/types.js";
import { fromBundled } from "../bundled.js";

/** Medium's policy history, the same data as `getPolicy("medium")` from `ai-data-policy/catalog`. */
export const policy: Policy = fromBundled(data);
export default policy;
