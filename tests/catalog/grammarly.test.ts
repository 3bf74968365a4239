import { describe } from "vitest";
import type { Plan, Question } from "../../src/index.js";
import { loadPolicy } from "../support/catalogPolicy.js";
import { type Row, decisionTable } from "../support/decisionTable.js";
const policy = loadPolicy("grammarly"); // validates the file and fails with file:line:col issues if invalid

// Grammarly's rules as questions and answers: individual users' writing and generative prompts train
// its models unless "Product Improvement and Training" is off (on by default, first recorded in the
// policy of 20 June 2024); before it the terms let it train its suggestion engine; organisations'
// data could train its algorithms from 2022, a Business admin toggle from March 2024, and from 14
// March 2025 no generative training without the organisation's consent; no sale of content; AI
// providers barred from training on it from October 2025. Minimum age 13 in the US, 16 elsewhere
// (in the EU from October 2025).

function ask(
  at: string,
  plan: Plan | undefined,
  extra: { purpose?: string; category?: string; optOut?: string; created?: string; region?: string; age?: number; recipient?: string } = {},
): Question {
  return {
    purpose: extra.purpose ?? "generative-ai-training",
    category: extra.category ?? "user-content",
    at,
    user: {
      region: extra.region ?? "US",
      age: extra.age ?? 30,
      ...(plan !== undefined && { plan }),
      ...(extra.optOut !== undefined && { optOuts: [{ control: "product-improvement-and-training", at: extra.optOut }] }),
    },
    ...(extra.created !== undefined && { data: { createdAt: extra.created } }),
    ...(extra.recipient !== undefined && { recipient: extra.recipient }),
  };
}

const table = (rows: readonly Row[]) => decisionTable(policy, rows);

describe("Grammarly", () => {
  table([
    { why: "a free user's writing in 2025, the setting on by default", q: ask("2025-06-01", "free"), answer: "used", confidence: "medium" },
    {
      why: "after switching it off: later writing not used",
      q: ask("2025-06-01", "free", { optOut: "2025-01-01", created: "2025-03-01" }),
      answer: "not-used",
    },
    {
      why: "after switching it off: earlier writing not said",
      q: ask("2025-06-01", "free", { optOut: "2025-01-01", created: "2024-10-01" }),
      answer: "unknown",
    },
    { why: "generative training in 2023, before the setting: not addressed", q: ask("2023-06-01", "paid"), answer: "unknown" },
    { why: "the suggestion engine in 2023", q: ask("2023-06-01", "paid", { purpose: "non-generative-ai-training" }), answer: "used", confidence: "medium" },
    { why: "an Enterprise account from 14 March 2025: no generative training", q: ask("2025-06-01", "enterprise"), answer: "not-used", confidence: "high" },
    {
      why: "a Business account in 2024: the admin's toggle, on by default",
      q: ask("2024-06-01", "business", { purpose: "non-generative-ai-training" }),
      answer: "used",
      confidence: "medium",
    },
    {
      why: "an organisation's other training from March 2025: not addressed",
      q: ask("2025-06-01", "enterprise", { purpose: "non-generative-ai-training" }),
      answer: "unknown",
    },
    { why: "without the plan: the answer turns on it", q: ask("2025-06-01", undefined), answer: "unknown", needs: ["plan"] },
    {
      why: "usage data from the policy of 29 October 2025: all categories of data train its AI",
      q: ask("2025-12-01", "free", { category: "usage-data" }),
      answer: "used",
      confidence: "medium",
    },
    { why: "usage data before it: not said", q: ask("2025-06-01", "free", { category: "usage-data" }), answer: "unknown" },
    {
      why: "its AI providers from October 2025: barred from training",
      q: ask("2025-12-01", "free", { recipient: "ai-service-providers" }),
      answer: "not-used",
      confidence: "high",
    },
    { why: "a 15-year-old in Germany: below the minimum age of 16", q: ask("2025-06-01", "free", { region: "DE", age: 15 }), answer: "unknown" },
    { why: "a 15-year-old in the US: old enough", q: ask("2025-06-01", "free", { age: 15 }), answer: "used" },
  ]);
});
