import { describe } from "vitest";
import type { Question } from "../../src/index.js";
import { loadPolicy } from "../support/catalogPolicy.js";
import { type Row, decisionTable } from "../support/decisionTable.js";
const policy = loadPolicy("medium"); // validates the file and fails with file:line:col issues if invalid

// Medium's rules as questions and answers: from 28 September 2023 it says "no" by default to AI
// training on its writers' stories and blocks OpenAI's crawler (a request crawlers may ignore, so AI
// companies' training is unknown); no licensing of stories to AI companies is known (medium to 2024,
// low after). Its own AI use of stories is not addressed.

function ask(at: string, purpose: string, recipient?: string): Question {
  return { purpose, category: "stories", at, user: { region: "US", age: 30 }, ...(recipient !== undefined && { recipient }) };
}

const table = (rows: readonly Row[]) => decisionTable(policy, rows);

describe("Medium", () => {
  table([
    { why: "AI crawlers: blocked by a request they may ignore", q: ask("2024-06-01", "generative-ai-training", "ai-crawlers"), answer: "unknown" },
    {
      why: "no licensing to AI companies known (2024)",
      q: ask("2024-06-01", "content-licensing", "ai-companies-licensing"),
      answer: "not-used",
      confidence: "medium",
    },
    {
      why: "no licensing known since 2025 (low: the current terms not read)",
      q: ask("2025-06-01", "content-licensing", "ai-companies-licensing"),
      answer: "not-used",
      confidence: "low",
    },
    {
      why: "AI crawlers after the writers' setting of March 2026: still a request",
      q: ask("2026-06-01", "generative-ai-training", "ai-crawlers"),
      answer: "unknown",
      confidence: "high",
    },
    { why: "Medium's own AI use: not addressed", q: ask("2024-06-01", "generative-ai-training", "medium"), answer: "unknown" },
    { why: "before its statement of 28 September 2023: outside the coverage", q: ask("2023-06-01", "generative-ai-training"), answer: "unknown" },
  ]);
});
