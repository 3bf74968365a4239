import { describe, expect, it } from "vitest";
import type { Choice, Question, timeline } from "../../src/index.js";
import { loadPolicy } from "../support/catalogPolicy.js";
import { type Row, answerRuns, decisionTable } from "../support/decisionTable.js";
const policy = loadPolicy("slack"); // validates the file and fails with file:line:col issues if invalid

// Slack's rules as questions and answers. Every statement, every control and both sides of every
// boundary day are asked here; the reason column says which fact decides.

const GLOBAL = "global-model-training";
const WORKSPACE = "workspace-model-training";
const NONGEN = "non-generative-ai-training";
const GENAI = "generative-ai-training";
const INFERENCE = "ai-inference";
const OPT_OUT = "slack-global-model-opt-out";
const AI_ACCESS = "slack-ai-feature-access";
const GENAI_OPT_IN = "gen-ai-training-opt-in";

interface Extra {
  readonly category?: string;
  readonly region?: string;
  readonly plan?: "free" | "paid" | "business" | "enterprise" | "education" | null;
  readonly optOuts?: Choice[];
  readonly optIns?: Choice[];
  readonly recipient?: string;
}

function ask(purpose: string, at: string, extra: Extra = {}): Question {
  const plan = extra.plan === undefined ? "business" : extra.plan;
  return {
    purpose,
    category: extra.category ?? "usage-data",
    at,
    user: {
      region: extra.region ?? "US",
      ...(plan !== null && { plan }),
      ...(extra.optOuts && { optOuts: extra.optOuts }),
      ...(extra.optIns && { optIns: extra.optIns }),
    },
    ...(extra.recipient !== undefined && { recipient: extra.recipient }),
  };
}

const choice = (control: string, at: string): Choice[] => [{ control, at }];
const ownerOptOut = (at: string) => choice(OPT_OUT, at);

const table = (rows: readonly Row[]) => decisionTable(policy, rows);

describe("Slack: global (non-generative) models and the owner's e-mail opt-out", () => {
  table([
    { why: "before the history's coverage (the text is known from 16 May 2024)", q: ask(GLOBAL, "2024-05-15"), answer: "unknown" },
    { why: "usage information trains the global models by default, from the text of 16 May 2024", q: ask(GLOBAL, "2024-05-16"), answer: "used" },
    { why: "a workspace that never wrote to Slack: still used in 2025", q: ask(GLOBAL, "2025-06-01"), answer: "used" },
    {
      why: "the owner's opt-out is future-only: the day before it, still used",
      q: ask(GLOBAL, "2024-06-09", { optOuts: ownerOptOut("2024-06-10") }),
      answer: "used",
    },
    { why: "the owner's opt-out holds from its own day", q: ask(GLOBAL, "2024-06-10", { optOuts: ownerOptOut("2024-06-10") }), answer: "not-used" },
    { why: "the owner's opt-out of June 2024 still holds in 2025", q: ask(GLOBAL, "2025-06-01", { optOuts: ownerOptOut("2024-06-10") }), answer: "not-used" },
    {
      why: "after the opt-out the data still improves the workspace's own experience",
      q: ask(WORKSPACE, "2025-06-01", { optOuts: ownerOptOut("2024-06-10") }),
      answer: "used",
    },
    {
      why: "so non-generative training as a whole still uses the data after the opt-out",
      q: ask(NONGEN, "2025-06-01", { optOuts: ownerOptOut("2024-06-10") }),
      answer: "used",
    },
    { why: "no regional exemption: a workspace in Germany", q: ask(GLOBAL, "2025-06-01", { region: "DE" }), answer: "used" },
    { why: "no plan exemption: a free workspace", q: ask(GLOBAL, "2025-06-01", { plan: "free" }), answer: "used" },
    { why: "the plan does not matter for the global models", q: ask(GLOBAL, "2025-06-01", { plan: null }), answer: "used" },
    {
      why: "disabling AI features does not opt out of the global models",
      q: ask(GLOBAL, "2025-06-01", { optOuts: choice(AI_ACCESS, "2024-06-10") }),
      answer: "used",
    },
    {
      why: "channel messages: the principles say analysed, Slack's blog says not accessed",
      q: ask(GLOBAL, "2025-06-01", { category: "group-content" }),
      answer: "unknown",
    },
    { why: "direct messages: disputed in the same way", q: ask(GLOBAL, "2024-05-20", { category: "private-messages" }), answer: "unknown" },
    {
      why: "direct messages after the owner's opt-out: both readings say not used",
      q: ask(GLOBAL, "2025-06-01", { category: "private-messages", optOuts: ownerOptOut("2024-06-10") }),
      answer: "not-used",
    },
    {
      why: "files after the owner's opt-out: not used by the global models",
      q: ask(GLOBAL, "2025-06-01", { category: "posts", optOuts: ownerOptOut("2024-06-10") }),
      answer: "not-used",
    },
    { why: "workspace-local improvement from usage: no control reaches it", q: ask(WORKSPACE, "2025-06-01"), answer: "used" },
    {
      why: "workspace-local improvement from messages: disputed by the blog",
      q: ask(WORKSPACE, "2025-06-01", { category: "group-content", optOuts: ownerOptOut("2024-06-10") }),
      answer: "unknown",
    },
  ]);
});

describe("Slack: generative-AI training and the 17 May 2024 rewording", () => {
  table([
    {
      why: 'before the rewording the principles spoke of "AI/ML models" without excluding generative ones',
      q: ask(GENAI, "2024-05-16", { category: "group-content" }),
      answer: "unknown",
    },
    { why: "usage information before the rewording: as ambiguous", q: ask(GENAI, "2024-05-16"), answer: "unknown" },
    { why: "from 17 May 2024: no LLMs or generative models on customer data", q: ask(GENAI, "2024-05-17", { category: "group-content" }), answer: "not-used" },
    { why: "direct messages in 2025, no opt-in: not used", q: ask(GENAI, "2025-06-01", { category: "private-messages" }), answer: "not-used" },
    { why: "files after the later opt-in wording, no opt-in: not used", q: ask(GENAI, "2026-10-01", { category: "posts" }), answer: "not-used" },
    { why: "Slack AI prompts and outputs: not used", q: ask(GENAI, "2025-06-01", { category: "ai-interactions" }), answer: "not-used" },
    {
      why: "an opt-in in 2025: the day the opt-in wording appeared is undisclosed, and the AI principles say never",
      q: ask(GENAI, "2025-06-01", { category: "group-content", optIns: choice(GENAI_OPT_IN, "2025-01-01") }),
      answer: "unknown",
    },
    {
      why: "an opt-in after August 2026: the privacy principles allow it, the AI principles say never",
      q: ask(GENAI, "2026-10-01", { category: "group-content", optIns: choice(GENAI_OPT_IN, "2026-09-15") }),
      answer: "unknown",
    },
    { why: "usage information after the rewording: the principles speak only of customer data", q: ask(GENAI, "2025-06-01"), answer: "unknown" },
    {
      why: "the LLM providers train nothing on Slack data",
      q: ask(GENAI, "2025-06-01", { category: "group-content", recipient: "llm-providers" }),
      answer: "not-used",
    },
  ]);
});

describe("Slack: Slack AI (inference)", () => {
  const enabled = choice(AI_ACCESS, "2024-06-01");
  table([
    {
      why: "Slack AI enabled by the admins: channel content is processed in Slack's cloud",
      q: ask(INFERENCE, "2025-06-01", { category: "group-content", optIns: enabled }),
      answer: "used",
    },
    {
      why: "Slack AI enabled: the LLM providers get no access",
      q: ask(INFERENCE, "2025-06-01", { category: "group-content", optIns: enabled, recipient: "llm-providers" }),
      answer: "not-used",
    },
    {
      why: "the admins did nothing: whether AI features are on until they act is not said",
      q: ask(INFERENCE, "2025-06-01", { category: "private-messages" }),
      answer: "unknown",
      code: "default-undisclosed",
    },
    {
      why: "enabled, then disabled by the admins",
      q: ask(INFERENCE, "2025-06-01", { category: "group-content", optIns: enabled, optOuts: choice(AI_ACCESS, "2025-01-01") }),
      answer: "not-used",
    },
    {
      why: "a free workspace: Slack says nothing",
      q: ask(INFERENCE, "2025-06-01", { category: "group-content", plan: "free", optIns: enabled }),
      answer: "unknown",
    },
    {
      why: "the plan matters when the admins enabled AI",
      q: ask(INFERENCE, "2025-06-01", { category: "group-content", plan: null, optIns: enabled }),
      answer: "unknown",
      needs: ["plan"],
    },
    {
      why: "an Enterprise organisation after the Slackbot rollout: on for Grid and Enterprise+, not said for Enterprise Select, which the plan does not tell apart",
      q: ask(INFERENCE, "2026-02-23", { category: "group-content", plan: "enterprise" }),
      answer: "unknown",
      code: "default-undisclosed",
    },
    {
      why: "during the rollout (10 to 23 February 2026): the same",
      q: ask(INFERENCE, "2026-02-15", { category: "group-content", plan: "enterprise" }),
      answer: "unknown",
      code: "default-undisclosed",
    },
    {
      why: "admins who enabled it: used, whichever enterprise plan",
      q: ask(INFERENCE, "2026-03-01", { category: "group-content", plan: "enterprise", optIns: choice(AI_ACCESS, "2026-02-01") }),
      answer: "used",
      code: "opted-in",
    },
    {
      why: "admins who restricted access before 9 February kept it off",
      q: ask(INFERENCE, "2026-03-01", { category: "group-content", plan: "enterprise", optOuts: choice(AI_ACCESS, "2026-02-01") }),
      answer: "not-used",
    },
    {
      why: "a Business+ workspace: the rollout note speaks of Enterprise organisations only",
      q: ask(INFERENCE, "2026-03-01", { category: "group-content" }),
      answer: "unknown",
      code: "default-undisclosed",
    },
  ]);
});

describe("Slack: third-party apps (API Terms)", () => {
  table([
    {
      why: "an app used outside its maker's organisation may not train a large language model on API data",
      q: ask(GENAI, "2026-01-01", { category: "private-messages", recipient: "third-party-apps" }),
      answer: "not-used",
      statement: "third-party-apps-no-llm-training",
    },
    {
      why: "before the API Terms read (10 October 2025), not said",
      q: ask(GENAI, "2025-05-01", { category: "private-messages", recipient: "third-party-apps" }),
      answer: "unknown",
    },
  ]);
});

describe("Slack: the controls as data", () => {
  const controls = policy.controls ?? [];
  const control = (id: string) => controls.find((c) => c.id === id);

  it("the global-model opt-out is an e-mail an owner sends, with its address and subject", () => {
    expect(control(OPT_OUT)).toMatchObject({
      kind: "email",
      decidedBy: "workspace-owner",
      enforcement: "enforced",
      scope: "future-only",
      purposes: [GLOBAL],
      contact: { email: "feedback@slack.com", subject: "Slack Global model opt-out request" },
    });
  });

  it("AI features are switched by admins, and generative training needs the customer's opt-in", () => {
    expect(control(AI_ACCESS)).toMatchObject({ kind: "setting", decidedBy: "account-admin", purposes: [INFERENCE] });
    expect(control(GENAI_OPT_IN)).toMatchObject({ decidedBy: "workspace-owner", purposes: [GENAI] });
    const optIn = policy.statements.find((s) => s.id === "genai-opt-in");
    expect(optIn?.consent?.default).toBe("off");
    expect(optIn?.from).toMatchObject({ earliest: "2024-05-18", latest: "2026-08-31" });
  });
});

describe("Slack: timelines", () => {
  // Adjacent runs with the same answer (but other reasons) are merged: these tests are about answers.
  const runs = (q: Parameters<typeof timeline>[1]) => answerRuns(policy, q);

  it("generative training on channel messages: ambiguous, then excluded from 17 May 2024", () => {
    expect(runs({ purpose: GENAI, category: "group-content", user: { region: "US", plan: "business" } })).toEqual([
      "2024-05-16 unknown",
      "2024-05-17 not-used",
    ]);
  });

  it("global models after an owner's opt-out of 10 June 2024", () => {
    expect(runs({ purpose: GLOBAL, category: "usage-data", user: { region: "US", optOuts: ownerOptOut("2024-06-10") } })).toEqual([
      "2024-05-16 used",
      "2024-06-10 not-used",
    ]);
  });
});
