/**
 * The bundled catalogue: real platforms' AI-data policy histories, each fact sourced.
 *
 * Importing this entry loads the policy data, never zod: the catalogue is validated when the package is
 * built and tested, not when it is imported.
 *
 * @packageDocumentation
 */
import { InputError } from "../evaluate/InputError.js";
import type { Policy } from "../schema/types.js";
import { editDistance, showValue } from "../util/suggest.js";
import { fromBundled } from "./bundled.js";
import adobe from "../../policies/adobe.json" with { type: "json" };
import amazonAlexa from "../../policies/amazon-alexa.json" with { type: "json" };
import anthropic from "../../policies/anthropic.json" with { type: "json" };
import automattic from "../../policies/automattic.json" with { type: "json" };
import bluesky from "../../policies/bluesky.json" with { type: "json" };
import cursor from "../../policies/cursor.json" with { type: "json" };
import deepseek from "../../policies/deepseek.json" with { type: "json" };
import deviantart from "../../policies/deviantart.json" with { type: "json" };
import discord from "../../policies/discord.json" with { type: "json" };
import github from "../../policies/github.json" with { type: "json" };
import google from "../../policies/google.json" with { type: "json" };
import grammarly from "../../policies/grammarly.json" with { type: "json" };
import grok from "../../policies/grok.json" with { type: "json" };
import linkedin from "../../policies/linkedin.json" with { type: "json" };
import medium from "../../policies/medium.json" with { type: "json" };
import meta from "../../policies/meta.json" with { type: "json" };
import microsoftCopilot from "../../policies/microsoft-copilot.json" with { type: "json" };
import midjourney from "../../policies/midjourney.json" with { type: "json" };
import mistral from "../../policies/mistral.json" with { type: "json" };
import openai from "../../policies/openai.json" with { type: "json" };
import perplexity from "../../policies/perplexity.json" with { type: "json" };
import pinterest from "../../policies/pinterest.json" with { type: "json" };
import quora from "../../policies/quora.json" with { type: "json" };
import reddit from "../../policies/reddit.json" with { type: "json" };
import slack from "../../policies/slack.json" with { type: "json" };
import snapchat from "../../policies/snapchat.json" with { type: "json" };
import soundcloud from "../../policies/soundcloud.json" with { type: "json" };
import spotify from "../../policies/spotify.json" with { type: "json" };
import stackoverflow from "../../policies/stackoverflow.json" with { type: "json" };
import tiktok from "../../policies/tiktok.json" with { type: "json" };
import wetransfer from "../../policies/wetransfer.json" with { type: "json" };
import x from "../../policies/x.json" with { type: "json" };
import youtube from "../../policies/youtube.json" with { type: "json" };
import zoom from "../../policies/zoom.json" with { type: "json" };

// Each policy as the build ships it: its JSON text (see tsup.config.ts), which the engine parses much
// faster than the same data written as a JavaScript object, and only when the platform is asked for.
// Each platform is also an entry of its own (./platforms/), for programs that need only that one.
const sources: Readonly<Record<string, unknown>> = {
  adobe,
  "amazon-alexa": amazonAlexa,
  anthropic,
  automattic,
  bluesky,
  cursor,
  deepseek,
  deviantart,
  discord,
  github,
  google,
  grammarly,
  grok,
  linkedin,
  medium,
  meta,
  "microsoft-copilot": microsoftCopilot,
  midjourney,
  mistral,
  openai,
  perplexity,
  pinterest,
  quora,
  reddit,
  slack,
  snapchat,
  soundcloud,
  spotify,
  stackoverflow,
  tiktok,
  wetransfer,
  x,
  youtube,
  zoom,
};
const parsed = new Map<string, Policy>();

function load(id: string): Policy {
  let policy = parsed.get(id);
  if (policy === undefined) {
    policy = fromBundled(sources[id]);
    parsed.set(id, policy);
  }
  return policy;
}

/**
 * Every policy in the catalogue, by platform id.
 *
 * @remarks Each policy is read on first access, so that importing the catalogue costs almost nothing.
 * @category Catalogue
 */
export const policies: Readonly<Record<string, Policy>> = Object.freeze(
  Object.defineProperties({}, Object.fromEntries(Object.keys(sources).map((id) => [id, { enumerable: true, get: () => load(id) }]))) as Record<string, Policy>,
);

/**
 * A line of the catalogue's table of contents.
 *
 * @category Catalogue
 */
export interface PolicySummary {
  readonly id: string;
  readonly name: string;
  readonly coverage: Policy["coverage"];
  readonly lastReviewed: string;
  readonly statements: number;
}

/**
 * The platform ids in the catalogue, sorted.
 *
 * @returns The ids, such as `linkedin`, in alphabetical order.
 * @example
 * ```ts
 * import { platformIds } from "ai-data-policy/catalog";
 * platformIds().includes("linkedin"); //=> true
 * ```
 * @category Catalogue
 */
export function platformIds(): string[] {
  return Object.keys(sources).sort();
}

/**
 * Returns a platform's policy history.
 *
 * @param id - A platform id such as `linkedin` (case-insensitive).
 * @returns The policy, ready for `evaluate` and `timeline`.
 * @throws `InputError` (from `ai-data-policy`) If the catalogue has no such platform (the message suggests the closest id).
 * @example
 * ```ts
 * import { getPolicy } from "ai-data-policy/catalog";
 * getPolicy("linkedin").name; //=> "LinkedIn"
 * ```
 * @category Catalogue
 */
export function getPolicy(id: string): Policy {
  const key = typeof id === "string" ? id.toLowerCase() : id;
  const policy = typeof key === "string" && Object.hasOwn(sources, key) ? load(key) : undefined;
  if (policy) return policy;
  const ids = platformIds();
  const close = typeof id === "string" ? ids.find((candidate) => editDistance(candidate, id.toLowerCase()) <= 2) : undefined;
  throw new InputError(
    "unknown-platform",
    "platform",
    id,
    `${showValue(id)} is not in the catalogue${close ? `; did you mean "${close}"?` : ""} (platforms: ${ids.join(", ")})`,
  );
}

/**
 * The catalogue's table of contents: each platform with its coverage and last review.
 *
 * @returns One summary per platform, sorted by id.
 * @example
 * ```ts
 * import { listPolicies } from "ai-data-policy/catalog";
 * listPolicies()[0]?.id; //=> "adobe" (sorted by id)
 * ```
 * @category Catalogue
 */
export function listPolicies(): PolicySummary[] {
  return platformIds().map((id) => {
    const policy = load(id);
    return { id, name: policy.name, coverage: policy.coverage, lastReviewed: policy.lastReviewed, statements: policy.statements.length };
  });
}
