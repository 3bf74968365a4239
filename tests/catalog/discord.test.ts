import { describe } from "vitest";
import type { Question, Visibility } from "../../src/index.js";
import { loadPolicy } from "../support/catalogPolicy.js";
import { type Row, decisionTable } from "../support/decisionTable.js";
const policy = loadPolicy("discord"); // validates the file and fails with file:line:col issues if invalid

// Discord's rules as questions and answers: safety models (which classify) are built from reported
// content, content that breaks its terms and public content (profiles too from 27 March 2023); what
// the privacy settings reach over that is not known; calls are generally not stored; generative
// training is not addressed; no sale of personal information. Minimum age 13.

function ask(at: string, purpose: string, category: string, visibility?: Visibility): Question {
  return {
    purpose,
    category,
    at,
    user: { region: "US", age: 30 },
    ...(visibility !== undefined && { data: { visibility } }),
  };
}

const table = (rows: readonly Row[]) => decisionTable(policy, rows);

describe("Discord", () => {
  table([
    { why: "public posts train its safety models", q: ask("2024-06-01", "non-generative-ai-training", "posts", "public"), answer: "used", confidence: "high" },
    {
      why: "non-public posts: used only if reported or in breach, which the question cannot say",
      q: ask("2024-06-01", "non-generative-ai-training", "posts", "non-public"),
      answer: "unknown",
      statement: "safety-models-if-reported-non-public",
    },
    {
      why: "direct messages, the same",
      q: ask("2024-06-01", "non-generative-ai-training", "private-messages"),
      answer: "unknown",
      statement: "safety-models-if-reported-messages",
    },
    {
      why: "catch-up summaries on public posts from April 2024",
      q: ask("2024-06-01", "ai-inference", "posts", "public"),
      answer: "used",
      confidence: "medium",
    },
    {
      why: "posts without their visibility: the answer turns on it",
      q: ask("2024-06-01", "non-generative-ai-training", "posts"),
      answer: "unknown",
      needs: ["data.visibility"],
    },
    { why: "reported content, with no opt-out", q: ask("2024-06-01", "non-generative-ai-training", "reported-content"), answer: "used", confidence: "high" },
    { why: "public profiles from 27 March 2023", q: ask("2023-06-01", "non-generative-ai-training", "profile", "public"), answer: "used", confidence: "high" },
    { why: "public profiles before it: not said", q: ask("2023-01-01", "non-generative-ai-training", "profile", "public"), answer: "unknown" },
    {
      why: "voice and video calls: generally not stored",
      q: ask("2024-06-01", "generative-ai-training", "voice-and-video"),
      answer: "not-used",
      confidence: "medium",
    },
    {
      why: "voice and video calls end-to-end encrypted from 29 September 2025",
      q: ask("2025-12-01", "generative-ai-training", "voice-and-video"),
      answer: "not-used",
      confidence: "high",
    },
    { why: "generative training on messages: not addressed", q: ask("2024-06-01", "generative-ai-training", "private-messages"), answer: "unknown" },
  ]);
});
