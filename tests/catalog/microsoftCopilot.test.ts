import { describe, expect, it } from "vitest";
import { type Choice, type Question, controlsFor } from "../../src/index.js";
import { loadPolicy } from "../support/catalogPolicy.js";
import { type Row, decisionTable } from "../support/decisionTable.js";
const policy = loadPolicy("microsoft-copilot"); // validates the file and fails with file:line:col issues if invalid

// Microsoft Copilot's rules as questions and answers: announced on 16 August 2024 (not yet used), used
// unless opted out from an undisclosed day between mid-October 2024 and December 2025, outside the EEA
// (not said there) and six excluded countries; the opt-out future-only; under-18s, work and school
// accounts and Copilot Health excluded; Bing and MSN activity too, the switch's reach over it unsaid.

const SETTING = "model-training-setting";

function ask(
  at: string,
  extra: { category?: string; region?: string; age?: number; plan?: "free" | "paid" | "business"; optOuts?: Choice[]; created?: string | null } = {},
): Question {
  const created = extra.created === undefined ? at : extra.created;
  return {
    purpose: "generative-ai-training",
    category: extra.category ?? "copilot-conversations",
    at,
    user: { region: extra.region ?? "US", age: extra.age ?? 30, plan: extra.plan ?? "free", ...(extra.optOuts && { optOuts: extra.optOuts }) },
    ...(created !== null && { data: { createdAt: created } }),
  };
}

const optOut = (at: string): Choice[] => [{ control: SETTING, at }];
const table = (rows: readonly Row[]) => decisionTable(policy, rows);

describe("Microsoft Copilot: conversations", () => {
  table([
    { why: "before the announcement: outside the coverage", q: ask("2024-08-15"), answer: "unknown" },
    { why: "after the announcement, before mid-October 2024: not yet", q: ask("2024-09-01"), answer: "not-used", confidence: "medium" },
    { why: "inside the undisclosed start", q: ask("2025-03-01"), answer: "unknown" },
    { why: "2026, a US adult on a personal account", q: ask("2026-03-01"), answer: "used", confidence: "high" },
    { why: "Copilot Pro too", q: ask("2026-03-01", { plan: "paid" }), answer: "used" },
    {
      why: "opted out in January 2025: later conversations out",
      q: ask("2026-03-01", { optOuts: optOut("2025-01-10"), created: "2026-02-01" }),
      answer: "not-used",
    },
    {
      why: "an opt-out covers only conversations had afterwards",
      q: ask("2026-03-01", { optOuts: optOut("2026-02-10"), created: "2026-02-01" }),
      answer: "used",
    },
    { why: "a 16-year-old", q: ask("2026-03-01", { age: 16 }), answer: "not-used", confidence: "medium" },
    { why: "a work or school account", q: ask("2026-03-01", { plan: "business" }), answer: "not-used", confidence: "high" },
    { why: "Germany: excluded at the announcement, not said since", q: ask("2026-03-01", { region: "DE" }), answer: "unknown", confidence: "medium" },
    { why: "Brazil: excluded, from a day not said (a guide read in December 2026)", q: ask("2026-03-01", { region: "BR" }), answer: "unknown" },
    { why: "Brazil, asked on the day the guide was read", q: ask("2026-12-04", { region: "BR" }), answer: "not-used", confidence: "low" },
    { why: "after the app's relaunch of 18 August 2026: medium", q: ask("2026-10-01"), answer: "used", confidence: "medium" },
    { why: "the UK is not among the excluded", q: ask("2026-03-01", { region: "GB" }), answer: "used" },
  ]);
});

describe("Microsoft Copilot: other data", () => {
  table([
    { why: "Bing and MSN activity: used", q: ask("2026-03-01", { category: "bing-and-msn-activity" }), answer: "used", confidence: "medium" },
    {
      why: "Bing and MSN activity after opting out: the switch's reach is not said",
      q: ask("2026-03-01", { category: "bing-and-msn-activity", optOuts: optOut("2025-01-10"), created: "2026-02-01" }),
      answer: "unknown",
    },
    { why: "Copilot Health, before its terms", q: ask("2026-05-12", { category: "copilot-health-data" }), answer: "unknown" },
    {
      why: "conversations for ads: the training switch does not reach it",
      q: { ...ask("2026-03-01", { optOuts: optOut("2025-01-10") }), purpose: "advertising" },
      answer: "used",
      confidence: "high",
    },
    { why: "Copilot Health from 13 May 2026", q: ask("2026-05-13", { category: "copilot-health-data" }), answer: "not-used", confidence: "high" },
    {
      why: "a 12-year-old: below the minimum age (from no later than October 2025)",
      q: ask("2026-03-01", { age: 12, category: "copilot-health-data" }),
      answer: "unknown",
    },
  ]);

  it("lists the training switch as available from October 2024", () => {
    expect(controlsFor(policy, { region: "US", at: "2024-09-01" })[0]?.availability).toBe("not-available");
    expect(controlsFor(policy, { region: "US", at: "2024-11-01" })[0]?.availability).toBe("available");
    expect(controlsFor(policy, { region: "US", at: "2024-10-15" })[0]?.availability).toBe("unknown");
  });
});
