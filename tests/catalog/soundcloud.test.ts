import { describe } from "vitest";
import type { Question } from "../../src/index.js";
import { loadPolicy } from "../support/catalogPolicy.js";
import { type Row, decisionTable } from "../support/decisionTable.js";
const policy = loadPolicy("soundcloud"); // validates the file and fails with file:line:col issues if invalid

// SoundCloud's rules as questions and answers: the terms of February 2024 let it use content for AI;
// in May 2025 it said it had never trained AI on artists' content and lets no third party do so, and
// its terms of 21 May 2025 rule out training models that replicate a member's voice, music or likeness
// without an opt-in (which does not exist). Its non-generative training stays ambiguous; what outside
// scrapers do is not known.

function ask(at: string, extra: { purpose?: string; recipient?: string; age?: number; region?: string } = {}): Question {
  return {
    purpose: extra.purpose ?? "generative-ai-training",
    category: "posts",
    at,
    user: { region: extra.region ?? "US", age: extra.age ?? 30 },
    ...(extra.recipient !== undefined && { recipient: extra.recipient }),
  };
}

const table = (rows: readonly Row[]) => decisionTable(policy, rows);

describe("SoundCloud", () => {
  table([
    { why: "before the terms of February 2024: outside the coverage", q: ask("2024-01-15"), answer: "unknown" },
    {
      why: "on a day the terms' change may or may not have reached: it says it never trained, either way",
      q: ask("2024-02-09", { recipient: "soundcloud" }),
      answer: "not-used",
      confidence: "medium",
    },
    {
      why: "non-generative training on such a day: unknown either way",
      q: ask("2024-02-09", { purpose: "non-generative-ai-training", recipient: "soundcloud" }),
      answer: "unknown",
    },
    {
      why: "its own generative training in 2024: it says it never did it",
      q: ask("2024-06-01", { recipient: "soundcloud" }),
      answer: "not-used",
      confidence: "medium",
    },
    { why: "its own generative training after the CEO's letter", q: ask("2025-06-01", { recipient: "soundcloud" }), answer: "not-used", confidence: "medium" },
    {
      why: "models that replicate a voice or likeness, from the terms of 21 May 2025",
      q: ask("2025-06-01", { purpose: "likeness-replication-training", recipient: "soundcloud" }),
      answer: "not-used",
      confidence: "high",
    },
    {
      why: "non-generative training (recommendations, fraud): ambiguous",
      q: ask("2025-06-01", { purpose: "non-generative-ai-training", recipient: "soundcloud" }),
      answer: "unknown",
    },
    { why: "AI features on content (recommendations, tagging)", q: ask("2025-06-01", { purpose: "ai-inference" }), answer: "used", confidence: "medium" },
    {
      why: "third-party AI developers after May 2025: not allowed",
      q: ask("2025-06-01", { recipient: "third-party-ai-developers" }),
      answer: "not-used",
      confidence: "medium",
    },
    { why: "third-party AI developers in 2024: the policy is silent", q: ask("2024-06-01", { recipient: "third-party-ai-developers" }), answer: "unknown" },
    { why: "scrapers of public tracks: not known", q: ask("2025-06-01", { recipient: "scrapers" }), answer: "unknown" },
    { why: "anyone: unknown, because scrapers of public tracks are not known", q: ask("2025-06-01"), answer: "unknown", needs: ["data.visibility"] },
    {
      why: "a 14-year-old in Germany, below the EU's minimum age of 16: SoundCloud says it trains on no one's content",
      q: ask("2025-06-01", { region: "DE", age: 14, recipient: "soundcloud" }),
      answer: "not-used",
    },
    {
      why: "the same for non-generative training: below the minimum age, and ambiguous anyway",
      q: ask("2025-06-01", { purpose: "non-generative-ai-training", region: "DE", age: 14, recipient: "soundcloud" }),
      answer: "unknown",
    },
  ]);
});
