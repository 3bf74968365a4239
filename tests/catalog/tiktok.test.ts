import { describe } from "vitest";
import type { Choice, Question } from "../../src/index.js";
import { loadPolicy } from "../support/catalogPolicy.js";
import { type Row, decisionTable } from "../support/decisionTable.js";
const policy = loadPolicy("tiktok"); // validates the file and fails with file:line:col issues if invalid

// TikTok's rules as questions and answers: machine-learning training in the EEA, UK and Switzerland
// from 2 December 2022 (objection possible, may be refused), in the US by August 2024 (no opt-out);
// AI interactions used in the US from 22 January 2026; generative training not said anywhere.

function ask(at: string, extra: { purpose?: string; category?: string; region?: string; age?: number; optOuts?: Choice[]; created?: string } = {}): Question {
  return {
    purpose: extra.purpose ?? "non-generative-ai-training",
    category: extra.category ?? "posts",
    at,
    user: { region: extra.region ?? "DE", age: extra.age ?? 30, ...(extra.optOuts && { optOuts: extra.optOuts }) },
    data: { createdAt: extra.created ?? at },
  };
}

const objected = (at: string, outcome?: "accepted" | "refused"): Choice[] => [{ control: "right-to-object", at, ...(outcome && { outcome }) }];
const table = (rows: readonly Row[]) => decisionTable(policy, rows);

describe("TikTok", () => {
  table([
    { why: "before the EEA policy of 2 December 2022: outside the coverage", q: ask("2022-12-01"), answer: "unknown" },
    { why: "Germany from 2 December 2022", q: ask("2022-12-02"), answer: "used", confidence: "high" },
    { why: "a 15-year-old in France: no teen exclusion", q: ask("2024-06-01", { region: "FR", age: 15 }), answer: "used" },
    {
      why: "an accepted objection: later videos out",
      q: ask("2025-06-01", { optOuts: objected("2025-01-10", "accepted"), created: "2025-03-01" }),
      answer: "not-used",
    },
    {
      why: "an objection without its outcome: it may be refused",
      q: ask("2025-06-01", { optOuts: objected("2025-01-10"), created: "2025-03-01" }),
      answer: "unknown",
      needs: ["optOut.outcome"],
    },
    { why: "generative training in Europe: never mentioned", q: ask("2025-06-01", { purpose: "generative-ai-training" }), answer: "unknown" },
    { why: "the US in 2023: not read", q: ask("2023-06-01", { region: "US" }), answer: "unknown" },
    { why: "the US by the policy of August 2024", q: ask("2024-08-19", { region: "US" }), answer: "used", confidence: "high" },
    { why: "US AI interactions from 22 January 2026", q: ask("2026-02-01", { region: "US", category: "ai-interactions" }), answer: "used", confidence: "high" },
    { why: "US generative training: the terms do not say", q: ask("2026-02-01", { region: "US", purpose: "generative-ai-training" }), answer: "unknown" },
    { why: "Brazil: not read", q: ask("2025-06-01", { region: "BR" }), answer: "unknown" },
  ]);
});
