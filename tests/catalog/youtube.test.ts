import { describe, expect, it } from "vitest";
import { type Choice, type Question, evaluate } from "../../src/index.js";
import { loadPolicy } from "../support/catalogPolicy.js";
import { type Row, decisionTable } from "../support/decisionTable.js";
const policy = loadPolicy("youtube"); // validates the file and fails with file:line:col issues if invalid

// YouTube's rules as questions and answers: Google trains on a subset of videos, which is undisclosed
// for any one video and has no opt-out; from 16 December 2024 creators may allow third-party AI
// companies to train on their public videos (off by default); before that, scraping forbidden;
// minimum age 13 (US terms), 16 in the EEA and Switzerland (medium).

const SETTING = "third-party-training";
const THIRD = "third-party-ai-companies";

function ask(
  at: string,
  extra: { purpose?: string; recipient?: string; region?: string; age?: number; optIns?: Choice[]; visibility?: "public" | "non-public" } = {},
): Question {
  return {
    purpose: extra.purpose ?? "generative-ai-training",
    category: "videos",
    at,
    user: { region: extra.region ?? "US", age: extra.age ?? 30, ...(extra.optIns && { optIns: extra.optIns }) },
    data: { createdAt: "2020-01-01", visibility: extra.visibility ?? "public" },
    ...(extra.recipient !== undefined && { recipient: extra.recipient }),
  };
}

const allowed = (at: string): Choice[] => [{ control: SETTING, at }];
const table = (rows: readonly Row[]) => decisionTable(policy, rows);

describe("YouTube: Google's own training", () => {
  table([
    { why: "before the CEO's interview of 4 April 2024: outside the coverage", q: ask("2024-04-03"), answer: "unknown" },
    { why: "before the reports of December 2024: not said", q: ask("2024-10-01", { recipient: "google" }), answer: "unknown" },
    { why: "a subset of videos: not said which", q: ask("2025-08-01", { recipient: "google" }), answer: "unknown", confidence: "medium" },
    {
      why: "allowing third parties changes nothing for Google",
      q: ask("2025-08-01", { recipient: "google", optIns: allowed("2025-01-10") }),
      answer: "unknown",
    },
  ]);

  it("says why: a subset, and no opt-out", () => {
    const reason = evaluate(policy, ask("2025-08-01", { recipient: "google" })).reasons[0];
    expect(reason?.code).toBe("undisclosed");
    expect(reason?.statement?.id).toBe("google-trains-on-a-subset");
  });
});

describe("YouTube: third-party training", () => {
  const LICENSE = "content-licensing";
  table([
    { why: "before the setting: scraping forbidden, use not said", q: ask("2024-10-01", { recipient: THIRD }), answer: "unknown" },
    {
      why: "made available from 16 December 2024 only if allowed: off by default",
      q: ask("2025-08-01", { purpose: LICENSE, recipient: THIRD }),
      answer: "not-used",
      confidence: "medium",
    },
    {
      why: "allowed by the creator",
      q: ask("2025-08-01", { purpose: LICENSE, recipient: THIRD, optIns: allowed("2025-01-10") }),
      answer: "used",
      confidence: "medium",
    },
    { why: "allowed after the day of use", q: ask("2025-01-05", { purpose: LICENSE, recipient: THIRD, optIns: allowed("2025-01-10") }), answer: "not-used" },
    { why: "whether a company then trains on them: not said", q: ask("2025-08-01", { recipient: THIRD, optIns: allowed("2025-01-10") }), answer: "unknown" },
    {
      why: "a 15-year-old in Germany: below the EEA terms' minimum age",
      q: ask("2025-08-01", { purpose: LICENSE, recipient: THIRD, region: "DE", age: 15 }),
      answer: "unknown",
    },
    { why: "a 15-year-old in the US meets the US terms' 13", q: ask("2025-08-01", { purpose: LICENSE, recipient: THIRD, age: 15 }), answer: "not-used" },
  ]);
});
