import { describe, expect, it } from "vitest";
import type { Question } from "../../src/index.js";
import { loadPolicy } from "../support/catalogPolicy.js";
import { type Row, decisionTable } from "../support/decisionTable.js";
const policy = loadPolicy("bluesky"); // validates the file and fails with file:line:col issues if invalid

// Bluesky's rules as questions and answers: no generative-AI training on users' content, as Bluesky
// said on 15 November 2024 (not in its terms); AI that is not generative used on posts for moderation
// and the Discover feed; no sale of content without permission from the terms of 14 August 2025;
// minimum age 13.

function ask(at: string, extra: { purpose?: string; category?: string; age?: number; recipient?: string } = {}): Question {
  return {
    purpose: extra.purpose ?? "generative-ai-training",
    category: extra.category ?? "posts",
    at,
    user: { region: "US", ...(extra.age !== undefined && { age: extra.age }) },
    ...(extra.recipient !== undefined && { recipient: extra.recipient }),
  };
}

const table = (rows: readonly Row[]) => decisionTable(policy, rows);

describe("Bluesky", () => {
  table([
    { why: "before the terms of 5 February 2024: outside the coverage", q: ask("2024-01-15"), answer: "unknown" },
    { why: "before the statement of 15 November 2024: nothing said", q: ask("2024-11-14"), answer: "unknown" },
    {
      why: "from 15 November 2024: Bluesky does not train generative AI on it",
      q: ask("2024-11-15", { recipient: "bluesky" }),
      answer: "not-used",
      confidence: "medium",
    },
    { why: "asked of anyone: public posts can be collected by others", q: ask("2024-11-15"), answer: "unknown", needs: ["data.visibility"] },
    { why: "others who collect public posts: not Bluesky's to say", q: ask("2025-06-01", { recipient: "others-collecting" }), answer: "unknown" },
    { why: 'direct messages too ("any of your content")', q: ask("2025-06-01", { category: "private-messages" }), answer: "not-used" },
    { why: "asked of Bluesky as recipient", q: ask("2025-06-01", { recipient: "bluesky" }), answer: "not-used" },
    { why: "other machine-learning training: not said", q: ask("2025-06-01", { purpose: "non-generative-ai-training" }), answer: "unknown" },
    { why: "moderation and the Discover feed use AI on posts", q: ask("2025-06-01", { purpose: "ai-inference" }), answer: "used", confidence: "medium" },
    { why: "selling content: not before the terms of 14 August 2025 said", q: ask("2025-08-13", { purpose: "content-licensing" }), answer: "unknown" },
    { why: "selling content: between the terms' days for new and existing users", q: ask("2025-08-20", { purpose: "content-licensing" }), answer: "unknown" },
    {
      why: "selling content: never without permission, from 15 September 2025 for everyone",
      q: ask("2025-09-15", { purpose: "content-licensing" }),
      answer: "not-used",
    },
    {
      why: "a 12-year-old: below the minimum age, but Bluesky uses no one's content",
      q: ask("2025-06-01", { age: 12, recipient: "bluesky" }),
      answer: "not-used",
    },
    { why: "a 12-year-old's posts for AI features: below the minimum age", q: ask("2025-06-01", { age: 12, purpose: "ai-inference" }), answer: "unknown" },
  ]);

  it("has no control to list: nothing to opt out of", () => {
    expect(policy.controls ?? []).toEqual([]);
  });
});
