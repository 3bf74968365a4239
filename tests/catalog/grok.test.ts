import { describe } from "vitest";
import type { Plan, Question } from "../../src/index.js";
import { loadPolicy } from "../support/catalogPolicy.js";
import { type Row, decisionTable } from "../support/decisionTable.js";
const policy = loadPolicy("grok"); // validates the file and fails with file:line:col issues if invalid

// Grok outside X (xAI's own policy and terms) as questions and answers: chats trained on from the first
// policy of 4 November 2023, with no opt-out named until September 2024; then an account setting (and
// in Europe, until January 2025, an e-mail), on unless switched off, reaching later chats; chats without
// logging in trained on with no opt-out; Private Chat not said; business and API customers not trained
// on; minimum age 18 until 20 December 2024, then 13. Grok inside X is X's history.

function ask(
  at: string,
  plan: Plan | undefined,
  extra: { category?: string; region?: string; age?: number; optOut?: string; control?: string; created?: string } = {},
): Question {
  return {
    purpose: "generative-ai-training",
    category: extra.category ?? "ai-interactions",
    at,
    user: {
      region: extra.region ?? "US",
      age: extra.age ?? 30,
      ...(plan !== undefined && { plan }),
      ...(extra.optOut !== undefined && { optOuts: [{ control: extra.control ?? "training-setting", at: extra.optOut }] }),
    },
    ...(extra.created !== undefined && { data: { createdAt: extra.created } }),
  };
}

const table = (rows: readonly Row[]) => decisionTable(policy, rows);

describe("Grok (xAI)", () => {
  table([
    { why: "before the first policy: outside the coverage", q: ask("2023-10-01", "free"), answer: "unknown" },
    { why: "chats in 2024, before any opt-out was named", q: ask("2024-06-01", "free"), answer: "used", confidence: "high" },
    { why: "chats in 2025, the setting on by default", q: ask("2025-06-01", "free"), answer: "used" },
    {
      why: "a paid user after opting out: later chats not used",
      q: ask("2025-06-01", "paid", { optOut: "2024-10-01", created: "2025-03-01" }),
      answer: "not-used",
      confidence: "medium",
    },
    {
      why: "a free user after opting out: later logged-in chats are not used, chats without logging in still are",
      q: ask("2025-06-01", "free", { optOut: "2024-10-01", created: "2025-03-01" }),
      answer: "used",
      inPart: true,
    },
    {
      why: "chats without logging in: no opt-out",
      q: ask("2025-06-01", "free", { category: "logged-out-chats", optOut: "2024-10-01" }),
      answer: "used",
      confidence: "high",
    },
    { why: "Private Chat: whether it is trained on is not said", q: ask("2025-06-01", "free", { category: "private-chats" }), answer: "unknown" },
    {
      why: "account and technical data from February 2025: ambiguous",
      q: ask("2025-06-01", "free", { category: "usage-data" }),
      answer: "unknown",
      statement: "account-technical-data-ambiguous",
    },
    { why: "a business customer in 2026", q: ask("2026-06-01", "business"), answer: "not-used", confidence: "high" },
    { why: "Google Apps content from April 2026", q: ask("2026-06-01", "free", { category: "google-apps-content" }), answer: "not-used", confidence: "high" },
    { why: "a 15-year-old in 2024: below the minimum age of 18", q: ask("2024-06-01", "free", { age: 15 }), answer: "unknown" },
    { why: "a 15-year-old in 2025: allowed from 13, and trained on", q: ask("2025-06-01", "free", { age: 15 }), answer: "used" },
    {
      why: "the e-mail objection in the US: it was offered in Europe only",
      q: ask("2024-10-15", "free", { optOut: "2024-10-01", control: "email-objection", created: "2024-10-10" }),
      answer: "used",
      inPart: false,
    },
    {
      why: "the e-mail objection in Germany: later logged-in chats not used",
      q: ask("2024-10-15", "free", { region: "DE", optOut: "2024-10-01", control: "email-objection", created: "2024-10-10" }),
      answer: "used",
      inPart: true,
    },
  ]);
});
