import { describe } from "vitest";
import type { Choice, Question } from "../../src/index.js";
import { loadPolicy } from "../support/catalogPolicy.js";
import { type Row, decisionTable } from "../support/decisionTable.js";
const policy = loadPolicy("mistral"); // validates the file and fails with file:line:col issues if invalid

// Mistral AI's rules as questions and answers: Le Chat conversations trained on from the launch of
// February 2024; free users without an opt-out until February-March 2025, paid users with one
// (future conversations only), their status unsaid in the autumn of 2024; Team and Enterprise not
// trained on from February 2025, Team trained on unless the organisation opts out from April 2026
// (default unsettled); feedback used on every plan.

type Plan = "free" | "paid" | "business" | "enterprise";

function ask(at: string, extra: { plan?: Plan; category?: string; optOuts?: Choice[]; created?: string } = {}): Question {
  return {
    purpose: "generative-ai-training",
    category: extra.category ?? "le-chat-conversations",
    at,
    user: { region: "FR", age: 30, plan: extra.plan ?? "free", ...(extra.optOuts && { optOuts: extra.optOuts }) },
    data: { createdAt: extra.created ?? at },
  };
}

const optOut = (at: string, control = "training-setting"): Choice[] => [{ control, at }];
const table = (rows: readonly Row[]) => decisionTable(policy, rows);

describe("Mistral AI: Le Chat conversations", () => {
  table([
    { why: "before the launch: outside the coverage", q: ask("2024-02-25"), answer: "unknown" },
    { why: "free, 2024: used, no opt-out", q: ask("2024-06-01"), answer: "used", confidence: "high" },
    { why: "free, 2024, a choice made then counts for nothing", q: ask("2024-06-01", { optOuts: optOut("2024-05-01") }), answer: "used" },
    { why: "free, inside the weeks the opt-out arrived", q: ask("2025-03-01", { optOuts: optOut("2025-02-20"), created: "2025-02-25" }), answer: "unknown" },
    {
      why: "free, 2025, opted out: later conversations out",
      q: ask("2025-06-01", { optOuts: optOut("2025-04-01"), created: "2025-05-01" }),
      answer: "not-used",
    },
    {
      why: "free, opted out in 2025: earlier conversations not said",
      q: ask("2025-06-01", { optOuts: optOut("2025-04-01"), created: "2025-03-20" }),
      answer: "unknown",
    },
    {
      why: "Pro, opted out in 2024: earlier conversations may still be used",
      q: ask("2024-06-01", { plan: "paid", optOuts: optOut("2024-03-10"), created: "2024-03-01" }),
      answer: "used",
    },
    {
      why: "free, February 2025: an e-mail objection, accepted",
      q: ask("2025-02-20", { optOuts: [{ control: "email-objection", at: "2025-02-14", outcome: "accepted" }], created: "2025-02-18" }),
      answer: "not-used",
    },
    { why: "Team without an opt-in, March 2025", q: ask("2025-03-01", { plan: "business", created: "2025-02-20" }), answer: "not-used" },
    {
      why: "Team with an opt-in, March 2025",
      q: { ...ask("2025-03-01", { plan: "business", created: "2025-02-20" }), user: { region: "FR", age: 30, plan: "business", optIns: optOut("2025-02-10") } },
      answer: "used",
    },
    {
      why: "feedback of a Pro user who opted out, March 2025",
      q: ask("2025-03-01", { plan: "paid", category: "feedback", optOuts: optOut("2025-02-10"), created: "2025-02-20" }),
      answer: "not-used",
    },
    { why: "Enterprise feedback, March 2025", q: ask("2025-03-01", { plan: "enterprise", category: "feedback" }), answer: "not-used" },
    { why: "Pro, 2024, opted out", q: ask("2024-06-01", { plan: "paid", optOuts: optOut("2024-03-10"), created: "2024-05-01" }), answer: "not-used" },
    { why: "Pro, 17 September 2024: training only on the free services", q: ask("2024-09-17", { plan: "paid" }), answer: "not-used", confidence: "medium" },
    {
      why: "Pro, October 2024: the next wording was recorded on 16 November, so the day it came is not known",
      q: ask("2024-10-01", { plan: "paid" }),
      answer: "unknown",
    },
    { why: "Pro, 2025, by default", q: ask("2025-06-01", { plan: "paid" }), answer: "used" },
    { why: "Enterprise", q: ask("2025-06-01", { plan: "enterprise" }), answer: "not-used", confidence: "high" },
    { why: "Team, 2025", q: ask("2025-06-01", { plan: "business" }), answer: "not-used" },
    { why: "Team from April 2026: the default is not settled", q: ask("2026-06-01", { plan: "business" }), answer: "unknown" },
    {
      why: "Team from April 2026, the organisation opted out",
      q: ask("2026-06-01", { plan: "business", optOuts: optOut("2026-04-10", "organisation-training-setting"), created: "2026-05-01" }),
      answer: "not-used",
    },
    {
      why: "feedback on Enterprise too, from May 2025",
      q: ask("2025-06-01", { plan: "enterprise", category: "feedback" }),
      answer: "used",
      confidence: "high",
    },
    { why: "feedback after opting out", q: ask("2025-06-01", { category: "feedback", optOuts: optOut("2025-04-01") }), answer: "used" },
  ]);
});

describe("Mistral AI: the API", () => {
  table([
    {
      why: "2024: the API terms said prompts and outputs are not used",
      q: ask("2024-06-01", { category: "api-inputs" }),
      answer: "not-used",
      confidence: "high",
    },
    { why: "the free tier from the terms of September 2024", q: ask("2024-12-01", { category: "api-inputs" }), answer: "used", confidence: "high" },
    { why: "a paid tier", q: ask("2024-12-01", { category: "api-inputs", plan: "paid" }), answer: "not-used" },
    {
      why: "the free tier, an accepted objection of 2025",
      q: ask("2025-06-01", { category: "api-inputs", optOuts: [{ control: "email-objection", at: "2025-03-01", outcome: "accepted" }], created: "2025-04-01" }),
      answer: "not-used",
    },
  ]);
});
