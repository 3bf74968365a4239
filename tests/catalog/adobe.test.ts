import { describe, expect, it } from "vitest";
import { type Choice, type Question, evaluate, timeline } from "../../src/index.js";
import { loadPolicy } from "../support/catalogPolicy.js";
import { type Row, decisionTable, historyAsReviewed } from "../support/decisionTable.js";
const policy = loadPolicy("adobe"); // validates the file and fails with file:line:col issues if invalid

// Adobe's rules as questions and answers: generative-AI training on customer content (public statements,
// then the June 2024 terms), Adobe Stock submissions for Firefly, "Content analysis" (non-generative ML,
// on by default for personal accounts), local files, AI features, and Acrobat AI Assistant feedback.

const GENAI = "generative-ai-training";
const NONGEN = "non-generative-ai-training";
const CONTENT_ANALYSIS = "content-analysis";
const FEEDBACK_BOX = "product-improvement-feedback-share";

function ask(
  at: string,
  extra: {
    category?: string;
    purpose?: string;
    plan?: "free" | "paid" | "business" | "enterprise" | "education" | null;
    region?: string;
    optOuts?: Choice[];
    created?: string;
  } = {},
): Question {
  const plan = extra.plan === undefined ? "paid" : extra.plan;
  return {
    purpose: extra.purpose ?? GENAI,
    category: extra.category ?? "cloud-content",
    at,
    user: {
      region: extra.region ?? "US",
      ...(plan !== null && { plan }),
      ...(extra.optOuts && { optOuts: extra.optOuts }),
    },
    ...(extra.created !== undefined && { data: { createdAt: extra.created } }),
  };
}

const optOut = (at: string, control = CONTENT_ANALYSIS): Choice[] => [{ control, at }];

const table = (rows: readonly Row[]) => decisionTable(policy, rows);

describe("Adobe: generative AI (Firefly) and customer content", () => {
  table([
    { why: "outside the history's coverage", q: ask("2023-01-03"), answer: "unknown" },
    {
      why: "2023: Adobe says it never trained generative AI on customer content (public statements only)",
      q: ask("2023-06-01"),
      answer: "not-used",
      confidence: "medium",
    },
    { why: "5 June 2024, before the revised terms: still only Adobe's statements", q: ask("2024-06-05"), answer: "not-used", confidence: "medium" },
    { why: "17 June 2024, the day before the earliest release of the terms", q: ask("2024-06-17"), answer: "not-used", confidence: "medium" },
    { why: "18 June 2024: the terms may not be released yet, the answer is the same", q: ask("2024-06-18"), answer: "not-used", confidence: "medium" },
    { why: "19 June 2024: the contractual clause is in force", q: ask("2024-06-19"), answer: "not-used", confidence: "high" },
    { why: "1 July 2024: contractual", q: ask("2024-07-01"), answer: "not-used", confidence: "high" },
    { why: "PSD files in Creative Cloud storage in 2025", q: ask("2025-06-01"), answer: "not-used", confidence: "high" },
    { why: "local files too", q: ask("2025-06-01", { category: "local-content" }), answer: "not-used" },
    { why: "every plan: the clause has no plan condition", q: ask("2025-06-01", { plan: null }), answer: "not-used" },
    { why: "Firefly prompts and outputs were not researched: silent", q: ask("2025-06-01", { category: "ai-interactions" }), answer: "unknown" },
  ]);
});

describe("Adobe: Adobe Stock submissions", () => {
  table([
    {
      why: "photos submitted to Adobe Stock train Firefly (2023)",
      q: ask("2023-06-01", { category: "stock-submissions" }),
      answer: "used",
      confidence: "high",
    },
    { why: "still used after the June 2024 terms (the clause's exception)", q: ask("2025-06-01", { category: "stock-submissions" }), answer: "used" },
    {
      why: "no control: switching off Content analysis does not reach Stock",
      q: ask("2025-06-01", { category: "stock-submissions", optOuts: optOut("2024-01-01") }),
      answer: "used",
    },
    {
      why: "non-generative use of Stock submissions is not described",
      q: ask("2025-06-01", { category: "stock-submissions", purpose: NONGEN }),
      answer: "unknown",
    },
  ]);
});

describe("Adobe: the apps' usage data, which Content analysis does not cover", () => {
  const usage = (at: string, extra: Parameters<typeof ask>[1] = {}) => ask(at, { purpose: NONGEN, category: "usage-data", ...extra });
  table([
    {
      why: "Content analysis switched off: the usage data has its own setting, and its diagnostic part none",
      q: usage("2025-06-01", { optOuts: optOut("2025-03-01") }),
      answer: "used",
    },
    {
      why: 'the optional usage information, by default (medium: read from "opt-out")',
      q: ask("2025-06-01", { purpose: NONGEN, category: "app-usage-data" }),
      answer: "used",
      code: "used-by-default",
    },
    {
      why: "Desktop app usage switched off: the optional information sent since stops",
      q: ask("2025-06-01", { purpose: NONGEN, category: "app-usage-data", created: "2025-04-01", optOuts: optOut("2025-03-01", "desktop-app-usage") }),
      answer: "not-used",
      code: "opted-out",
    },
    {
      why: "Desktop app usage switched off: what was sent before is not said of",
      q: ask("2025-06-01", { purpose: NONGEN, category: "app-usage-data", created: "2025-01-01", optOuts: optOut("2025-03-01", "desktop-app-usage") }),
      answer: "unknown",
      code: "reach-undisclosed",
    },
    {
      why: "…but the diagnostic information cannot be switched off",
      q: ask("2025-06-01", { purpose: NONGEN, category: "diagnostic-data", optOuts: optOut("2025-03-01", "desktop-app-usage") }),
      answer: "used",
      statement: "diagnostic-data-machine-learning",
    },
    {
      why: "business profiles: Adobe does not receive desktop app usage data (June 2024 FAQ)",
      q: ask("2025-06-01", { purpose: NONGEN, category: "app-usage-data", plan: "business" }),
      answer: "not-used",
      statement: "app-usage-data-business-profiles",
    },
  ]);
});

describe("Adobe: Content analysis (machine learning that does not generate content)", () => {
  table([
    { why: "on by default when it was noticed, January 2023", q: ask("2023-01-04", { purpose: NONGEN }), answer: "used" },
    { why: "cloud files are analysed by default in 2025", q: ask("2025-06-01", { purpose: NONGEN }), answer: "used" },
    { why: "no EU exemption was found", q: ask("2025-06-01", { purpose: NONGEN, region: "DE" }), answer: "used" },
    { why: "free personal accounts as well", q: ask("2025-06-01", { purpose: NONGEN, plan: "free" }), answer: "used" },
    {
      why: "switched off: files stored since are not analysed",
      q: ask("2025-06-01", { purpose: NONGEN, created: "2025-04-01", optOuts: optOut("2025-03-01") }),
      answer: "not-used",
    },
    {
      why: "switched off: holds from its own day",
      q: ask("2025-03-01", { purpose: NONGEN, created: "2025-03-01", optOuts: optOut("2025-03-01") }),
      answer: "not-used",
    },
    {
      why: "switched off: whether files analysed before leave the pool is not said",
      q: ask("2025-06-01", { purpose: NONGEN, created: "2024-06-01", optOuts: optOut("2025-03-01") }),
      answer: "unknown",
      code: "reach-undisclosed",
    },
    {
      why: "switched off, the file's day not given: it matters",
      q: ask("2025-06-01", { purpose: NONGEN, optOuts: optOut("2025-03-01") }),
      answer: "unknown",
      needs: ["data.createdAt"],
    },
    {
      why: "future-only: an analysis the day before the choice used the files",
      q: ask("2025-02-28", { purpose: NONGEN, optOuts: optOut("2025-03-01") }),
      answer: "used",
    },
    { why: "organisation accounts: not disclosed", q: ask("2025-06-01", { purpose: NONGEN, plan: "business" }), answer: "unknown" },
    { why: "school accounts: not disclosed", q: ask("2025-06-01", { purpose: NONGEN, plan: "education" }), answer: "unknown" },
    {
      why: "plan missing: personal and organisation accounts differ",
      q: ask("2025-06-01", { purpose: NONGEN, plan: null }),
      answer: "unknown",
      needs: ["plan"],
    },
    { why: "files only on the laptop are not analysed", q: ask("2025-06-01", { purpose: NONGEN, category: "local-content", plan: null }), answer: "not-used" },
  ]);
});

describe("Adobe: AI features and Acrobat AI Assistant feedback", () => {
  table([
    {
      why: "using a machine-learning feature processes the content, even with Content analysis off",
      q: ask("2025-06-01", { purpose: "ai-inference", optOuts: optOut("2025-03-01") }),
      answer: "used",
    },
    {
      why: "feedback material with the box left ticked: used for product improvement",
      q: ask("2026-11-22", { purpose: "product-improvement", category: "acrobat-ai-assistant-feedback" }),
      answer: "used",
      confidence: "medium",
    },
    {
      why: "box unchecked: not shared",
      q: ask("2026-11-22", { purpose: "product-improvement", category: "acrobat-ai-assistant-feedback", optOuts: optOut("2026-11-22", FEEDBACK_BOX) }),
      answer: "not-used",
    },
    {
      why: "feedback material is not used to train an LLM, box ticked or not",
      q: ask("2026-11-22", { category: "acrobat-ai-assistant-feedback" }),
      answer: "not-used",
    },
    {
      why: "the FAQ's dated copy (21 August 2025): before it, the rule is not known to hold",
      q: ask("2025-06-01", { purpose: "product-improvement", category: "acrobat-ai-assistant-feedback" }),
      answer: "unknown",
    },
    {
      why: "from the dated copy on, it holds",
      q: ask("2025-09-01", { purpose: "product-improvement", category: "acrobat-ai-assistant-feedback" }),
      answer: "used",
    },
    {
      why: "the option is for Individual users: for a business account the FAQ says nothing",
      q: ask("2026-11-22", { purpose: "product-improvement", category: "acrobat-ai-assistant-feedback", plan: "business" }),
      answer: "unknown",
      code: "policy-silent",
    },
  ]);
});

describe("Adobe: timelines", () => {
  const runs = (q: Parameters<typeof timeline>[1]) => historyAsReviewed(policy, q).map((r) => `${r.from} ${r.until ?? "…"} ${r.answer}`);

  it("Content analysis for a personal account switched off on 1 March 2025: a file stored in 2024 was used, then its fate is not said", () => {
    expect(
      runs({
        purpose: NONGEN,
        category: "cloud-content",
        user: { region: "US", plan: "paid", optOuts: optOut("2025-03-01") },
        data: { createdAt: "2024-06-01" },
      }),
    ).toEqual(["2023-01-04 2024-06-01 not-used", "2024-06-01 2025-03-01 used", "2025-03-01 … unknown"]);
  });

  it("generative AI on cloud files: never used; from the June 2024 terms also by contract", () => {
    const q = { purpose: GENAI, category: "cloud-content", user: { region: "US", plan: "paid" as const } };
    // The terms' release day (18 or 19 June 2024) adds a reason, not a different answer; the answer is
    // of high confidence only from the 19th, when the contract surely applies.
    expect(runs(q)).toEqual(["2023-01-04 2024-06-18 not-used", "2024-06-18 2024-06-19 not-used", "2024-06-19 … not-used"]);
    expect(timeline(policy, q).map((r) => r.confidence)).toEqual(["medium", "medium", "high", "medium"]);
    expect(evaluate(policy, ask("2026-11-22")).reasons.map((r) => r.statement?.id)).toEqual(["genai-customer-content-never", "genai-customer-content-terms"]);
  });
});
