import { describe } from "vitest";
import type { Choice, Question } from "../../src/index.js";
import { loadPolicy } from "../support/catalogPolicy.js";
import { type Row, decisionTable } from "../support/decisionTable.js";
const policy = loadPolicy("deepseek"); // validates the file and fails with file:line:col issues if invalid

// DeepSeek's rules as questions and answers: chats trained on unless "Improve the model for
// everyone" is off, from the Terms of 28 April 2025 at the latest (earlier not said); Italy's
// restriction of January 2025 (compliance not known); 14 in Europe (medium).

function ask(at: string, extra: { region?: string; age?: number; optOuts?: Choice[]; created?: string } = {}): Question {
  return {
    purpose: "generative-ai-training",
    category: "deepseek-chats",
    at,
    user: { region: extra.region ?? "US", age: extra.age ?? 30, ...(extra.optOuts && { optOuts: extra.optOuts }) },
    data: { createdAt: extra.created ?? at },
  };
}

const off = (at: string): Choice[] => [{ control: "improve-the-model", at }];
const table = (rows: readonly Row[]) => decisionTable(policy, rows);

describe("DeepSeek: chats", () => {
  table([
    { why: "before WIRED's report of January 2025: outside the coverage", q: ask("2025-01-20"), answer: "unknown" },
    { why: "February 2025: what the policy then said of training is not known", q: ask("2025-02-15"), answer: "unknown" },
    { why: "from the Terms of April 2025, by default", q: ask("2025-06-01"), answer: "used", confidence: "high" },
    { why: "turned off: later chats out", q: ask("2025-09-01", { optOuts: off("2025-06-10"), created: "2025-08-01" }), answer: "not-used" },
    { why: "turned off: earlier chats not said", q: ask("2025-09-01", { optOuts: off("2025-06-10"), created: "2025-06-01" }), answer: "unknown" },
    { why: "Germany: legitimate interests", q: ask("2025-09-01", { region: "DE" }), answer: "used" },
    { why: "Italy: the regulator's restriction, compliance not known", q: ask("2025-09-01", { region: "IT" }), answer: "unknown" },
    { why: "a 13-year-old in France: below the 14 the policy implies there", q: ask("2025-09-01", { region: "FR", age: 13 }), answer: "unknown" },
    { why: "a 13-year-old in the US: no minimum recorded", q: ask("2025-09-01", { age: 13 }), answer: "used" },
  ]);
});

describe("DeepSeek: its corporate group", () => {
  table([
    { why: "before the policy of 10 February 2026: not said", q: { ...ask("2026-01-01"), recipient: "deepseek-group" }, answer: "unknown" },
    {
      why: "from 10 February 2026, foundation model training by the group",
      q: { ...ask("2026-03-01"), recipient: "deepseek-group" },
      answer: "used",
      confidence: "medium",
    },
    {
      why: "the setting's reach over it is not said",
      q: { ...ask("2026-03-01", { optOuts: off("2026-02-20"), created: "2026-02-25" }), recipient: "deepseek-group" },
      answer: "unknown",
    },
  ]);
});
