import { describe, expect, it } from "vitest";
import { type Choice, type Question, compilePolicy, controlsFor, evaluate, type timeline } from "../../src/index.js";
import { loadPolicy } from "../support/catalogPolicy.js";
import { type Row, answerRuns, decisionTable } from "../support/decisionTable.js";
const policy = loadPolicy("openai"); // validates the file and fails with file:line:col issues if invalid

// OpenAI's rules as questions and answers. Every statement, every control and both sides of every
// boundary day are asked here; the reason column says which fact decides.

const GENAI = "generative-ai-training";
const CHATS = "chatgpt-conversations";
const TEMP = "temporary-chats";
const SORA = "sora-content";
const API = "api-content";
const TOGGLE = "data-controls-training-toggle";
const PORTAL = "privacy-request-do-not-train";
const SORA_SETTING = "sora-training-setting";
const TEMP_CHAT = "temporary-chat";
const BIZ_OPT_IN = "business-data-sharing-opt-in";
const API_OPT_IN = "api-data-sharing-opt-in";
const API_LEGACY = "api-legacy-opt-out";
const PARENTAL = "parental-model-training";

type Plan = "free" | "paid" | "business" | "enterprise" | "education";

interface Extra {
  readonly category?: string;
  readonly region?: string | null;
  readonly plan?: Plan | null;
  readonly optOuts?: Choice[];
  readonly optIns?: Choice[];
  readonly created?: string;
  readonly age?: number;
}

function ask(category: string, at: string, extra: Extra = {}): Question {
  const plan = extra.plan === undefined ? "free" : extra.plan;
  const region = extra.region === undefined ? "US" : extra.region;
  return {
    purpose: GENAI,
    category,
    at,
    user: {
      ...(region !== null && { region }),
      ...(plan !== null && { plan }),
      ...(extra.age !== undefined && { age: extra.age }),
      ...(extra.optOuts && { optOuts: extra.optOuts }),
      ...(extra.optIns && { optIns: extra.optIns }),
    },
    ...(extra.created !== undefined && { data: { createdAt: extra.created } }),
  };
}

const choice = (control: string, at: string): Choice[] => [{ control, at }];

const table = (rows: readonly Row[]) => decisionTable(policy, rows);

describe("OpenAI: ChatGPT conversations before the April 2023 toggle (the form)", () => {
  const form = (at: string) => choice(PORTAL, at);
  table([
    { why: "before the history's coverage (1 March 2023)", q: ask(CHATS, "2023-02-28"), answer: "unknown" },
    { why: "March 2023: the undated form-era help articles may not speak for it yet", q: ask(CHATS, "2023-03-01"), answer: "unknown" },
    { why: "24 April 2023: used by default, the form-era texts speak for it", q: ask(CHATS, "2023-04-24"), answer: "used" },
    {
      why: 'a form request "going forward": whether it reaches conversations from before it is ambiguous',
      q: ask(CHATS, "2023-04-24", { optOuts: form("2023-04-01"), created: "2023-03-15" }),
      answer: "unknown",
      code: "reach-undisclosed",
    },
    {
      why: 'a form request "going forward" keeps conversations started after it out either way',
      q: ask(CHATS, "2023-04-24", { optOuts: form("2023-04-01"), created: "2023-04-10" }),
      answer: "not-used",
      code: "opted-out",
    },
    {
      why: "the form request, the creation day not given: it matters",
      q: ask(CHATS, "2023-04-24", { optOuts: form("2023-04-01") }),
      answer: "unknown",
      needs: ["data.createdAt"],
    },
    {
      why: "a form request is not in force before its own day",
      q: ask(CHATS, "2023-04-24", { optOuts: form("2023-04-25"), created: "2023-04-01" }),
      answer: "used",
    },
    {
      why: "the toggle did not exist before 25 April 2023: switching it has no effect",
      q: ask(CHATS, "2023-04-24", { optOuts: choice(TOGGLE, "2023-04-20"), created: "2023-04-21" }),
      answer: "used",
    },
  ]);
});

describe("OpenAI: ChatGPT conversations from 25 April 2023 (toggle and privacy request)", () => {
  table([
    { why: "25 April 2023: still used by default for Free and Plus", q: ask(CHATS, "2023-04-25"), answer: "used" },
    { why: "2025: used by default, Free", q: ask(CHATS, "2025-06-01"), answer: "used" },
    { why: "2025: used by default, Plus or Pro (paid)", q: ask(CHATS, "2025-06-01", { plan: "paid" }), answer: "used" },
    { why: "no regional exemption: Germany", q: ask(CHATS, "2025-06-01", { region: "DE" }), answer: "used" },
    { why: "no regional exemption: the United Kingdom", q: ask(CHATS, "2025-06-01", { region: "GB" }), answer: "used" },
    { why: "no regional exemption: India", q: ask(CHATS, "2026-06-01", { region: "IN" }), answer: "used" },
    { why: "the region does not matter", q: ask(CHATS, "2025-06-01", { region: null }), answer: "used" },
    {
      why: "the plan matters: consumer plans are used, business plans are not",
      q: ask(CHATS, "2025-06-01", { plan: null }),
      answer: "unknown",
      needs: ["plan"],
    },
    // "Chat history & training" (2023): conversations started with history off are not used.
    {
      why: "toggle off on 25 April 2023: a conversation started that day is not used",
      q: ask(CHATS, "2023-04-25", { optOuts: choice(TOGGLE, "2023-04-25"), created: "2023-04-25" }),
      answer: "not-used",
    },
    {
      why: "toggle off in May 2023: earlier conversations are not covered (new-data-only)",
      q: ask(CHATS, "2023-06-01", { optOuts: choice(TOGGLE, "2023-05-01"), created: "2023-04-10" }),
      answer: "used",
    },
    {
      why: "toggle off: whether a conversation is covered depends on when it started",
      q: ask(CHATS, "2023-06-01", { optOuts: choice(TOGGLE, "2023-05-01") }),
      answer: "unknown",
      needs: ["data.createdAt"],
    },
    {
      why: "toggle switched back on: later conversations are used again",
      q: ask(CHATS, "2024-03-01", { optOuts: choice(TOGGLE, "2023-05-01"), optIns: choice(TOGGLE, "2024-01-01"), created: "2024-02-01" }),
      answer: "used",
    },
    // "Improve the model for everyone" (late April 2024): the same control, earlier choices remain.
    {
      why: 'a 2023 opt-out remains after the split into "Improve the model for everyone"',
      q: ask(CHATS, "2025-06-01", { optOuts: choice(TOGGLE, "2023-05-01"), created: "2025-01-01" }),
      answer: "not-used",
    },
    {
      why: '"Improve the model for everyone" off in 2025: new conversations are not used',
      q: ask(CHATS, "2025-06-01", { optOuts: choice(TOGGLE, "2025-03-01"), created: "2025-03-01" }),
      answer: "not-used",
    },
    {
      why: '"Improve the model for everyone" off in 2025: the day before, a conversation is still used',
      q: ask(CHATS, "2025-06-01", { optOuts: choice(TOGGLE, "2025-03-01"), created: "2025-02-28" }),
      answer: "used",
    },
    {
      why: "an opt-out of June 2026 has no effect before its day",
      q: ask(CHATS, "2026-05-31", { optOuts: choice(TOGGLE, "2026-06-01"), created: "2026-05-01" }),
      answer: "used",
    },
    // The privacy request ("do not train on my content"): new conversations since the wording changed.
    {
      why: "a form request of April 2023 still holds after the toggle appeared; for older conversations it is as ambiguous",
      q: ask(CHATS, "2023-06-01", { optOuts: choice(PORTAL, "2023-04-01"), created: "2023-03-15" }),
      answer: "unknown",
    },
    {
      why: "a privacy-portal request of 2024 reaches new conversations",
      q: ask(CHATS, "2024-07-01", { optOuts: choice(PORTAL, "2024-06-01"), created: "2024-06-02" }),
      answer: "not-used",
    },
    {
      why: "a privacy-portal request of 2024 does not reach earlier conversations (new-data-only)",
      q: ask(CHATS, "2024-07-01", { optOuts: choice(PORTAL, "2024-06-01"), created: "2024-05-01" }),
      answer: "used",
    },
    {
      why: "a request of October 2023: whether it reaches older chats depends on when the wording changed",
      q: ask(CHATS, "2023-11-01", { optOuts: choice(PORTAL, "2023-10-01"), created: "2023-09-01" }),
      answer: "unknown",
    },
    {
      why: "a request of 24 April 2023, the last day before the toggle: going forward, ambiguous for old chats",
      q: ask(CHATS, "2023-11-01", { optOuts: choice(PORTAL, "2023-04-24"), created: "2023-03-15" }),
      answer: "unknown",
    },
    {
      why: "a request of 29 April 2024: the wording may not have changed yet, undecided for old chats",
      q: ask(CHATS, "2024-07-01", { optOuts: choice(PORTAL, "2024-04-29"), created: "2024-04-01" }),
      answer: "unknown",
    },
    {
      why: 'a request of 30 April 2024, when the "new conversations" wording was in place at the latest: old chats still used',
      q: ask(CHATS, "2024-07-01", { optOuts: choice(PORTAL, "2024-04-30"), created: "2024-04-01" }),
      answer: "used",
    },
    {
      why: "a request of October 2023 reaches newer chats under either wording",
      q: ask(CHATS, "2023-11-01", { optOuts: choice(PORTAL, "2023-10-01"), created: "2023-10-15" }),
      answer: "not-used",
    },
    {
      why: "the per-item Temporary Chat is not an account opt-out: ordinary chats stay used",
      q: ask(CHATS, "2025-06-01", { optOuts: choice(TEMP_CHAT, "2025-01-01"), created: "2025-02-01" }),
      answer: "used",
    },
    {
      why: "Sora's own setting does not change ChatGPT",
      q: ask(CHATS, "2025-06-01", { optOuts: choice(SORA_SETTING, "2025-05-01"), created: "2025-05-02" }),
      answer: "used",
    },
  ]);
});

describe("OpenAI: teens and the parental model-training control (29 September 2025)", () => {
  const parent = (at: string) => choice(PARENTAL, at);
  table([
    { why: "a teen's conversations are used by default, like an adult's", q: ask(CHATS, "2025-11-01", { age: 15 }), answer: "used" },
    {
      why: "a linked parent switched training off: the teen's new conversations are not used",
      q: ask(CHATS, "2025-11-01", { age: 15, optOuts: parent("2025-10-01"), created: "2025-10-02" }),
      answer: "not-used",
    },
    {
      why: "the parent's choice does not reach the teen's earlier conversations",
      q: ask(CHATS, "2025-11-01", { age: 15, optOuts: parent("2025-10-01"), created: "2025-09-30" }),
      answer: "used",
    },
    {
      why: "the parent's choice is not in force before its day",
      q: ask(CHATS, "2025-09-30", { age: 16, optOuts: parent("2025-10-01"), created: "2025-09-29" }),
      answer: "used",
    },
    {
      why: "a parent's choice on the first day of parental controls",
      q: ask(CHATS, "2025-11-01", { age: 13, optOuts: parent("2025-09-29"), created: "2025-09-29" }),
      answer: "not-used",
    },
    {
      why: "the parental control does not reach Sora",
      q: ask(SORA, "2025-11-01", { age: 15, optOuts: parent("2025-10-01"), created: "2025-10-02" }),
      answer: "used",
    },
    { why: "an adult: the age does not change the default", q: ask(CHATS, "2025-11-01", { age: 30 }), answer: "used" },
    {
      why: "an adult cannot be linked to a parent: the parental choice is passed over, and says so",
      q: ask(CHATS, "2025-11-01", { age: 30, optOuts: parent("2025-10-01"), created: "2025-10-02" }),
      answer: "used",
      code: "used-by-default",
    },
    {
      why: "a parental choice, the age not given: it matters",
      q: ask(CHATS, "2025-11-01", { optOuts: parent("2025-10-01"), created: "2025-10-02" }),
      answer: "unknown",
      needs: ["age"],
    },
  ]);
});

describe("OpenAI: Temporary Chat (a category of conversations, not an account setting)", () => {
  table([
    { why: "from mid-February 2024, Temporary Chats are not used", q: ask(TEMP, "2024-02-16"), answer: "not-used" },
    { why: "the week of the roll-out: the day is not known", q: ask(TEMP, "2024-02-13"), answer: "unknown" },
    { why: "the first day of the roll-out week (the earliest bound)", q: ask(TEMP, "2024-02-12"), answer: "unknown" },
    { why: "15 February 2024 (the latest bound): not used", q: ask(TEMP, "2024-02-15"), answer: "not-used" },
    { why: "before Temporary Chat existed, all conversations fell under the default", q: ask(TEMP, "2024-02-11"), answer: "used" },
    { why: "not used with training on, in 2025", q: ask(TEMP, "2025-06-01", { plan: "paid" }), answer: "not-used" },
    { why: "not used in Germany either", q: ask(TEMP, "2026-06-01", { region: "DE" }), answer: "not-used" },
    { why: "not used whatever the plan", q: ask(TEMP, "2025-06-01", { plan: null }), answer: "not-used" },
    {
      why: "an opted-in business workspace: Temporary Chats still not used",
      q: ask(TEMP, "2025-06-01", { plan: "enterprise", optIns: choice(BIZ_OPT_IN, "2025-01-01"), created: "2025-02-01" }),
      answer: "not-used",
    },
  ]);
});

describe("OpenAI: Sora (its own setting; the privacy request covers it; the ChatGPT toggle does not)", () => {
  table([
    { why: "before the first text that speaks for Sora (a report of 16 December 2024)", q: ask(SORA, "2024-12-15"), answer: "unknown" },
    { why: "16 December 2024: Sora content used by default", q: ask(SORA, "2024-12-16"), answer: "used" },
    { why: "28 April 2025 (the first primary text): used by default", q: ask(SORA, "2025-04-28"), answer: "used" },
    {
      why: "the ChatGPT toggle does not change Sora's setting",
      q: ask(SORA, "2025-06-01", { optOuts: choice(TOGGLE, "2025-05-01"), created: "2025-05-02" }),
      answer: "used",
    },
    {
      why: "Sora's own setting: new Sora content is not used",
      q: ask(SORA, "2025-06-01", { optOuts: choice(SORA_SETTING, "2025-05-01"), created: "2025-05-02" }),
      answer: "not-used",
    },
    {
      why: "Sora's own setting: earlier Sora content is not covered",
      q: ask(SORA, "2025-06-01", { optOuts: choice(SORA_SETTING, "2025-05-01"), created: "2025-04-30" }),
      answer: "used",
    },
    {
      why: "the privacy-portal request applies to Sora too",
      q: ask(SORA, "2025-06-01", { optOuts: choice(PORTAL, "2025-05-01"), created: "2025-05-02" }),
      answer: "not-used",
    },
    {
      why: "the privacy-portal request and ChatGPT: both covered by one request",
      q: ask(CHATS, "2025-06-01", { optOuts: choice(PORTAL, "2025-05-01"), created: "2025-05-02" }),
      answer: "not-used",
    },
    { why: "the last day of Sora's web and app experiences", q: ask(SORA, "2026-04-25"), answer: "used" },
    { why: "after the discontinuation (26 April 2026): undisclosed", q: ask(SORA, "2026-04-26"), answer: "unknown" },
    {
      why: "after the discontinuation, even with an opt-out: undisclosed",
      q: ask(SORA, "2026-06-01", { optOuts: choice(SORA_SETTING, "2025-05-01"), created: "2025-06-01" }),
      answer: "unknown",
    },
    { why: "a business plan: nothing is said about Sora", q: ask(SORA, "2025-06-01", { plan: "business" }), answer: "unknown" },
  ]);
});

describe("OpenAI: feedback stays in use after opting out (EU privacy policy, 1 April 2026)", () => {
  const allOff = [...choice(TOGGLE, "2025-01-01"), ...choice(PORTAL, "2025-01-01")];
  table([
    { why: "Germany, 1 April 2026: feedback is used", q: ask("feedback", "2026-04-01", { region: "DE" }), answer: "used" },
    { why: "Germany, the day before: the earlier policy said nothing", q: ask("feedback", "2026-03-31", { region: "DE" }), answer: "unknown" },
    {
      why: "feedback after switching off both training controls: still used",
      q: ask("feedback", "2026-06-01", { region: "DE", optOuts: allOff, created: "2026-05-01" }),
      answer: "used",
    },
    {
      why: "the same user's new conversations are not used",
      q: ask(CHATS, "2026-06-01", { region: "DE", optOuts: allOff, created: "2026-05-01" }),
      answer: "not-used",
    },
    { why: "France (EEA): used", q: ask("feedback", "2026-06-01", { region: "FR", plan: "paid" }), answer: "used" },
    { why: "the United Kingdom: used", q: ask("feedback", "2026-06-01", { region: "GB" }), answer: "used" },
    { why: "Switzerland: used", q: ask("feedback", "2026-06-01", { region: "CH" }), answer: "used" },
    {
      why: "the United States in June 2026: the privacy policy for other regions was not read, and the help article is known from October",
      q: ask("feedback", "2026-06-01", { region: "US" }),
      answer: "unknown",
      code: "uncertain-date",
    },
    { why: "the region matters for feedback in June 2026", q: ask("feedback", "2026-06-01", { region: null }), answer: "unknown", needs: ["region"] },
  ]);
});

describe("OpenAI: feedback after opting out, everywhere (the help article, known from October 2026)", () => {
  const allOff = [...choice(TOGGLE, "2025-01-01"), ...choice(PORTAL, "2025-01-01")];
  table([
    {
      why: "the United States, after both opt-outs: the feedback's conversation may still be used (medium)",
      q: ask("feedback", "2026-10-05", { region: "US", optOuts: allOff, created: "2026-10-01" }),
      answer: "used",
      statement: "feedback-trained-after-opt-out",
    },
    { why: "with no region given, every region now gives it", q: ask("feedback", "2026-10-05", { region: null }), answer: "used" },
    { why: "not for business plans, which the article leaves to their own terms", q: ask("feedback", "2026-10-05", { plan: "business" }), answer: "unknown" },
  ]);
});

describe("OpenAI: business plans (Team/Business, Enterprise, Edu) not used unless the organisation opts in", () => {
  const optIn = choice(BIZ_OPT_IN, "2025-01-01");
  table([
    { why: "Team/Business: not used by default", q: ask(CHATS, "2025-06-01", { plan: "business" }), answer: "not-used" },
    { why: "Enterprise: not used by default", q: ask(CHATS, "2026-06-01", { plan: "enterprise", region: "DE" }), answer: "not-used" },
    { why: "Edu: not used by default", q: ask(CHATS, "2025-06-01", { plan: "education" }), answer: "not-used" },
    { why: '16 February 2024: the earliest text read ("as always")', q: ask(CHATS, "2024-02-16", { plan: "enterprise" }), answer: "not-used" },
    { why: "15 February 2024: the day before the earliest text read, undecided", q: ask(CHATS, "2024-02-15", { plan: "business" }), answer: "unknown" },
    { why: "before that, the texts read do not speak for business plans", q: ask(CHATS, "2023-09-01", { plan: "enterprise" }), answer: "unknown" },
    {
      why: "an organisation that opted in: data shared after the opt-in is used",
      q: ask(CHATS, "2025-06-01", { plan: "business", optIns: optIn, created: "2025-02-01" }),
      answer: "used",
    },
    {
      why: "an organisation that opted in: data from before the opt-in is not",
      q: ask(CHATS, "2025-06-01", { plan: "business", optIns: optIn, created: "2024-12-01" }),
      answer: "not-used",
    },
    {
      why: "the consumer toggle is not what opts a business in",
      q: ask(CHATS, "2025-06-01", { plan: "business", optIns: choice(TOGGLE, "2025-01-01"), created: "2025-02-01" }),
      answer: "not-used",
    },
  ]);
});

describe("OpenAI: the API (opt-in since 1 March 2023; earlier data may have been used)", () => {
  const legacy = choice(API_LEGACY, "2022-12-01");
  table([
    { why: "before the history's coverage", q: ask(API, "2023-02-28", { plan: null, created: "2023-02-01" }), answer: "unknown" },
    { why: "data sent on 1 March 2023: not used without an opt-in", q: ask(API, "2023-03-01", { plan: null, created: "2023-03-01" }), answer: "not-used" },
    { why: "data sent on 28 February 2023 may have been used", q: ask(API, "2023-03-01", { plan: null, created: "2023-02-28" }), answer: "used" },
    {
      why: "pre-March data of a customer who had opted out before sending it: not used",
      q: ask(API, "2024-01-01", { plan: null, optOuts: legacy, created: "2023-01-15" }),
      answer: "not-used",
    },
    {
      why: "pre-March data sent before the customer's earlier opt-out: may have been used",
      q: ask(API, "2024-01-01", { plan: null, optOuts: legacy, created: "2022-11-01" }),
      answer: "used",
    },
    { why: "the creation day decides for API data", q: ask(API, "2025-06-01", { plan: null }), answer: "unknown", needs: ["data.createdAt"] },
    {
      why: "an opted-in organisation: data shared afterwards is used",
      q: ask(API, "2025-06-01", { plan: null, optIns: choice(API_OPT_IN, "2024-06-01"), created: "2024-06-02" }),
      answer: "used",
    },
    {
      why: "an opted-in organisation: data from before the opt-in is not",
      q: ask(API, "2025-06-01", { plan: null, optIns: choice(API_OPT_IN, "2024-06-01"), created: "2024-05-31" }),
      answer: "not-used",
    },
    { why: "the API rule has no regional exception", q: ask(API, "2026-06-01", { plan: null, region: "DE", created: "2026-01-01" }), answer: "not-used" },
  ]);
});

describe("OpenAI: the controls as data", () => {
  const controls = policy.controls ?? [];
  const control = (id: string) => controls.find((c) => c.id === id);

  it("one toggle under two names, from 25 April 2023, the rename in late April 2024", () => {
    const toggle = control(TOGGLE);
    expect(toggle).toMatchObject({ kind: "setting", scope: "new-data-only", decidedBy: "user", purposes: [GENAI] });
    expect(toggle?.labels.map((l) => l.text)).toEqual(["Chat history & training", "Improve the model for everyone"]);
    expect(toggle?.labels[0]?.from).toBe("2023-04-25");
    expect(toggle?.labels[1]?.from).toMatchObject({ earliest: "2024-04-20", latest: "2024-04-30" });
  });

  it("reasons name the toggle as it was called on the day of the use", () => {
    const named = (at: string) =>
      evaluate(policy, ask(CHATS, at, { created: "2023-06-01", optOuts: choice(TOGGLE, "2023-05-01") })).reasons.find((r) => r.control?.id === TOGGLE)?.control
        ?.label;
    expect(named("2023-06-15")).toBe("Chat history & training");
    // The renaming's day is undisclosed within 20-30 April 2024: the old name until it surely happened.
    expect(named("2024-04-25")).toBe("Chat history & training");
    expect(named("2024-05-01")).toBe("Improve the model for everyone");
    // The same on the fast path, which a second question of a prepared policy takes.
    const compiled = compilePolicy(policy);
    for (const at of ["2023-06-15", "2024-04-25", "2024-05-01", "2023-06-15"]) {
      const q = ask(CHATS, at, { created: "2023-06-01", optOuts: choice(TOGGLE, "2023-05-01") });
      evaluate(compiled, q);
      expect(evaluate(compiled, q)).toEqual(evaluate(policy, q));
    }
  });

  it("several controls with different reach for the same purpose", () => {
    const linked = (statement: string) =>
      policy.statements
        .find((s) => s.id === statement)
        ?.consent?.controls.map((l) => l.control)
        .sort();
    expect(linked("chatgpt-training")).toEqual([TOGGLE, PARENTAL, PORTAL].sort());
    expect(linked("sora-training")).toEqual([PORTAL, SORA_SETTING].sort());
    expect(linked("chatgpt-training-form-era")).toEqual([PORTAL]);
    expect(control(TEMP_CHAT)).toMatchObject({ kind: "per-item", decidedBy: "user" });
    expect(control(PORTAL)).toMatchObject({ kind: "form", url: "https://privacy.openai.com/policies?modal=take-control" });
  });

  it("organisations decide the opt-ins and the old API opt-out", () => {
    for (const id of [BIZ_OPT_IN, API_OPT_IN, API_LEGACY]) expect(control(id)?.decidedBy).toBe("account-admin");
    expect(control(PARENTAL)).toMatchObject({ decidedBy: "parent", kind: "setting", purposes: [GENAI] });
    expect(policy.statements.find((s) => s.id === "api-opt-in-since-2023")?.consent?.default).toBe("off");
    expect(policy.statements.find((s) => s.id === "business-plans-opt-in")?.consent?.default).toBe("off");
  });

  it("the controls offered in Germany in 2025 and in 2023", () => {
    const offered = (at: string) =>
      controlsFor(policy, { region: "DE", at })
        .filter((c) => c.availability === "available")
        .map((c) => c.id)
        .sort();
    expect(offered("2025-06-01")).toEqual([API_OPT_IN, TOGGLE, PORTAL, SORA_SETTING, TEMP_CHAT].sort());
    expect(offered("2023-04-24")).toEqual([API_OPT_IN, PORTAL].sort());
    expect(offered("2025-10-01")).toEqual([API_OPT_IN, TOGGLE, PARENTAL, PORTAL, SORA_SETTING, TEMP_CHAT].sort());
    expect(offered("2026-06-01")).toEqual([API_OPT_IN, TOGGLE, PARENTAL, PORTAL, TEMP_CHAT].sort());
  });
});

describe("OpenAI: timelines", () => {
  // Adjacent runs with the same answer (but other reasons) are merged: these tests are about answers.
  const runs = (q: Parameters<typeof timeline>[1]) => answerRuns(policy, q);

  it("a Free user's conversation of 1 March 2025, opted out on 1 May 2025: still used (started before)", () => {
    expect(
      runs({ purpose: GENAI, category: CHATS, user: { region: "US", plan: "free", optOuts: choice(TOGGLE, "2025-05-01") }, data: { createdAt: "2025-03-01" } }),
    ).toEqual([
      "2023-03-01 not-used", // the conversation does not exist yet
      "2025-03-01 used",
    ]);
  });

  it("Sora content of a user who switched Sora's setting off: not used, then undisclosed after the end", () => {
    expect(
      runs({
        purpose: GENAI,
        category: SORA,
        user: { region: "US", plan: "paid", optOuts: choice(SORA_SETTING, "2025-05-01") },
        data: { createdAt: "2025-06-01" },
      }),
    ).toEqual([
      "2023-03-01 not-used", // before the content existed, then excluded by Sora's setting
      "2026-04-26 unknown",
    ]);
  });

  it("feedback in Germany: silent, then used from 1 April 2026", () => {
    expect(runs({ purpose: GENAI, category: "feedback", user: { region: "DE", plan: "free" } })).toEqual(["2023-03-01 unknown", "2026-04-01 used"]);
  });

  it("Temporary Chats: under the default until the roll-out week, then not used", () => {
    expect(runs({ purpose: GENAI, category: TEMP, user: { region: "US", plan: "free" } })).toEqual([
      "2023-03-01 unknown",
      "2023-04-24 used",
      "2024-02-12 unknown",
      "2024-02-15 not-used",
    ]);
  });
});
