import { describe } from "vitest";
import type { Choice, Question } from "../../src/index.js";
import { loadPolicy } from "../support/catalogPolicy.js";
import { type Row, decisionTable } from "../support/decisionTable.js";
const policy = loadPolicy("perplexity"); // validates the file and fails with file:line:col issues if invalid

// Perplexity's rules as questions and answers: consumer searches used to improve its models unless
// "AI data retention" is off (medium; later data only), Enterprise, the API and synced e-mail never.

type Plan = "free" | "paid" | "business" | "enterprise";

function ask(at: string, extra: { plan?: Plan; category?: string; optOuts?: Choice[]; created?: string } = {}): Question {
  return {
    purpose: "generative-ai-training",
    category: extra.category ?? "perplexity-searches",
    at,
    user: { region: "US", age: 30, plan: extra.plan ?? "free", ...(extra.optOuts && { optOuts: extra.optOuts }) },
    data: { createdAt: extra.created ?? at },
  };
}

const off = (at: string): Choice[] => [{ control: "ai-data-retention", at }];
const table = (rows: readonly Row[]) => decisionTable(policy, rows);

describe("Perplexity", () => {
  table([
    { why: "before the policy of February 2025: outside the coverage", q: ask("2025-01-15"), answer: "unknown" },
    { why: "a free user by default (the policy names the opt-out)", q: ask("2025-06-01"), answer: "used", confidence: "high" },
    { why: "from the notice of July 2026: consent, the setting unnamed", q: ask("2026-08-01"), answer: "used", confidence: "medium" },
    { why: "Pro by default", q: ask("2025-06-01", { plan: "paid" }), answer: "used" },
    { why: "turned off: later searches out", q: ask("2025-09-01", { optOuts: off("2025-06-10"), created: "2025-08-01" }), answer: "not-used" },
    { why: "turned off: what was collected before stays", q: ask("2025-09-01", { optOuts: off("2025-06-10"), created: "2025-06-01" }), answer: "used" },
    { why: "Enterprise, 2025: the help page is undated", q: ask("2025-06-01", { plan: "enterprise" }), answer: "unknown" },
    { why: "Enterprise, on the day the help page was read", q: ask("2026-12-04", { plan: "enterprise" }), answer: "not-used", confidence: "medium" },
    { why: "the API, from its terms of May 2025", q: ask("2025-06-01", { category: "api-content" }), answer: "not-used", confidence: "high" },
    { why: "synced e-mail", q: ask("2025-06-01", { category: "email-and-calendar" }), answer: "not-used", confidence: "high" },
  ]);
});
