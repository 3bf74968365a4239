/**
 * Discord's policy history alone. A program that needs only this platform imports this entry
 * rather than `ai-data-policy/catalog`: its bundle then holds this one policy instead of the whole
 * catalogue, and importing it reads only this policy's text.
 *
 * @example
 * ```ts
 * import discord from "ai-data-policy/catalog/discord";
 * discord.id; //=> "discord"
 * ```
 * @packageDocumentation
 */
import data from "../../../policies/discord.json" with { type: "json" };
import type { Policy } from "../../schema/types.js";
import { fromBundled } from "../bundled.js";

/** Discord's policy history, the same data as `getPolicy("discord")` from `ai-data-policy/catalog`. */
export const policy: Policy = fromBundled(data);
export default policy;
