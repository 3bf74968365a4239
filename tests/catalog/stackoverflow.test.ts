import { describe, expect, it } from "vitest";
import { type Question, evaluate } from "../../src/index.js";
import { loadPolicy } from "../support/catalogPolicy.js";
import { type Row, decisionTable } from "../support/decisionTable.js";
const policy = loadPolicy("stackoverflow"); // validates the file and fails with file:line:col issues if invalid

// Stack Overflow's rules as questions and answers: public posts licensed to Google (29 February 2024)
// and OpenAI (6 May 2024) for their models, with no opt-out; AI feature inputs under the Terms of 13
// November 2025 (Stack Overflow's own use for product development not said to include training; the
// outside model providers may not train on them); minimum age 13, 16 in the EU.

const GENAI = "generative-ai-training";

function ask(at: string, extra: { category?: string; purpose?: string; region?: string; age?: number; recipient?: string } = {}): Question {
  return {
    purpose: extra.purpose ?? GENAI,
    category: extra.category ?? "posts",
    at,
    user: { region: extra.region ?? "US", ...(extra.age !== undefined && { age: extra.age }) },
    ...(extra.recipient !== undefined && { recipient: extra.recipient }),
  };
}

const table = (rows: readonly Row[]) => decisionTable(policy, rows);

describe("Stack Overflow: posts licensed to AI companies", () => {
  table([
    { why: "before the Google deal: others' training under the open licence not said", q: ask("2024-02-28"), answer: "unknown" },
    { why: "29 February 2024: Google trains Gemini on them", q: ask("2024-02-29"), answer: "used", confidence: "medium" },
    { why: "asked of Google", q: ask("2024-03-15", { recipient: "google" }), answer: "used" },
    { why: "asked of OpenAI before its deal", q: ask("2024-05-05", { recipient: "openai" }), answer: "unknown" },
    { why: "OpenAI from 6 May 2024", q: ask("2024-05-06", { recipient: "openai" }), answer: "used", confidence: "medium" },
    { why: "anyone may reuse posts under Creative Commons", q: ask("2023-06-01", { purpose: "content-licensing" }), answer: "used", confidence: "high" },
    { why: "others' training under the open licence: not said", q: ask("2023-06-01", { recipient: "public" }), answer: "unknown" },
    { why: "licensing itself", q: ask("2025-06-01", { purpose: "content-licensing" }), answer: "used" },
    { why: "no regional exception: the EU", q: ask("2025-06-01", { region: "DE", age: 30 }), answer: "used" },
    { why: "whether Stack Overflow trains its own models on posts: not said", q: ask("2025-06-01", { recipient: "stack-overflow" }), answer: "unknown" },
    { why: "a 15-year-old in the EU: below the minimum age there", q: ask("2025-06-01", { region: "DE", age: 15 }), answer: "unknown" },
    { why: "a 15-year-old in the US meets it", q: ask("2025-06-01", { age: 15 }), answer: "used" },
  ]);

  it("there is nothing to switch off", () => {
    expect(policy.controls ?? []).toEqual([]);
    expect(evaluate(policy, ask("2025-06-01")).reasons.every((r) => r.code === "used")).toBe(true);
  });
});

describe("Stack Overflow: what users put into its AI features", () => {
  table([
    { why: "before the AI terms of 13 November 2025: not said", q: ask("2025-11-12", { category: "ai-feature-inputs" }), answer: "unknown" },
    { why: "Stack Overflow's own product development: training not said", q: ask("2025-12-01", { category: "ai-feature-inputs" }), answer: "unknown" },
    {
      why: "the outside model providers do not train on them",
      q: ask("2025-12-01", { category: "ai-feature-inputs", recipient: "ai-vendors" }),
      answer: "not-used",
      confidence: "high",
    },
  ]);
});
