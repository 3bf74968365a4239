import { describe } from "vitest";
import type { Question } from "../../src/index.js";
import { loadPolicy } from "../support/catalogPolicy.js";
import { type Row, decisionTable } from "../support/decisionTable.js";
const policy = loadPolicy("wetransfer"); // validates the file and fails with file:line:col issues if invalid

// WeTransfer's rules as questions and answers: terms published in June or July 2025 (for 8 August)
// licensed content to improve machine-learning models for moderation; after the backlash of 14-15
// July 2025 it said it uses no AI on content, and its terms revised that day drop machine learning;
// its terms page says content is not used to train AI. Minimum age 16.

function ask(at: string, extra: { purpose?: string; category?: string; age?: number } = {}): Question {
  return {
    purpose: extra.purpose ?? "generative-ai-training",
    category: extra.category ?? "private-messages",
    at,
    user: { region: "NL", age: extra.age ?? 30 },
  };
}

const table = (rows: readonly Row[]) => decisionTable(policy, rows);

describe("WeTransfer", () => {
  table([
    { why: "before the new terms were published: outside the coverage", q: ask("2025-06-01"), answer: "unknown" },
    { why: "while the machine-learning clause was published: WeTransfer says it used no AI", q: ask("2025-07-01"), answer: "not-used", confidence: "medium" },
    { why: "after the revision of 15 July 2025: not used to train AI", q: ask("2025-08-20"), answer: "not-used", confidence: "high" },
    { why: "shared files as published content, the same", q: ask("2025-08-20", { category: "posts" }), answer: "not-used", confidence: "high" },
    { why: "non-generative training, the same", q: ask("2026-03-01", { purpose: "non-generative-ai-training" }), answer: "not-used", confidence: "high" },
    {
      why: "AI processing of content: only the spokesperson's word",
      q: ask("2025-08-20", { purpose: "ai-inference" }),
      answer: "not-used",
      confidence: "medium",
    },
    { why: "usage data: the policy is silent", q: ask("2025-08-20", { category: "usage-data" }), answer: "unknown" },
    { why: "a 15-year-old, below the minimum age: no one's content is used", q: ask("2025-08-20", { age: 15 }), answer: "not-used" },
    {
      why: "a 15-year-old's usage data: below the minimum age, and silent anyway",
      q: ask("2025-08-20", { age: 15, category: "usage-data" }),
      answer: "unknown",
    },
  ]);
});
