import type { Citation, Policy } from "../schema/types.js";
import type { CitedSource } from "../evaluate/decision.js";

/** A policy's citations as decisions cite them: each with its source's URL, title and dates. @internal */
export function citedSources(policy: Policy, citations: readonly Citation[] | undefined): CitedSource[] {
  return (citations ?? []).flatMap((c) => {
    const s = policy.sources.find((source) => source.id === c.source);
    if (!s) return [];
    return [
      {
        id: s.id,
        url: s.url,
        title: s.title,
        publisher: s.publisher,
        kind: s.kind,
        quote: c.quote,
        ...(s.published !== undefined && { published: s.published }),
        ...(s.captured !== undefined && { captured: s.captured }),
        ...(s.accessed !== undefined && { accessed: s.accessed }),
        ...(c.locator !== undefined && { locator: c.locator }),
      },
    ];
  });
}
