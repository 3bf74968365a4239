import { describe, expect, it } from "vitest";
import type { Choice, Question } from "../../src/index.js";
import { loadPolicy } from "../support/catalogPolicy.js";
import { type Row, decisionTable, historyAsReviewed } from "../support/decisionTable.js";
const policy = loadPolicy("reddit"); // validates the file and fails with file:line:col issues if invalid

// Reddit's rules as questions and answers. Every statement, the deletion lever and both sides of every
// boundary day are asked here; the reason column says which fact decides.

const GENAI = "generative-ai-training";
const LICENSING = "content-licensing";
const INFERENCE = "ai-inference";
const DELETE = "delete-content";

interface Extra {
  readonly category?: string;
  readonly purpose?: string;
  readonly region?: string;
  readonly age?: number;
  readonly optOuts?: Choice[];
  readonly created?: string;
  /** public by default; null leaves it out of the question. */
  readonly visibility?: "public" | "non-public" | null;
  readonly recipient?: string;
}

function ask(at: string, extra: Extra = {}): Question {
  const visibility = extra.visibility === undefined ? "public" : extra.visibility;
  return {
    purpose: extra.purpose ?? GENAI,
    category: extra.category ?? "posts",
    at,
    user: {
      region: extra.region ?? "US",
      age: extra.age ?? 30,
      ...(extra.optOuts && { optOuts: extra.optOuts }),
    },
    data: {
      ...(extra.created !== undefined && { createdAt: extra.created }),
      ...(visibility !== null && { visibility }),
    },
    ...(extra.recipient !== undefined && { recipient: extra.recipient }),
  };
}

const deleted = (at: string): Choice[] => [{ control: DELETE, at }];

const table = (rows: readonly Row[]) => decisionTable(policy, rows);

describe("Reddit: licensing public content to Google and other partners", () => {
  table([
    { why: "outside the history's coverage", q: ask("2021-09-11", { recipient: "google" }), answer: "unknown", code: "outside-coverage" },
    { why: "2022: the partner licence existed, but when AI licensing began is undisclosed", q: ask("2022-06-01", { recipient: "google" }), answer: "unknown" },
    {
      why: "the day before Google's announcement: still undisclosed",
      q: ask("2024-02-21", { recipient: "google" }),
      answer: "unknown",
      code: "uncertain-date",
    },
    { why: "from Google's announcement of 22 Feb 2024: used", q: ask("2024-02-22", { recipient: "google" }), answer: "used", code: "used-by-default" },
    {
      why: "a public comment from 2019, licensed in 2025: no creation window",
      q: ask("2025-06-01", { recipient: "google", created: "2019-05-01" }),
      answer: "used",
    },
    { why: "unnamed AI licensees, as licensing itself", q: ask("2025-06-01", { purpose: LICENSING, recipient: "other-licensees" }), answer: "used" },
    { why: "the day before the 2024 User Agreement: the partner licence already allowed it", q: ask("2024-09-15"), answer: "used" },
    { why: "from 16 Sept 2024 the User Agreement names AI training", q: ask("2024-09-16"), answer: "used" },
    { why: "no regional carve-out: EU users too", q: ask("2025-06-01", { region: "DE" }), answer: "used" },
    { why: "no age carve-out: a 15-year-old's public posts too", q: ask("2025-06-01", { age: 15 }), answer: "used" },
    { why: "public profile data (username, karma) too", q: ask("2025-06-01", { category: "profile", recipient: "google" }), answer: "used" },
    {
      why: "whether the post is public decides it",
      q: ask("2025-06-01", { visibility: null, recipient: "google" }),
      answer: "unknown",
      needs: ["data.visibility"],
    },
  ]);
});

describe("Reddit: its own search summaries by LLM providers (Privacy Policy of 1 July 2026)", () => {
  table([
    {
      why: "the day before the policy: Reddit's own AI use of public content is not in the texts",
      q: ask("2026-06-30", { purpose: INFERENCE, recipient: "reddit" }),
      answer: "unknown",
      code: "policy-silent",
    },
    {
      why: "from 1 July 2026 LLM providers compile and summarize public content for Reddit's search",
      q: ask("2026-07-01", { purpose: INFERENCE, recipient: "reddit" }),
      answer: "used",
      statement: "llm-search-summaries",
    },
    { why: "the LLM providers themselves", q: ask("2026-09-01", { purpose: INFERENCE, recipient: "llm-service-providers" }), answer: "used" },
    {
      why: "not for training: the line is about search results",
      q: ask("2026-09-01", { recipient: "llm-service-providers" }),
      answer: "unknown",
      code: "policy-silent",
    },
  ]);
});

describe("Reddit: OpenAI", () => {
  table([
    { why: "before May 2024 nothing is said about OpenAI", q: ask("2024-04-30", { recipient: "openai" }), answer: "unknown", code: "policy-silent" },
    { why: "in May 2024 the day of the partnership is not verified", q: ask("2024-05-15", { recipient: "openai" }), answer: "unknown", code: "uncertain-date" },
    { why: "by 31 May 2024 the partnership was announced", q: ask("2024-05-31", { recipient: "openai" }), answer: "used" },
    {
      why: "public posts in ChatGPT's answers: not yet disclosed the day before the 2024 policy",
      q: ask("2024-08-15", { purpose: INFERENCE, recipient: "openai" }),
      answer: "unknown",
      code: "policy-silent",
    },
    {
      why: "public posts may appear in chatbot answers from 16 Aug 2024",
      q: ask("2024-08-16", { purpose: INFERENCE, recipient: "openai" }),
      answer: "used",
      code: "used",
    },
  ]);
});

describe("Reddit: deleting content, the only lever", () => {
  table([
    {
      why: "a deleted post: partners must drop it, but trained models are not redone",
      q: ask("2025-06-01", { recipient: "google", created: "2024-06-01", optOuts: deleted("2025-03-01") }),
      answer: "unknown",
      code: "removal-requested",
    },
    {
      why: "the same post in a run before it was deleted",
      q: ask("2025-02-28", { recipient: "google", created: "2024-06-01", optOuts: deleted("2025-03-01") }),
      answer: "used",
    },
    {
      why: "a deleted post and OpenAI",
      q: ask("2025-06-01", { recipient: "openai", created: "2024-06-01", optOuts: deleted("2025-03-01") }),
      answer: "unknown",
      code: "removal-requested",
    },
    { why: "a deleted post, all recipients", q: ask("2025-06-01", { created: "2024-06-01", optOuts: deleted("2025-03-01") }), answer: "unknown" },
    {
      why: "a post made after deleting another: deleting is not an opt-out, it is licensed as any",
      q: ask("2025-06-01", { recipient: "google", created: "2025-04-01", optOuts: deleted("2025-03-01") }),
      answer: "used",
    },
    {
      why: "a deletion, the post's day not given: whether it is the deleted one matters",
      q: ask("2025-06-01", { recipient: "google", optOuts: deleted("2025-03-01") }),
      answer: "unknown",
      needs: ["data.createdAt"],
    },
  ]);
});

describe("Reddit: what is never licensed", () => {
  table([
    {
      why: "private messages are not licensed to AI companies",
      q: ask("2025-06-01", { category: "private-messages", recipient: "openai", visibility: null }),
      answer: "not-used",
      code: "excluded",
    },
    {
      why: "private messages are not licensed at all",
      q: ask("2025-06-01", { purpose: LICENSING, category: "private-messages", visibility: null }),
      answer: "not-used",
    },
    { why: "modmail is not licensed", q: ask("2025-06-01", { purpose: LICENSING, category: "modmail", visibility: null }), answer: "not-used" },
    { why: "drafts are not licensed", q: ask("2025-06-01", { category: "drafts", recipient: "google", visibility: null }), answer: "not-used" },
    {
      why: "the e-mail address is not licensed",
      q: ask("2025-06-01", { purpose: LICENSING, category: "account-information", visibility: null }),
      answer: "not-used",
    },
    {
      why: "browsing history and IP address are not licensed",
      q: ask("2025-06-01", { purpose: LICENSING, category: "usage-data", visibility: null }),
      answer: "not-used",
    },
    { why: "a post that is not public is not licensed", q: ask("2025-06-01", { recipient: "google", visibility: "non-public" }), answer: "not-used" },
    {
      why: "private messages the day before the policy: not licensed (inferred)",
      q: ask("2024-05-08", { category: "private-messages", recipient: "google", visibility: null }),
      answer: "not-used",
    },
    {
      why: "private messages from the policy of 9 May 2024",
      q: ask("2024-05-09", { category: "private-messages", recipient: "google", visibility: null }),
      answer: "not-used",
    },
    {
      why: "whether Reddit itself trains on private messages is undisclosed",
      q: ask("2025-06-01", { category: "private-messages", visibility: null }),
      answer: "unknown",
    },
  ]);
});

describe("Reddit: its own models and the free-API years", () => {
  table([
    {
      why: "Reddit's own training: nothing said before the 2024 User Agreement",
      q: ask("2024-09-15", { recipient: "reddit" }),
      answer: "unknown",
      code: "policy-silent",
    },
    {
      why: "private messages, asked of every recipient: not licensed, but Reddit's own use unsaid before Sept 2024",
      q: ask("2024-08-01", { category: "private-messages", visibility: null }),
      answer: "unknown",
      code: "policy-silent",
    },
    {
      why: "private messages, licensing only: Reddit's own use is not part of the question",
      q: ask("2024-08-01", { purpose: LICENSING, category: "private-messages", visibility: null }),
      answer: "not-used",
      code: "excluded",
    },
    {
      why: "Reddit's own training from 16 Sept 2024: allowed by the licence, undisclosed",
      q: ask("2024-09-16", { recipient: "reddit" }),
      answer: "unknown",
      code: "undisclosed",
    },
    {
      why: "Reddit's own other machine learning: undisclosed",
      q: ask("2025-06-01", { purpose: "non-generative-ai-training", recipient: "reddit" }),
      answer: "unknown",
      code: "undisclosed",
    },
    {
      why: "deleting does not reach Reddit's own use",
      q: ask("2025-06-01", { recipient: "reddit", created: "2024-06-01", optOuts: deleted("2025-03-01") }),
      answer: "unknown",
      code: "undisclosed",
    },
    {
      why: "free API and crawling before 19 June 2023: undisclosed",
      q: ask("2023-06-18", { recipient: "api-users-and-crawlers" }),
      answer: "unknown",
      code: "undisclosed",
    },
    {
      why: "from the paid Data API terms the sources say nothing of third-party crawling",
      q: ask("2023-06-19", { recipient: "api-users-and-crawlers" }),
      answer: "unknown",
      code: "policy-silent",
    },
    { why: "2023: no licensing statement covers AI training yet", q: ask("2023-01-01"), answer: "unknown" },
  ]);
});

describe("Reddit: timelines", () => {
  const runs = (extra: { recipient?: string; created?: string; optOuts?: Choice[] } = {}) =>
    historyAsReviewed(policy, {
      purpose: GENAI,
      category: "posts",
      user: { region: "US", age: 30, ...(extra.optOuts && { optOuts: extra.optOuts }) },
      data: { visibility: "public", ...(extra.created !== undefined && { createdAt: extra.created }) },
      ...(extra.recipient !== undefined && { recipient: extra.recipient }),
    }).map((r) => `${r.from} ${r.until ?? "…"} ${r.answer}`);

  it("Google: undisclosed until its announcement, then used with no opt-out", () => {
    expect(runs({ recipient: "google" })).toEqual(["2021-09-12 2024-02-22 unknown", "2024-02-22 … used"]);
  });

  it("a 2023 post deleted in March 2025: not yet written, undisclosed, used, then only removal requested", () => {
    expect(runs({ recipient: "google", created: "2023-01-01", optOuts: deleted("2025-03-01") })).toEqual([
      "2021-09-12 2023-01-01 not-used",
      "2023-01-01 2024-02-22 unknown",
      "2024-02-22 2025-03-01 used",
      "2025-03-01 … unknown",
    ]);
  });
});
