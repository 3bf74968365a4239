import { describe, expect, it } from "vitest";
import { type Choice, type Question, evaluate, timeline } from "../../src/index.js";
import { loadPolicy } from "../support/catalogPolicy.js";
import { type Row, decisionTable, historyAsReviewed } from "../support/decisionTable.js";
const policy = loadPolicy("github"); // validates the file and fails with file:line:col issues if invalid

// GitHub's rules as questions and answers: Copilot interaction data of individual plans (not used, then
// used by default from a start between 24 and 27 April 2026), the opt-out and the carried-over opt-outs,
// the plans and data excluded, who receives the data, and the April 2026 Terms licence over Your Content.

const GENAI = "generative-ai-training";
const NONGEN = "non-generative-ai-training";
const SETTING = "copilot-model-training";
const LEGACY = "copilot-product-improvements";
const OBJECTION = "privacy-objection-email";

type Plan = "free" | "paid" | "business" | "enterprise" | "education";

/** A question about Copilot interaction data (or another category) created on the day of use unless told. */
function ask(
  at: string,
  extra: {
    category?: string;
    purpose?: string;
    plan?: Plan | null;
    region?: string;
    optOuts?: Choice[];
    created?: string | null;
    visibility?: "public" | "non-public";
    recipient?: string;
  } = {},
): Question {
  const plan = extra.plan === undefined ? "paid" : extra.plan;
  const created = extra.created === undefined ? at : extra.created;
  return {
    purpose: extra.purpose ?? GENAI,
    category: extra.category ?? "ai-interactions",
    at,
    user: {
      region: extra.region ?? "US",
      ...(plan !== null && { plan }),
      ...(extra.optOuts && { optOuts: extra.optOuts }),
    },
    ...((created !== null || extra.visibility) && {
      data: { ...(created !== null && { createdAt: created }), ...(extra.visibility && { visibility: extra.visibility }) },
    }),
    ...(extra.recipient !== undefined && { recipient: extra.recipient }),
  };
}

const optOut = (at: string, control = SETTING): Choice[] => [{ control, at }];

const table = (rows: readonly Row[]) => decisionTable(policy, rows);

describe("GitHub: Copilot Free, Pro and Pro+ interaction data", () => {
  table([
    { why: "outside the history's coverage (before the announcement)", q: ask("2026-03-24"), answer: "unknown" },
    { why: "before the change: not used and could not be enabled", q: ask("2026-04-20"), answer: "not-used", confidence: "medium" },
    { why: "23 April: the day before the earliest start", q: ask("2026-04-23"), answer: "not-used" },
    { why: "24 April: the docs start; the Terms licensing it start on the 27th", q: ask("2026-04-24"), answer: "unknown" },
    { why: "26 April: still between the two dates", q: ask("2026-04-26"), answer: "unknown" },
    { why: "27 April: the Terms are in force, on by default", q: ask("2026-04-27"), answer: "used", confidence: "high" },
    { why: "a Pro user who did nothing, 1 May 2026", q: ask("2026-05-01"), answer: "used" },
    { why: "Copilot Free as well", q: ask("2026-05-01", { plan: "free" }), answer: "used" },
    { why: "thumbs feedback is interaction data too", q: ask("2026-05-01", { category: "feedback" }), answer: "used" },
    { why: "training of models that do not generate content as well", q: ask("2026-05-01", { purpose: NONGEN }), answer: "used" },
    { why: "no EU or UK exemption", q: ask("2026-05-01", { region: "DE" }), answer: "used" },
    { why: "interaction data from before the start is not covered", q: ask("2026-05-01", { created: "2026-04-10" }), answer: "unknown" },
    { why: "the creation day matters", q: ask("2026-05-01", { created: null }), answer: "unknown", needs: ["data.createdAt"] },
    { why: "the plan matters", q: ask("2026-05-01", { plan: null }), answer: "unknown", needs: ["plan"] },
  ]);
});

describe("GitHub: the opt-out and carried-over opt-outs", () => {
  table([
    { why: "an opt-out of product improvements in 2025 is carried over", q: ask("2026-05-01", { optOuts: optOut("2025-06-01", LEGACY) }), answer: "not-used" },
    { why: "opting out before the start holds from the start", q: ask("2026-05-01", { optOuts: optOut("2026-04-10") }), answer: "not-used" },
    {
      why: "future-only: a run before a 10 May opt-out used the data",
      q: ask("2026-05-09", { created: "2026-05-01", optOuts: optOut("2026-05-10") }),
      answer: "used",
    },
    { why: "from the opt-out on, no use going forward", q: ask("2026-05-10", { created: "2026-05-01", optOuts: optOut("2026-05-10") }), answer: "not-used" },
    {
      why: "data collected before the opt-out is not used after it",
      q: ask("2026-06-15", { created: "2026-05-01", optOuts: optOut("2026-05-10") }),
      answer: "not-used",
    },
  ]);
});

describe("GitHub: plans, repositories and recipients", () => {
  table([
    { why: "Copilot Business: excluded by the Data Protection Agreement", q: ask("2026-05-01", { plan: "business" }), answer: "not-used", confidence: "high" },
    { why: "Copilot Enterprise: excluded", q: ask("2026-05-01", { plan: "enterprise" }), answer: "not-used" },
    { why: "students and teachers: excluded (secondary sources only)", q: ask("2026-05-01", { plan: "education" }), answer: "not-used", confidence: "medium" },
    {
      why: "students and teachers before the programme: individual Copilot plans, which the docs said were not trained on",
      q: ask("2026-04-20", { plan: "education" }),
      answer: "not-used",
      statement: "copilot-individual-not-trained-before-2026",
    },
    { why: "a Pro user working in an enterprise-owned repository", q: ask("2026-05-01", { category: "enterprise-repo-interactions" }), answer: "not-used" },
    {
      why: "private repository code at rest is not used",
      q: ask("2026-05-01", { category: "repository-content", visibility: "non-public" }),
      answer: "not-used",
    },
    {
      why: "private repository issues at rest, before the change too",
      q: ask("2026-04-01", { category: "issues-and-discussions", visibility: "non-public" }),
      answer: "not-used",
    },
    { why: "a private file sent to Copilot Chat is Copilot input: used", q: ask("2026-05-01", { visibility: "non-public" }), answer: "used" },
    { why: "shared with Microsoft, an affiliate, for training", q: ask("2026-05-01", { recipient: "microsoft" }), answer: "used" },
    { why: "the opt-out stops Microsoft's use too", q: ask("2026-05-01", { recipient: "microsoft", optOuts: optOut("2026-04-10") }), answer: "not-used" },
    {
      why: "not shared with third-party model providers for their own training",
      q: ask("2026-05-01", { recipient: "third-party-model-providers" }),
      answer: "not-used",
    },
  ]);
});

describe("GitHub: the April 2026 Terms licence over Your Content", () => {
  table([
    {
      why: "public repository code: licensed for AI training, use undisclosed",
      q: ask("2026-05-01", { category: "repository-content", visibility: "public" }),
      answer: "unknown",
    },
    {
      why: "the Copilot opt-out does not cover the licence",
      q: ask("2026-05-01", { category: "repository-content", visibility: "public", optOuts: optOut("2026-04-10") }),
      answer: "unknown",
    },
    {
      why: "Microsoft, licensed as an affiliate: undisclosed",
      q: ask("2026-05-01", { category: "repository-content", visibility: "public", recipient: "microsoft" }),
      answer: "unknown",
    },
    {
      why: "public issues: the blog says not used, the Terms license it",
      q: ask("2026-05-01", { category: "issues-and-discussions", visibility: "public" }),
      answer: "unknown",
    },
    {
      why: "before the new Terms, the licence had no AI wording: undisclosed",
      q: ask("2026-04-26", { category: "repository-content", visibility: "public" }),
      answer: "unknown",
    },
    {
      why: "repository code without its visibility: private and public differ",
      q: ask("2026-05-01", { category: "repository-content" }),
      answer: "unknown",
      needs: ["data.visibility"],
    },
    {
      why: "usage data: the Privacy Statement's AI development, which the Copilot setting does not reach",
      q: ask("2026-05-01", { category: "usage-data", optOuts: optOut("2026-04-10") }),
      answer: "used",
    },
    {
      why: "usage data, an objection by e-mail: a request GitHub may refuse",
      q: ask("2026-06-01", { category: "usage-data", optOuts: [{ control: OBJECTION, at: "2026-05-01" }] }),
      answer: "unknown",
      code: "objection-outcome",
      needs: ["optOut.outcome"],
    },
    {
      why: "usage data, an objection GitHub accepted: not used from then on",
      q: ask("2026-06-01", { category: "usage-data", optOuts: [{ control: OBJECTION, at: "2026-05-01", outcome: "accepted" }] }),
      answer: "not-used",
      code: "opted-out",
    },
    {
      why: "usage data, an objection GitHub refused: still used",
      q: ask("2026-06-01", { category: "usage-data", optOuts: [{ control: OBJECTION, at: "2026-05-01", outcome: "refused" }] }),
      answer: "used",
    },
    { why: "usage data before the new Privacy Statement: not said", q: ask("2026-04-26", { category: "usage-data" }), answer: "unknown" },
  ]);
});

describe("GitHub: timelines", () => {
  const runs = (q: Parameters<typeof timeline>[1]) => historyAsReviewed(policy, q).map((r) => `${r.from} ${r.until ?? "…"} ${r.answer}`);

  it("a Pro user's prompt of 28 April 2026, opted out on 1 June: used, then not", () => {
    expect(
      runs({
        purpose: GENAI,
        category: "ai-interactions",
        user: { region: "US", plan: "paid", optOuts: optOut("2026-06-01") },
        data: { createdAt: "2026-04-28" },
      }),
    ).toEqual(["2026-03-25 2026-04-28 not-used", "2026-04-28 2026-06-01 used", "2026-06-01 … not-used"]);
  });

  it("a Pro user's prompt of 1 April 2026: not used, an uncertain start, then not covered", () => {
    expect(runs({ purpose: GENAI, category: "ai-interactions", user: { region: "US", plan: "paid" }, data: { createdAt: "2026-04-01" } })).toEqual([
      "2026-03-25 2026-04-01 not-used",
      "2026-04-01 2026-04-24 not-used",
      "2026-04-24 2026-04-27 unknown",
      "2026-04-27 … unknown",
    ]);
  });

  it("a student: not used before 24 April 2026 (individual plans), then excluded", () => {
    expect(runs({ purpose: GENAI, category: "ai-interactions", user: { region: "US", plan: "education" } })).toEqual([
      "2026-03-25 2026-04-24 not-used",
      // Inside the undisclosed start the reasons differ (the earlier docs, or the exclusion), not the answer.
      "2026-04-24 2026-04-27 not-used",
      "2026-04-27 … not-used",
    ]);
  });
});

describe("GitHub: a timeline inside the undisclosed start", () => {
  it("gives what evaluate() gives on every day around the start, for data created inside its bounds", () => {
    // Data created on 24 April: whether training started on or before its creation is decided on
    // that day, not on the next ones, so the timeline cuts a run on the day after the creation too.
    const question = {
      purpose: GENAI,
      category: "ai-interactions",
      user: { region: "GB", plan: "free" as const, optOuts: [{ control: "copilot-model-training", at: "2026-03-30" }] },
      data: { createdAt: "2026-04-24" },
    };
    const runs = timeline(policy, question, { from: "2026-04-20", until: "2026-05-02" });
    for (let day = 20; day <= 31; day++) {
      const at = day <= 30 ? `2026-04-${String(day)}` : `2026-05-0${day - 30}`;
      const run = runs.find((r) => r.from <= at && (r.until === undefined || at < r.until));
      expect(run?.answer, at).toBe(evaluate(policy, { ...question, at }).answer);
    }
  });
});
