import { describe } from "vitest";
import type { Plan, Question } from "../../src/index.js";
import { loadPolicy } from "../support/catalogPolicy.js";
import { type Row, decisionTable } from "../support/decisionTable.js";
const policy = loadPolicy("spotify"); // validates the file and fails with file:line:col issues if invalid

// Spotify's rules (its US privacy policy, the only one recorded) as questions and answers: recommendation
// algorithms from 2023, machine-learning training from 12 May 2025 with no control, whether generative
// models are trained not said; AI DJ and AI Playlist for Premium; others barred from training on its
// content; no audio content to OpenAI. Other regions are not covered.

function ask(at: string, purpose: string, category: string, extra: { region?: string; plan?: Plan; recipient?: string } = {}): Question {
  return {
    purpose,
    category,
    at,
    user: { region: extra.region ?? "US", age: 30, ...(extra.plan !== undefined && { plan: extra.plan }) },
    ...(extra.recipient !== undefined && { recipient: extra.recipient }),
  };
}

const table = (rows: readonly Row[]) => decisionTable(policy, rows);

describe("Spotify", () => {
  table([
    { why: "recommendation algorithms in 2024", q: ask("2024-06-01", "non-generative-ai-training", "usage-data"), answer: "used", confidence: "medium" },
    { why: "machine-learning training from 12 May 2025", q: ask("2025-06-01", "non-generative-ai-training", "usage-data"), answer: "used", confidence: "high" },
    { why: "voice data between mid-2023 and May 2025: not named", q: ask("2024-01-01", "non-generative-ai-training", "voice-data"), answer: "unknown" },
    { why: "voice data from May 2025", q: ask("2025-06-01", "non-generative-ai-training", "voice-data"), answer: "used", confidence: "high" },
    { why: "generative training: not said", q: ask("2025-06-01", "generative-ai-training", "usage-data", { recipient: "spotify" }), answer: "unknown" },
    { why: "recommendations and AI DJ for Premium", q: ask("2025-06-01", "ai-inference", "usage-data", { plan: "paid" }), answer: "used", confidence: "high" },
    { why: "recommendations for a free user", q: ask("2025-06-01", "ai-inference", "usage-data", { plan: "free" }), answer: "used", confidence: "high" },
    {
      why: "recommendations in 2024 (medium: the policy says algorithms)",
      q: ask("2024-06-01", "ai-inference", "usage-data"),
      answer: "used",
      confidence: "medium",
    },
    {
      why: "no audio content to OpenAI",
      q: ask("2025-11-01", "generative-ai-training", "creator-audio-content", { recipient: "openai" }),
      answer: "not-used",
      confidence: "medium",
    },
    {
      why: "outside the US: outside the coverage",
      q: ask("2025-06-01", "non-generative-ai-training", "usage-data", { region: "DE" }),
      answer: "unknown",
      confidence: "high",
      code: "outside-coverage",
    },
    {
      why: "outside the US, even for a fact said without a region",
      q: ask("2025-11-01", "generative-ai-training", "creator-audio-content", { region: "DE", recipient: "openai" }),
      answer: "unknown",
      code: "outside-coverage",
    },
  ]);
});
