/**
 * The bundled catalogue: real platforms' AI-data policy histories, each fact sourced.
 *
 * Importing this entry loads the policy data, never zod: the catalogue is validated when the package is
 * built and tested, not when it is imported.
 *
 * @packageDocumentation
 */
import { InputError } from "../evaluate/InputError.js";
import { editDistance, showValue } from "../util/suggest.js";
import type { Policy } from "../schema/types.js";
import adobe from "../../policies/adobe.json" with { type: "json" };
import automattic from "../../policies/automattic.json" with { type: "json" };
import github from "../../policies/github.json" with { type: "json" };
import linkedin from "../../policies/linkedin.json" with { type: "json" };
import reddit from "../../policies/reddit.json" with { type: "json" };
import slack from "../../policies/slack.json" with { type: "json" };
import zoom from "../../policies/zoom.json" with { type: "json" };

/**
 * Every policy in the catalogue, by platform id.
 *
 * @category Catalogue
 */
export const policies: Readonly<Record<string, Policy>> = Object.freeze({
  adobe: adobe as unknown as Policy,
  automattic: automattic as unknown as Policy,
  github: github as unknown as Policy,
  linkedin: linkedin as unknown as Policy,
  reddit: reddit as unknown as Policy,
  slack: slack as unknown as Policy,
  zoom: zoom as unknown as Policy,
});

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
  return Object.keys(policies).sort();
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
  const policy = typeof key === "string" && Object.hasOwn(policies, key) ? policies[key] : undefined;
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
    const policy = policies[id] as Policy;
    return { id, name: policy.name, coverage: policy.coverage, lastReviewed: policy.lastReviewed, statements: policy.statements.length };
  });
}
