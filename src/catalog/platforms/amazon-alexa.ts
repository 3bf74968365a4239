/**
 * Amazon Alexa's policy history alone. A program that needs only this platform imports this entry
 * rather than `ai-data-policy/catalog`: its bundle then holds this one policy instead of the whole
 * catalogue, and importing it reads only this policy's text.
 *
 * @example
 * ```ts
 * import amazonAlexa from "ai-data-policy/catalog/amazon-alexa";
 * amazonAlexa.id; //=> "amazon-alexa"
 * ```
 * @packageDocumentation
 */
import data from "../../../policies/amazon-alexa.json" with { type: "json" };
import type { Policy } from "../../schema/types.js";
import { fromBundled } from "../bundled.js";

/** Amazon Alexa's policy history, the same data as `getPolicy("amazon-alexa")` from `ai-data-policy/catalog`. */
export const policy: Policy = fromBundled(data);
export default policy;
