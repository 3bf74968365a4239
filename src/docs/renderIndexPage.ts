import type { Policy } from "../schema/types.js";
import { coveredRegionsText } from "../util/coveredRegions.js";
import type { Block } from "./document.js";
import { htmlDocument, toHtmlBody } from "./html.js";
import { toMarkdown } from "./markdown.js";
import type { PageOptions } from "./renderPolicyPage.js";

/**
 * The file name of a policy's page: `linkedin.html` or `linkedin.md`.
 *
 * @param policy - A policy, or just its id.
 * @param format - `html` (default) or `md`.
 * @returns The file name, relative to the index page.
 * @example
 * ```ts
 * import { policyPageFile } from "ai-data-policy/docs";
 * policyPageFile({ id: "linkedin" }, "md"); //=> "linkedin.md"
 * ```
 * @category Docs
 */
export function policyPageFile(policy: Pick<Policy, "id">, format: "md" | "html" = "html"): string {
  return `${policy.id}.${format}`;
}

/**
 * Renders the index page: every policy with its coverage window, last review date, number of
 * statements and a link to its page.
 *
 * @param policies - The policies, listed in the order given.
 * @param options - The format (`html` by default, or `md`) and the link to the API reference.
 * @returns The page.
 * @example
 * ```ts
 * import { renderIndexPage } from "ai-data-policy/docs";
 * import { policies } from "ai-data-policy/catalog";
 * renderIndexPage(Object.values(policies), { format: "md" }).includes("[LinkedIn](linkedin.md)"); //=> true
 * ```
 * @category Docs
 */
export function renderIndexPage(policies: Iterable<Policy>, options: PageOptions = {}): string {
  const format = options.format ?? "html";
  const list = [...policies];
  const blocks: Block[] = [
    { kind: "heading", level: 1, text: "AI-data policies" },
    {
      kind: "paragraph",
      content: [
        "What each platform does with its users' data for AI, and since when: a page per platform with its timeline, the data used and excluded, the controls and what they will not undo, and what changed, every claim sourced.",
        ...(options.apiHref ? [" For developers: the ", { link: options.apiHref, text: "API reference" }, "."] : []),
      ],
    },
    {
      kind: "table",
      head: ["Platform", "Covers", "Last reviewed", "Statements", "Sources"],
      rows: list.map((p) => [
        [{ link: policyPageFile(p, format), text: p.name }],
        [
          `${p.coverage.from} ${p.coverage.until ? `to ${p.coverage.until}` : "onwards"}${p.coverage.regions ? ` (${coveredRegionsText(p.coverage.regions)})` : ""}`,
        ],
        [p.lastReviewed],
        [String(p.statements.length)],
        [String(p.sources.length)],
      ]),
    },
  ];
  if (format === "md") return toMarkdown(blocks);
  return htmlDocument("AI-data policies (ai-data-policy)", options.apiHref ? [{ href: options.apiHref, text: "API reference" }] : [], toHtmlBody(blocks));
}
