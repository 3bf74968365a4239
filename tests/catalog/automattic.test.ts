import { describe, expect, it } from "vitest";
import type { Choice, Question } from "../../src/index.js";
import { loadPolicy } from "../support/catalogPolicy.js";
import { type Row, decisionTable, historyAsReviewed } from "../support/decisionTable.js";
const policy = loadPolicy("automattic"); // validates the file and fails with file:line:col issues if invalid

// Automattic's rules (Tumblr and WordPress.com) as questions and answers. Every statement, every control
// and its scope, and both sides of every boundary day are asked here; the reason column says which fact
// decides.

const GENAI = "generative-ai-training";
const LICENSING = "content-licensing";
const TOGGLE = "prevent-third-party-sharing";
const DISCOURAGE = "discourage-search-engines";
const PRIVATE = "site-private";

interface Extra {
  readonly category?: string;
  readonly purpose?: string;
  readonly region?: string;
  /** free by default; null leaves it out of the question. */
  readonly plan?: "free" | "paid" | "business" | "enterprise" | "education" | null;
  readonly optOuts?: Choice[];
  readonly created?: string;
  /** public by default; null leaves it out of the question. */
  readonly visibility?: "public" | "non-public" | null;
  readonly recipient?: string;
}

function ask(at: string, extra: Extra = {}): Question {
  const plan = extra.plan === undefined ? "free" : extra.plan;
  const visibility = extra.visibility === undefined ? "public" : extra.visibility;
  return {
    // Licensing: the policy speaks only of what partners receive, not of Automattic's own training.
    purpose: extra.purpose ?? LICENSING,
    category: extra.category ?? "posts",
    at,
    user: {
      region: extra.region ?? "US",
      ...(plan !== null && { plan }),
      ...(extra.optOuts && { optOuts: extra.optOuts }),
    },
    data: {
      ...(extra.created !== undefined && { createdAt: extra.created }),
      ...(visibility !== null && { visibility }),
    },
    ...(extra.recipient !== undefined && { recipient: extra.recipient }),
  };
}

const optOut = (at: string, control = TOGGLE): Choice[] => [{ control, at }];

const table = (rows: readonly Row[]) => decisionTable(policy, rows);

describe("Automattic: sharing public content with licensed partners", () => {
  table([
    { why: "before the policy of 27 Feb 2024: not covered", q: ask("2024-02-26"), answer: "unknown", code: "outside-coverage" },
    { why: "from 27 Feb 2024, on by default", q: ask("2024-02-27", { recipient: "licensed-partners" }), answer: "used", code: "used-by-default" },
    { why: "a public WordPress.com blog with default settings in June 2024", q: ask("2024-06-01"), answer: "used" },
    { why: "and for the partners' generative-AI training", q: ask("2024-06-01", { purpose: GENAI }), answer: "used" },
    { why: "no regional exemption: the EU too", q: ask("2024-06-01", { region: "DE" }), answer: "used" },
    { why: "a second blog that was not switched off stays shared (the toggle is per blog)", q: ask("2024-06-01", { created: "2024-04-01" }), answer: "used" },
    { why: "whether the content is public decides it", q: ask("2024-06-01", { visibility: null }), answer: "unknown", needs: ["data.visibility"] },
    {
      why: "content of a private site or password-protected blog is not shared",
      q: ask("2024-06-01", { visibility: "non-public" }),
      answer: "not-used",
      code: "excluded",
    },
  ]);
});

describe("Automattic: Prevent third-party sharing", () => {
  table([
    {
      why: "content posted after switching it on is not shared",
      q: ask("2024-06-01", { created: "2024-04-01", optOuts: optOut("2024-03-01"), recipient: "licensed-partners" }),
      answer: "not-used",
      code: "opted-out",
    },
    {
      why: "whether it also stops what the Terms let third parties Automattic selects receive (the Firehose) is not said",
      q: ask("2024-06-01", { created: "2024-04-01", optOuts: optOut("2024-03-01") }),
      answer: "unknown",
      code: "reach-undisclosed",
    },
    {
      why: "content shared before: partners are only asked to remove it",
      q: ask("2024-06-01", { created: "2023-05-01", optOuts: optOut("2024-03-01") }),
      answer: "unknown",
      code: "removal-requested",
    },
    { why: "a run the day before switching it on", q: ask("2024-02-29", { created: "2023-05-01", optOuts: optOut("2024-03-01") }), answer: "used" },
    {
      why: "switched on, data's age not given: it matters",
      q: ask("2024-06-01", { optOuts: optOut("2024-03-01"), recipient: "licensed-partners" }),
      answer: "unknown",
      needs: ["data.createdAt"],
    },
  ]);
});

describe("Automattic: discouraging search engines and private sites", () => {
  table([
    {
      why: "search engines discouraged since 2022: opted out automatically, for all content",
      q: ask("2024-06-01", { created: "2021-01-01", optOuts: optOut("2022-05-01", DISCOURAGE), recipient: "licensed-partners" }),
      answer: "not-used",
      code: "opted-out",
    },
    {
      why: "discouraged the day before the policy: still opted out before any sharing",
      q: ask("2024-06-01", { created: "2021-01-01", optOuts: optOut("2024-02-26", DISCOURAGE), recipient: "licensed-partners" }),
      answer: "not-used",
    },
    {
      why: "discouraged from the policy's day on: the sources say only that sites already discouraging were opted out",
      q: ask("2024-06-01", { created: "2021-01-01", optOuts: optOut("2024-02-27", DISCOURAGE), recipient: "licensed-partners" }),
      answer: "unknown",
      code: "reach-undisclosed",
    },
    {
      why: "discouraged later: whether that switches sharing off is not said, even for newer content",
      q: ask("2024-09-01", { created: "2024-07-01", optOuts: optOut("2024-06-01", DISCOURAGE), recipient: "licensed-partners" }),
      answer: "unknown",
      code: "reach-undisclosed",
    },
    {
      why: "a site made private: content created since is not shared",
      q: ask("2024-06-01", { created: "2024-05-10", optOuts: optOut("2024-05-01", PRIVATE), recipient: "licensed-partners" }),
      answer: "not-used",
      code: "opted-out",
    },
    {
      why: "a site made private: whether content shared while it was public is still used is not said",
      q: ask("2024-06-01", { created: "2023-05-01", optOuts: optOut("2024-05-01", PRIVATE), recipient: "licensed-partners" }),
      answer: "unknown",
      code: "reach-undisclosed",
    },
    {
      why: "a site made private: the same for the third parties of the Terms' licence",
      q: ask("2024-06-01", { created: "2023-05-01", optOuts: optOut("2024-05-01", PRIVATE), recipient: "syndication-partners" }),
      answer: "unknown",
      code: "reach-undisclosed",
    },
    {
      why: "a site made private, the content's age not given: it matters",
      q: ask("2024-06-01", { optOuts: optOut("2024-05-01", PRIVATE), recipient: "licensed-partners" }),
      answer: "unknown",
      needs: ["data.createdAt"],
    },
  ]);
});

describe("Automattic: excluded sites, plans and content", () => {
  table([
    {
      why: "a self-hosted WordPress site using Jetpack is not shared with the licensed partners",
      q: ask("2024-06-01", { category: "self-hosted-site-content", recipient: "licensed-partners" }),
      answer: "not-used",
      code: "excluded",
    },
    {
      why: "but Jetpack sends public content to the Firehose by default, and whether the site uses Jetpack is not an input",
      q: ask("2024-06-01", { category: "self-hosted-site-content" }),
      answer: "unknown",
      code: "undisclosed",
    },
    { why: "a WordPress VIP customer is not shared", q: ask("2024-06-01", { plan: "enterprise" }), answer: "not-used", code: "excluded" },
    { why: "whether the user is a VIP customer matters", q: ask("2024-06-01", { plan: null }), answer: "unknown", needs: ["plan"] },
    {
      why: "explicit posts: Tumblr leaves them out, WordPress.com says nothing, and which one is not an input",
      q: ask("2024-06-01", { category: "explicit-content", recipient: "licensed-partners" }),
      answer: "unknown",
      code: "undisclosed",
    },
    { why: "posts of deleted or suspended blogs are not shared", q: ask("2024-06-01", { category: "closed-blog-posts" }), answer: "not-used" },
    { why: "private posts are not shared", q: ask("2024-06-01", { category: "private-posts", visibility: null }), answer: "not-used" },
    { why: "drafts are not shared", q: ask("2024-06-01", { category: "drafts", visibility: null }), answer: "not-used" },
    { why: "messages are not shared", q: ask("2024-06-01", { category: "private-messages", visibility: null }), answer: "not-used" },
    { why: "unanswered asks are not shared", q: ask("2024-06-01", { category: "unpublished-asks", visibility: null }), answer: "not-used" },
    { why: "Post+ subscriber-only posts are not shared", q: ask("2024-06-01", { category: "subscriber-only-posts", visibility: null }), answer: "not-used" },
    {
      why: "drafts not shared, but Automattic's own generative-AI training on them is not addressed",
      q: ask("2025-08-01", { purpose: GENAI, category: "drafts", visibility: null }),
      answer: "unknown",
      code: "policy-silent",
    },
    {
      why: "asked of the partners alone, drafts are not used for generative-AI training",
      q: ask("2025-08-01", { purpose: GENAI, category: "drafts", visibility: null, recipient: "licensed-partners" }),
      answer: "not-used",
      code: "excluded",
    },
  ]);
});

describe("Automattic: the Terms' licence to make public content available to selected third parties", () => {
  table([
    {
      why: "public content, by default (the WordPress.com Firehose, Tumblr's syndication)",
      q: ask("2024-06-01", { recipient: "syndication-partners" }),
      answer: "used",
      code: "used-by-default",
    },
    {
      why: "non-public content is not publicly posted: not covered",
      q: ask("2024-06-01", { visibility: "non-public", recipient: "syndication-partners" }),
      answer: "not-used",
      code: "excluded",
    },
    {
      why: "private posts neither",
      q: ask("2024-06-01", { category: "private-posts", visibility: null, recipient: "syndication-partners" }),
      answer: "not-used",
    },
    {
      why: "a WordPress VIP customer: its contracts are its own, and nothing says they include this licence",
      q: ask("2024-06-01", { plan: "enterprise", recipient: "syndication-partners" }),
      answer: "unknown",
      code: "policy-silent",
    },
    {
      why: "not said to reach generative-AI training: asked of these third parties, the policy is silent",
      q: ask("2024-06-01", { purpose: GENAI, recipient: "syndication-partners" }),
      answer: "unknown",
      code: "policy-silent",
    },
  ]);
});

describe("Automattic: the reported deals and AI crawlers", () => {
  table([
    { why: "OpenAI: the reported deal was never confirmed", q: ask("2024-06-01", { recipient: "openai" }), answer: "unknown", code: "disputed" },
    { why: "Midjourney: the same", q: ask("2024-06-01", { recipient: "midjourney" }), answer: "unknown", code: "disputed" },
    {
      why: "an opted-out blog's new content would not reach OpenAI either way",
      q: ask("2024-06-01", { recipient: "openai", created: "2024-04-01", optOuts: optOut("2024-03-01") }),
      answer: "not-used",
    },
    {
      why: "AI crawlers of non-partners are blocked by default (low: robots.txt binds only those who honour it)",
      q: ask("2024-06-01", { purpose: GENAI, recipient: "ai-crawlers" }),
      answer: "not-used",
      code: "excluded",
    },
  ]);
});

describe("Automattic: timelines", () => {
  const runs = (extra: { created?: string; optOuts?: Choice[]; recipient?: string; purpose?: string } = {}) =>
    historyAsReviewed(policy, {
      purpose: extra.purpose ?? LICENSING,
      category: "posts",
      user: { region: "US", plan: "free", ...(extra.optOuts && { optOuts: extra.optOuts }) },
      data: { visibility: "public", ...(extra.created !== undefined && { createdAt: extra.created }) },
      ...(extra.recipient !== undefined && { recipient: extra.recipient }),
    }).map((r) => `${r.from} ${r.until ?? "…"} ${r.answer}`);

  it("a 2023 post on a blog switched off on 1 March 2024: shared, then only asked back", () => {
    expect(runs({ created: "2023-01-01", optOuts: optOut("2024-03-01") })).toEqual(["2024-02-27 2024-03-01 used", "2024-03-01 … unknown"]);
  });

  it("a site that discouraged search engines in 2022 was never shared under the policy", () => {
    expect(runs({ created: "2021-01-01", optOuts: optOut("2022-05-01", DISCOURAGE), recipient: "licensed-partners" })).toEqual(["2024-02-27 … not-used"]);
  });

  it("for generative-AI training by anyone, Automattic's own use stays unsaid", () => {
    expect(runs({ created: "2021-01-01", optOuts: optOut("2022-05-01", DISCOURAGE), purpose: GENAI })).toEqual(["2024-02-27 … unknown"]);
  });
});
