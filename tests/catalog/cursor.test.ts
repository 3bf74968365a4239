import { describe } from "vitest";
import type { Plan, Question } from "../../src/index.js";
import { loadPolicy } from "../support/catalogPolicy.js";
import { type Row, decisionTable } from "../support/decisionTable.js";
const policy = loadPolicy("cursor"); // validates the file and fails with file:line:col issues if invalid

// Cursor's rules as questions and answers: Free and Pro users' prompts and code train its models unless
// Privacy Mode is on (turning it on is the opt-out, turning it off the opt-in), with the side
// preselected at onboarding not settled by the sources; Business and Enterprise have it on by default;
// from June 2025 reported feedback is trained on whatever the setting. Users must be adults.

function ask(
  at: string,
  plan: Plan | undefined,
  extra: Partial<Pick<Question, "category">> & { optOut?: string; optIn?: string; created?: string; age?: number } = {},
): Question {
  return {
    purpose: "generative-ai-training",
    category: extra.category ?? "code-and-prompts",
    at,
    user: {
      region: "US",
      age: extra.age ?? 30,
      ...(plan !== undefined && { plan }),
      ...(extra.optOut !== undefined && { optOuts: [{ control: "privacy-mode", at: extra.optOut }] }),
      ...(extra.optIn !== undefined && { optIns: [{ control: "privacy-mode", at: extra.optIn }] }),
    },
    ...(extra.created !== undefined && { data: { createdAt: extra.created } }),
  };
}

const table = (rows: readonly Row[]) => decisionTable(policy, rows);

describe("Cursor", () => {
  table([
    { why: "before the terms of 24 July 2024: outside the coverage", q: ask("2024-06-01", "free"), answer: "unknown" },
    { why: "a Pro user who said nothing: which side onboarding preselects is not settled", q: ask("2025-06-01", "paid"), answer: "unknown" },
    {
      why: "a Pro user who turned Privacy Mode off: used",
      q: ask("2025-06-01", "paid", { optIn: "2025-01-10", created: "2025-03-01" }),
      answer: "used",
      confidence: "high",
    },
    {
      why: "code written before turning it off: whether the opt-in reaches it is not said",
      q: ask("2025-06-01", "paid", { optIn: "2025-01-10", created: "2024-12-01" }),
      answer: "unknown",
    },
    {
      why: "a Free user who turned Privacy Mode on: newer code not used",
      q: ask("2025-06-01", "free", { optOut: "2025-01-10", created: "2025-03-01" }),
      answer: "not-used",
      confidence: "high",
    },
    {
      why: "older code after turning it on: whether it stays in use is not said",
      q: ask("2025-06-01", "free", { optOut: "2025-01-10", created: "2024-10-01" }),
      answer: "unknown",
    },
    { why: "a Business account: Privacy Mode on by default", q: ask("2025-06-01", "business"), answer: "not-used", confidence: "medium" },
    {
      why: "a Business member who turned it off",
      q: ask("2025-06-01", "business", { optIn: "2025-01-10", created: "2025-03-01" }),
      answer: "used",
      confidence: "medium",
    },
    {
      why: "without the plan: the answer turns on it",
      q: ask("2025-06-01", undefined, { optOut: "2025-01-10", created: "2025-03-01" }),
      answer: "unknown",
      needs: ["plan"],
    },
    {
      why: "reported feedback from June 2025, whatever the setting",
      q: ask("2025-08-01", "free", { category: "feedback", optOut: "2025-01-10", created: "2025-07-01" }),
      answer: "used",
      confidence: "medium",
    },
    {
      why: "whole repository files before spring 2025: not collected (low: a TLDR sentence points the other way)",
      q: ask("2025-01-15", "paid", { category: "repository-files", optIn: "2024-12-01" }),
      answer: "not-used",
      confidence: "low",
    },
    {
      why: "repository files, Privacy Mode turned off before 0.49.0: those users were promised their codebase is never learnt from",
      q: ask("2025-06-01", "paid", { category: "repository-files", optIn: "2024-12-01", created: "2025-05-01" }),
      answer: "unknown",
    },
    {
      why: "repository files, Privacy Mode turned off after 0.49.0",
      q: ask("2025-06-01", "paid", { category: "repository-files", optIn: "2025-05-01", created: "2025-05-10" }),
      answer: "used",
      confidence: "low",
    },
    { why: "a 17-year-old: below the minimum age of 18, of whom the policy says nothing", q: ask("2025-06-01", "business", { age: 17 }), answer: "unknown" },
  ]);
});
