/**
 * The policy history of Grok (xAI) alone. A program that needs only this platform imports this entry
 * rather than `ai-data-policy/catalog`: its bundle then holds this one policy instead of the whole
 * catalogue, and importing it reads only this policy's text.
 *
 * @example
 * ```ts
 * import grok from "ai-data-policy/catalog/grok";
 * grok.id; //=> "grok"
 * ```
 * @packageDocumentation
 */
import data from "../../../policies/grok.json" with { type: "json" };
import type { Policy } from "../../schema/types.js";
import { fromBundled } from "../bundled.js";

/** The policy history of Grok (xAI), the same data as `getPolicy("grok")` from `ai-data-policy/catalog`. */
export const policy: Policy = fromBundled(data);
export default policy;
