import { describe, expect, it } from "vitest";
import type { Choice, Question, timeline } from "../../src/index.js";
import { loadPolicy } from "../support/catalogPolicy.js";
import { type Row, answerRuns, decisionTable } from "../support/decisionTable.js";
const policy = loadPolicy("zoom"); // validates the file and fails with file:line:col issues if invalid

// Zoom's rules as questions and answers. Every statement, every control and both sides of every
// boundary day are asked here; the reason column says which fact decides.

const GENAI = "generative-ai-training";
const NONGEN = "non-generative-ai-training";
const INFERENCE = "ai-inference";
const SGD = "service-generated-data";
const CONSENT = "zoom-genai-feature-and-data-sharing-consent";
const TOGGLE = "zoom-ai-companion-admin-toggle";
const THIRD = "third-party-model-providers";

interface Extra {
  readonly category?: string;
  readonly plan?: "free" | "paid" | "business" | "enterprise" | "education" | null;
  readonly optOuts?: Choice[];
  readonly optIns?: Choice[];
  readonly recipient?: string;
}

function ask(purpose: string, at: string, extra: Extra = {}): Question {
  const plan = extra.plan === undefined ? "business" : extra.plan;
  return {
    purpose,
    category: extra.category ?? SGD,
    at,
    user: {
      region: "US",
      ...(plan !== null && { plan }),
      ...(extra.optOuts && { optOuts: extra.optOuts }),
      ...(extra.optIns && { optIns: extra.optIns }),
    },
    ...(extra.recipient !== undefined && { recipient: extra.recipient }),
  };
}

const choice = (control: string, at: string): Choice[] => [{ control, at }];
const adminConsent = (at: string) => choice(CONSENT, at);

const table = (rows: readonly Row[]) => decisionTable(policy, rows);

describe("Zoom: Service Generated Data", () => {
  table([
    { why: "before the history's coverage", q: ask(GENAI, "2023-01-31"), answer: "unknown" },
    { why: "February 2023: the Terms had no AI wording (silent)", q: ask(GENAI, "2023-02-15"), answer: "unknown" },
    { why: "the day before the Terms effective 31 March 2023", q: ask(GENAI, "2023-03-30"), answer: "unknown" },
    { why: "from 31 March 2023 the Terms allow any use, AI training included", q: ask(NONGEN, "2023-03-31"), answer: "used" },
    { why: "May 2023: used, no control", q: ask(GENAI, "2023-05-01"), answer: "used" },
    { why: "usage data in general: Service Generated Data is part of it", q: ask(GENAI, "2023-05-01", { category: "usage-data" }), answer: "used" },
    { why: "the Terms of 27 July 2023 changed nothing: the day before them", q: ask(GENAI, "2023-07-26"), answer: "used" },
    { why: "the Terms of 27 July 2023 changed nothing: their first day", q: ask(GENAI, "2023-07-27"), answer: "used" },
    { why: "the last day of the clause", q: ask(GENAI, "2023-08-10"), answer: "used" },
    { why: "from 11 August 2023 the clause is gone: AI use undisclosed", q: ask(GENAI, "2023-08-11"), answer: "unknown" },
    { why: "2025: still undisclosed", q: ask(NONGEN, "2025-06-01"), answer: "unknown" },
  ]);
});

describe("Zoom: meeting content and the August 2023 changes", () => {
  table([
    { why: "July 2023: the licence named AI; Zoom says only with consent", q: ask(GENAI, "2023-07-30", { category: "group-content" }), answer: "unknown" },
    { why: "the day before the 7 August carve-out", q: ask(GENAI, "2023-08-06", { category: "private-messages" }), answer: "unknown" },
    { why: "7 August: no training on audio, video or chat without consent", q: ask(GENAI, "2023-08-07", { category: "group-content" }), answer: "not-used" },
    { why: "the admin did nothing: chat not used", q: ask(GENAI, "2023-08-08", { category: "private-messages" }), answer: "not-used" },
    {
      why: "the admin enabled the features and shared content: meeting audio used for every participant",
      q: ask(GENAI, "2023-08-08", { category: "group-content", optIns: adminConsent("2023-08-08") }),
      answer: "used",
    },
    {
      why: "the consent covers other model training too",
      q: ask(NONGEN, "2023-08-08", { category: "group-content", optIns: adminConsent("2023-08-08") }),
      answer: "used",
    },
    {
      why: "a consent reaches forward only: the day before it was given",
      q: ask(GENAI, "2023-08-08", { category: "group-content", optIns: adminConsent("2023-08-09") }),
      answer: "not-used",
    },
    { why: "the consent's last day", q: ask(GENAI, "2023-08-10", { category: "group-content", optIns: adminConsent("2023-08-08") }), answer: "used" },
    {
      why: "11 August reversal: not used even where the admin had consented",
      q: ask(GENAI, "2023-08-11", { category: "group-content", optIns: adminConsent("2023-08-08") }),
      answer: "not-used",
    },
    {
      why: "an education account: the features were not enabled",
      q: ask(GENAI, "2023-08-08", { category: "group-content", plan: "education", optIns: adminConsent("2023-08-08") }),
      answer: "not-used",
    },
    {
      why: "a consent given, plan unknown: it matters whether it is an education account",
      q: ask(GENAI, "2023-08-08", { category: "group-content", plan: null, optIns: adminConsent("2023-08-08") }),
      answer: "unknown",
      needs: ["plan"],
    },
    { why: "whiteboards, files, polls: still under the licence until 11 August", q: ask(GENAI, "2023-08-08", { category: "posts" }), answer: "unknown" },
    { why: "whiteboards, files, polls: not used from 11 August", q: ask(GENAI, "2023-08-11", { category: "posts" }), answer: "not-used" },
    { why: "2025: whiteboards and poll results not used", q: ask(NONGEN, "2025-06-01", { category: "posts" }), answer: "not-used" },
    {
      why: "2025: meeting content does not train third-party models either",
      q: ask(GENAI, "2025-06-01", { category: "group-content", recipient: THIRD }),
      answer: "not-used",
    },
    { why: "AI Companion prompts: nothing said about training", q: ask(GENAI, "2025-06-01", { category: "ai-interactions" }), answer: "unknown" },
  ]);
});

describe("Zoom: AI Companion (inference)", () => {
  table([
    {
      why: "2025, an Enterprise account whose admin did nothing: off by default",
      q: ask(INFERENCE, "2025-06-01", { category: "group-content", plan: "enterprise" }),
      answer: "not-used",
    },
    {
      why: "2025, turned on by the admin: transcripts reach third-party model providers",
      q: ask(INFERENCE, "2025-06-01", { category: "group-content", plan: "enterprise", optIns: choice(TOGGLE, "2025-01-01"), recipient: THIRD }),
      answer: "used",
    },
    {
      why: "a Pro account the day before 21 July 2024: off by default",
      q: ask(INFERENCE, "2024-07-20", { category: "group-content", plan: "paid" }),
      answer: "not-used",
    },
    {
      why: "a Pro account from 21 July 2024: on by default only for select accounts, which Zoom does not name",
      q: ask(INFERENCE, "2024-07-21", { category: "group-content", plan: "paid" }),
      answer: "unknown",
      code: "default-undisclosed",
    },
    {
      why: "a Business account whose admin turned the features on: third-party providers get the data",
      q: ask(INFERENCE, "2024-08-01", { category: "private-messages", recipient: THIRD, optIns: choice(TOGGLE, "2024-07-25") }),
      answer: "used",
    },
    {
      why: "a Business account whose admin turned the features off",
      q: ask(INFERENCE, "2024-08-01", { category: "group-content", optOuts: choice(TOGGLE, "2024-07-25") }),
      answer: "not-used",
    },
    {
      why: "after 21 July 2024 the plan matters",
      q: ask(INFERENCE, "2025-06-01", { category: "group-content", plan: null }),
      answer: "unknown",
      needs: ["plan"],
    },
    {
      why: "an education account in August 2023: features not enabled",
      q: ask(INFERENCE, "2023-08-08", { category: "group-content", plan: "education", optIns: choice(TOGGLE, "2023-08-08") }),
      answer: "not-used",
    },
  ]);
});

describe("Zoom: the controls as data", () => {
  const controls = policy.controls ?? [];
  const control = (id: string) => controls.find((c) => c.id === id);

  it("the August 2023 training consent was the account admin's, and lived from 7 to 10 August", () => {
    expect(control(CONSENT)).toMatchObject({
      kind: "setting",
      decidedBy: "account-admin",
      // Offered with the trial features, on a day not in the sources, by 7 August at the latest.
      availability: [{ from: { latest: "2023-08-07" }, until: "2023-08-11" }],
    });
    const consented = policy.statements.find((s) => s.id === "content-training-admin-consent");
    expect(consented).toMatchObject({ from: "2023-08-07", until: "2023-08-11", consent: { default: "off" } });
  });

  it("AI Companion is switched by the account admin", () => {
    expect(control(TOGGLE)).toMatchObject({ decidedBy: "account-admin", purposes: [INFERENCE] });
  });
});

describe("Zoom: timelines", () => {
  // Adjacent runs with the same answer (but other reasons) are merged: these tests are about answers.
  const runs = (q: Parameters<typeof timeline>[1]) => answerRuns(policy, q);

  it("Service Generated Data: silent, then any purpose from 31 March 2023, then undisclosed", () => {
    expect(runs({ purpose: GENAI, category: SGD, user: { region: "US", plan: "business" } })).toEqual([
      "2023-02-01 unknown",
      "2023-03-31 used",
      "2023-08-11 unknown",
    ]);
  });

  it("meeting audio on an account whose admin consented on 8 August 2023", () => {
    expect(runs({ purpose: GENAI, category: "group-content", user: { region: "US", plan: "business", optIns: adminConsent("2023-08-08") } })).toEqual([
      "2023-02-01 unknown",
      "2023-08-07 not-used",
      "2023-08-08 used",
      "2023-08-11 not-used",
    ]);
  });
});
