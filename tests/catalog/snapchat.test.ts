import { describe, expect, it } from "vitest";
import { type Choice, type Question, actionsFor } from "../../src/index.js";
import { loadPolicy } from "../support/catalogPolicy.js";
import { type Row, decisionTable } from "../support/decisionTable.js";
const policy = loadPolicy("snapchat"); // validates the file and fails with file:line:col issues if invalid

// Snapchat's rules as questions and answers: machine-learning models developed with users'
// information from the policy of 15 August 2023 (no opt-out); My AI conversations used to improve My
// AI (medium) and for ads from the policy of 26 February 2024, teenagers included, with deletion the
// only lever; My Selfie images' use for training not said; minimum age 13.

const CLEAR = "clear-my-ai-data";

function ask(
  at: string,
  extra: { purpose?: string; category?: string; region?: string; age?: number; optOuts?: Choice[]; created?: string | null } = {},
): Question {
  const created = extra.created === undefined ? at : extra.created;
  return {
    purpose: extra.purpose ?? "generative-ai-training",
    category: extra.category ?? "my-ai-chats",
    at,
    user: { region: extra.region ?? "US", age: extra.age ?? 30, ...(extra.optOuts && { optOuts: extra.optOuts }) },
    ...(created !== null && { data: { createdAt: created } }),
  };
}

const cleared = (at: string): Choice[] => [{ control: CLEAR, at }];
const table = (rows: readonly Row[]) => decisionTable(policy, rows);

describe("Snapchat: My AI conversations", () => {
  table([
    { why: "before the policy of 15 August 2023: outside the coverage", q: ask("2023-08-14"), answer: "unknown" },
    { why: "August 2023: collected, but improvement not yet said", q: ask("2023-10-01"), answer: "unknown" },
    { why: "from 26 February 2024: used to improve My AI", q: ask("2024-02-26"), answer: "used", confidence: "medium" },
    { why: "a 15-year-old too: My AI is open to teenagers", q: ask("2025-06-01", { age: 15 }), answer: "used" },
    { why: "the UK too", q: ask("2025-06-01", { region: "GB" }), answer: "used" },
    {
      why: "cleared: the conversations that existed then are no longer used",
      q: ask("2025-06-01", { optOuts: cleared("2025-05-01"), created: "2025-04-01" }),
      answer: "not-used",
    },
    { why: "cleared: later conversations are kept and used", q: ask("2025-06-01", { optOuts: cleared("2025-05-01"), created: "2025-05-20" }), answer: "used" },
    { why: "for ads, from 26 February 2024", q: ask("2024-03-01", { purpose: "ads-personalisation" }), answer: "used", confidence: "high" },
    { why: "other machine learning, from 15 August 2023", q: ask("2023-09-01", { purpose: "non-generative-ai-training" }), answer: "used", confidence: "high" },
    { why: "a 12-year-old: below the minimum age", q: ask("2025-06-01", { age: 12 }), answer: "unknown" },
  ]);

  it("offers clearing the conversations as what a user can still do", () => {
    expect(actionsFor(policy, ask("2025-06-01")).map((a) => a.control.id)).toEqual([CLEAR]);
  });
});

describe("Snapchat: other data", () => {
  table([
    { why: "Snaps and Stories for machine learning", q: ask("2024-06-01", { purpose: "non-generative-ai-training", category: "posts" }), answer: "used" },
    { why: "Snaps and Stories for generative training: not said", q: ask("2024-06-01", { category: "posts" }), answer: "unknown" },
    {
      why: "messages to friends: not addressed for training",
      q: ask("2024-06-01", { purpose: "non-generative-ai-training", category: "private-messages" }),
      answer: "unknown",
    },
    { why: "My Selfie images: training not said", q: ask("2025-06-01", { category: "my-selfie-images" }), answer: "unknown", confidence: "medium" },
  ]);
});
