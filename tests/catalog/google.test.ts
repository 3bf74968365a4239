import { describe, expect, it } from "vitest";
import { type Choice, type Question, controlsFor } from "../../src/index.js";
import { loadPolicy } from "../support/catalogPolicy.js";
import { type Row, decisionTable, historyAsReviewed } from "../support/decisionTable.js";
const policy = loadPolicy("google"); // validates the file and fails with file:line:col issues if invalid

// Google's rules as questions and answers: public web information, Bard and Gemini Apps chats, the
// activity setting under its three names, reviewed chats, feedback, temporary chats, uploads, the audio
// and Live opt-in, Google-Extended and work accounts. Every statement, every control and both sides of
// every boundary day are asked here; the code column says which fact decides.

const GENAI = "generative-ai-training";
const NONGEN = "non-generative-ai-training";
const LM = "language-model-training";
const REVIEW = "human-review";
const KEEP = "keep-activity";
const AUDIO = "audio-live-recordings";
const EXTENDED = "google-extended";

interface Extra {
  readonly category?: string;
  readonly purpose?: string;
  readonly region?: string;
  /** 30 unless given; null leaves it out of the question. */
  readonly age?: number | null;
  /** free by default; null leaves it out of the question. */
  readonly plan?: "free" | "paid" | "business" | "enterprise" | "education" | null;
  readonly optOuts?: Choice[];
  readonly optIns?: Choice[];
  readonly created?: string;
  readonly visibility?: "public" | "non-public";
}

function ask(at: string, extra: Extra = {}): Question {
  const plan = extra.plan === undefined ? "free" : extra.plan;
  return {
    purpose: extra.purpose ?? GENAI,
    category: extra.category ?? "chats",
    at,
    user: {
      region: extra.region ?? "US",
      ...(extra.age !== null && { age: extra.age ?? 30 }),
      ...(plan !== null && { plan }),
      ...(extra.optOuts && { optOuts: extra.optOuts }),
      ...(extra.optIns && { optIns: extra.optIns }),
    },
    data: {
      ...(extra.created !== undefined && { createdAt: extra.created }),
      ...(extra.visibility !== undefined && { visibility: extra.visibility }),
    },
  };
}

/** A question about information publicly available online. */
const web = (at: string, extra: Extra = {}): Question => ask(at, { category: "public-web-content", visibility: "public", ...extra });

const choice = (control: string, at: string): Choice[] => [{ control, at }];

const table = (rows: readonly Row[]) => decisionTable(policy, rows);

describe("Google: information publicly available online", () => {
  table([
    {
      why: "outside the history's coverage (before the first policy read)",
      q: web("2022-02-09", { purpose: LM }),
      answer: "unknown",
      code: "outside-coverage",
    },
    {
      why: "from the policy of 10 Feb 2022: language models, like Translate's",
      q: web("2022-02-10", { purpose: LM }),
      answer: "used",
      statement: "public-web-language-models",
    },
    {
      why: "the day before 1 July 2023: still language models",
      q: web("2023-06-30", { purpose: LM }),
      answer: "used",
      statement: "public-web-language-models",
    },
    {
      why: "before July 2023 generative training in general is answered only for the language-model part",
      q: web("2023-06-30"),
      answer: "used",
      statement: "public-web-language-models",
    },
    {
      why: "before July 2023 nothing is said of other (non-generative) models",
      q: web("2023-06-30", { purpose: NONGEN }),
      answer: "unknown",
      code: "policy-silent",
    },
    { why: "from 1 July 2023: AI models, Bard and Cloud AI", q: web("2023-07-01"), answer: "used" },
    {
      why: "from 1 July 2023 other AI models too (an inference, medium)",
      q: web("2023-07-01", { purpose: NONGEN }),
      answer: "used",
      statement: "public-web-other-ai-models",
    },
    {
      why: "language models remain part of AI models after July 2023",
      q: web("2024-06-01", { purpose: LM }),
      answer: "used",
      statement: "public-web-ai-models",
    },
    { why: "no regional exemption: the EEA, with Google Ireland as controller", q: web("2025-06-01", { region: "DE" }), answer: "used" },
    { why: "no regional exemption: Switzerland", q: web("2025-06-01", { region: "CH" }), answer: "used" },
    { why: "a business account changes nothing for public web data", q: web("2025-06-01", { plan: "business" }), answer: "used" },
    {
      why: "information that is not public is not covered by these statements",
      q: web("2025-06-01", { visibility: "non-public" }),
      answer: "unknown",
      code: "policy-silent",
    },
    {
      why: "no user opt-out: the activity setting does not reach public web data",
      q: web("2025-06-01", { optOuts: choice(KEEP, "2024-01-01") }),
      answer: "used",
    },
  ]);
});

describe("Google: Google-Extended, a site owner's signal", () => {
  table([
    {
      why: "before July 2023 no statement is linked to the signal: a robots.txt rule changes nothing",
      q: web("2023-06-30", { optOuts: choice(EXTENDED, "2023-06-01") }),
      answer: "used",
    },
    {
      why: "from 2 July 2023 (after the policy of 1 July) until the signal is known to exist, it is uncertain whether it counts",
      q: web("2023-07-02", { optOuts: choice(EXTENDED, "2023-06-01") }),
      answer: "unknown",
      code: "uncertain-date",
    },
    {
      why: "in September 2023 whether the signal existed yet is uncertain",
      q: web("2023-09-15", { optOuts: choice(EXTENDED, "2023-09-10") }),
      answer: "unknown",
      code: "uncertain-date",
    },
    {
      why: "from 29 Sept 2023 the signal is advisory: it binds only as far as it is honoured",
      q: web("2023-09-29", { optOuts: choice(EXTENDED, "2023-09-29") }),
      answer: "unknown",
      code: "advisory-control",
    },
    {
      why: "a training run before the site owner set it still used the data",
      q: web("2024-05-31", { optOuts: choice(EXTENDED, "2024-06-01") }),
      answer: "used",
    },
    { why: "without the signal: used", q: web("2023-09-29"), answer: "used", statement: "public-web-ai-models" },
    {
      why: "the signal does not cover Google's other models",
      q: web("2024-06-01", { purpose: NONGEN, optOuts: choice(EXTENDED, "2024-01-01") }),
      answer: "used",
      statement: "public-web-other-ai-models",
    },
  ]);
});

describe("Google: Bard and Gemini Apps chats, personal accounts", () => {
  table([
    { why: "before Bard opened on 21 March 2023 nothing is said of chats", q: ask("2023-03-20"), answer: "unknown", code: "policy-silent" },
    { why: "from 21 March 2023 Bard was open, but its notice is read only from 28 March", q: ask("2023-03-21"), answer: "unknown", code: "uncertain-date" },
    { why: "by 28 March 2023 Bard's notice: on by default", q: ask("2023-03-28"), answer: "used", code: "used-by-default" },
    { why: "human review of chats, on by default", q: ask("2024-06-01", { purpose: REVIEW }), answer: "used", code: "used-by-default" },
    { why: "Gemini Apps, 2025: still on by default", q: ask("2025-06-01"), answer: "used", code: "used-by-default" },
    { why: "the EEA has no exemption", q: ask("2025-06-01", { region: "FR" }), answer: "used" },
    { why: "a paid plan (Google AI Pro) is a personal account too", q: ask("2025-06-01", { plan: "paid" }), answer: "used" },
    {
      why: "a chat made after turning the setting off is not used",
      q: ask("2025-06-01", { created: "2025-03-01", optOuts: choice(KEEP, "2025-02-01") }),
      answer: "not-used",
      code: "opted-out",
    },
    { why: "nor reviewed", q: ask("2025-06-01", { purpose: REVIEW, created: "2025-03-01", optOuts: choice(KEEP, "2025-02-01") }), answer: "not-used" },
    {
      why: "a run the day before the opt-out used the chat",
      q: ask("2025-01-31", { created: "2024-12-01", optOuts: choice(KEEP, "2025-02-01") }),
      answer: "used",
    },
    {
      why: "a chat saved before the opt-out: Google speaks only of future chats, BGR of all data",
      q: ask("2025-06-01", { created: "2024-12-01", optOuts: choice(KEEP, "2025-02-01") }),
      answer: "unknown",
      code: "disputed",
    },
    {
      why: "after an opt-out, whether a chat is old or new decides it",
      q: ask("2025-06-01", { optOuts: choice(KEEP, "2025-02-01") }),
      answer: "unknown",
      needs: ["data.createdAt"],
    },
    {
      why: "one setting under three names: an opt-out made as Bard Activity still holds under Keep Activity",
      q: ask("2026-06-01", { created: "2023-06-01", optOuts: choice(KEEP, "2023-05-01") }),
      answer: "not-used",
      code: "opted-out",
    },
    {
      why: "turning the setting back on: later chats are used again",
      q: ask("2026-06-01", { created: "2026-01-01", optOuts: choice(KEEP, "2025-02-01"), optIns: choice(KEEP, "2025-12-01") }),
      answer: "used",
    },
    { why: "with no plan given, whether it is a work account decides it", q: ask("2025-06-01", { plan: null }), answer: "unknown", needs: ["plan"] },
  ]);
});

describe("Google: users under 18, whose activity setting is off by default", () => {
  table([
    {
      why: "a 16-year-old in August 2026: the setting is off unless turned on (an analysis of the notice: medium)",
      q: ask("2026-08-10", { age: 16 }),
      answer: "not-used",
      code: "not-opted-in",
      statement: "minors-activity-off-by-default",
    },
    { why: "…and used once turned on", q: ask("2026-08-10", { age: 16, created: "2026-08-01", optIns: choice(KEEP, "2026-07-15") }), answer: "used" },
    { why: "uploads too", q: ask("2026-08-10", { age: 16, category: "uploads" }), answer: "not-used" },
    { why: "the day the user turns 18 the adults' default applies", q: ask("2026-08-10", { age: 18 }), answer: "used", statement: "gemini-chats" },
    {
      why: "since when teens' activity is off by default is not in the sources: before the analysed notice, unknown",
      q: ask("2025-06-10", { age: 16 }),
      answer: "unknown",
      code: "uncertain-date",
    },
    { why: "with no age given, the age decides it", q: ask("2026-08-10", { age: null }), answer: "unknown", needs: ["age"] },
  ]);
});

describe("Google: what stays in use after turning the setting off", () => {
  const off = { optOuts: choice(KEEP, "2025-02-01"), created: "2025-03-01" };
  table([
    {
      why: "feedback, with its chat, is used even with the setting off",
      q: ask("2025-06-01", { category: "feedback", ...off }),
      answer: "used",
      statement: "feedback-used",
    },
    { why: "feedback under Bard, by 28 March 2023", q: ask("2023-03-28", { category: "feedback" }), answer: "used", code: "used" },
    { why: "feedback before Bard opened: nothing is said", q: ask("2023-03-20", { category: "feedback" }), answer: "unknown", code: "policy-silent" },
    {
      why: "feedback in Bard's first week: the notice's day is not pinned down",
      q: ask("2023-03-27", { category: "feedback" }),
      answer: "unknown",
      code: "uncertain-date",
    },
    {
      why: "a chat already reviewed stays in use after the setting is turned off",
      q: ask("2025-06-01", { category: "reviewed-chats", ...off }),
      answer: "used",
      statement: "reviewed-chats-kept",
    },
    {
      why: "deleting activity does not reach reviewed chats (no control does)",
      q: ask("2026-06-01", { category: "reviewed-chats", created: "2023-06-01", optOuts: choice(KEEP, "2023-07-01") }),
      answer: "used",
      code: "used",
    },
    { why: "reviewed chats under Bard, by 28 March 2023", q: ask("2023-03-28", { category: "reviewed-chats" }), answer: "used" },
    {
      why: "reviewed chats in Bard's first week: the notice's day is not pinned down",
      q: ask("2023-03-21", { category: "reviewed-chats" }),
      answer: "unknown",
      code: "uncertain-date",
    },
    { why: "for all AI interactions, part of them stays in use", q: ask("2025-06-01", { category: "ai-interactions", ...off }), answer: "used" },
  ]);
});

describe("Google: chats imported from other AI platforms", () => {
  table([
    {
      why: "before March 2026 imports are not mentioned",
      q: ask("2026-03-19", { category: "imported-chats", created: "2026-03-01" }),
      answer: "unknown",
      code: "policy-silent",
    },
    {
      why: "between the records of 20 and 26 March 2026 the start is uncertain",
      q: ask("2026-03-22", { category: "imported-chats", created: "2026-03-01" }),
      answer: "unknown",
      code: "uncertain-date",
    },
    {
      why: "from 26 March 2026 imported chats are used like Gemini activity, on by default",
      q: ask("2026-03-26", { category: "imported-chats", created: "2026-03-01" }),
      answer: "used",
      code: "used-by-default",
    },
    {
      why: "an import made after turning the setting off is not used",
      q: ask("2026-06-01", { category: "imported-chats", created: "2026-05-01", optOuts: choice(KEEP, "2026-04-01") }),
      answer: "not-used",
      code: "opted-out",
    },
    {
      why: "an import made before turning the setting off: disputed like chats",
      q: ask("2026-06-01", { category: "imported-chats", created: "2026-03-30", optOuts: choice(KEEP, "2026-04-01") }),
      answer: "unknown",
      code: "disputed",
    },
    {
      why: "work accounts: not used outside the domain",
      q: ask("2026-06-01", { category: "imported-chats", plan: "education", created: "2026-05-01" }),
      answer: "not-used",
      code: "excluded",
    },
  ]);
});

describe("Google: temporary chats", () => {
  table([
    {
      why: "before Temporary Chats were announced nothing is said",
      q: ask("2025-08-12", { category: "temporary-chats" }),
      answer: "unknown",
      code: "policy-silent",
    },
    {
      why: "from 13 Aug 2025 temporary chats are not used for training",
      q: ask("2025-08-13", { category: "temporary-chats" }),
      answer: "not-used",
      code: "excluded",
    },
    { why: "nor for human review", q: ask("2026-06-01", { category: "temporary-chats", purpose: REVIEW }), answer: "not-used", code: "excluded" },
    { why: "whatever the plan", q: ask("2026-06-01", { category: "temporary-chats", plan: null }), answer: "not-used" },
  ]);
});

describe("Google: uploads", () => {
  table([
    {
      why: "the day before 2 Sept 2025 uploads are not covered",
      q: ask("2025-09-01", { category: "uploads", created: "2025-09-01" }),
      answer: "unknown",
      code: "policy-silent",
    },
    {
      why: "from 2 Sept 2025 a sample of new uploads is used, on by default",
      q: ask("2025-09-02", { category: "uploads", created: "2025-09-02" }),
      answer: "used",
      code: "used-by-default",
    },
    {
      why: "an upload made before 2 Sept 2025 is not said to be used",
      q: ask("2025-10-01", { category: "uploads", created: "2025-08-30" }),
      answer: "unknown",
      code: "policy-silent",
    },
    {
      why: "with the setting off, later uploads are not used",
      q: ask("2025-10-01", { category: "uploads", created: "2025-09-20", optOuts: choice(KEEP, "2025-09-10") }),
      answer: "not-used",
      code: "opted-out",
    },
    { why: "an upload's day decides it", q: ask("2025-10-01", { category: "uploads" }), answer: "unknown", needs: ["data.createdAt"] },
    {
      why: "an upload from before the opt-out: Google speaks of future uploads, BGR of all data",
      q: ask("2025-10-01", { category: "uploads", created: "2025-09-05", optOuts: choice(KEEP, "2025-09-10") }),
      answer: "unknown",
      code: "disputed",
    },
  ]);
});

describe("Google: audio and Gemini Live recordings, a separate opt-in", () => {
  const recorded = "2025-06-01";
  table([
    {
      why: "before the setting (August 2025) nothing is said",
      q: ask("2025-07-31", { category: "audio-and-live-recordings", created: recorded }),
      answer: "unknown",
      code: "policy-silent",
    },
    {
      why: "in early August 2025 the setting's start is uncertain",
      q: ask("2025-08-05", { category: "audio-and-live-recordings", created: recorded }),
      answer: "unknown",
      code: "uncertain-date",
    },
    {
      why: "from 13 Aug 2025: off by default",
      q: ask("2025-08-13", { category: "audio-and-live-recordings", created: recorded }),
      answer: "not-used",
      code: "not-opted-in",
    },
    {
      why: "Keep Activity on (the default) does not make recordings used",
      q: ask("2026-06-01", { category: "audio-and-live-recordings", created: "2026-01-01" }),
      answer: "not-used",
      code: "not-opted-in",
    },
    {
      why: "audio recorded before the opt-in is used after it: the opt-in reaches stored recordings",
      q: ask("2026-06-01", { category: "audio-and-live-recordings", created: recorded, optIns: choice(AUDIO, "2026-01-10") }),
      answer: "used",
      code: "opted-in",
    },
    {
      why: "and reviewed",
      q: ask("2026-06-01", { category: "audio-and-live-recordings", purpose: REVIEW, created: recorded, optIns: choice(AUDIO, "2026-01-10") }),
      answer: "used",
      code: "opted-in",
    },
    {
      why: "but not in a run before the opt-in",
      q: ask("2026-01-09", { category: "audio-and-live-recordings", created: recorded, optIns: choice(AUDIO, "2026-01-10") }),
      answer: "not-used",
    },
    {
      why: "turning it off again: Google says future recordings are not used, and nothing of those it already reached",
      q: ask("2026-06-01", {
        category: "audio-and-live-recordings",
        created: recorded,
        optIns: choice(AUDIO, "2026-01-10"),
        optOuts: choice(AUDIO, "2026-03-01"),
      }),
      answer: "unknown",
      code: "withdrawal-undisclosed",
    },
    {
      why: "a recording made after turning it off again is not used",
      q: ask("2026-06-01", {
        category: "audio-and-live-recordings",
        created: "2026-03-01",
        optIns: choice(AUDIO, "2026-01-10"),
        optOuts: choice(AUDIO, "2026-03-01"),
      }),
      answer: "not-used",
      code: "not-opted-in",
    },
    {
      why: "still used in a run between the opt-in and turning it off",
      q: ask("2026-02-15", {
        category: "audio-and-live-recordings",
        created: recorded,
        optIns: choice(AUDIO, "2026-01-10"),
        optOuts: choice(AUDIO, "2026-03-01"),
      }),
      answer: "used",
      code: "opted-in",
    },
    {
      why: "after turning it off, the recording's day matters",
      q: ask("2026-06-01", { category: "audio-and-live-recordings", optIns: choice(AUDIO, "2026-01-10"), optOuts: choice(AUDIO, "2026-03-01") }),
      answer: "unknown",
      needs: ["data.createdAt"],
    },
    {
      why: "the opt-in reaches every recording, so the recording's day does not matter",
      q: ask("2026-06-01", { category: "audio-and-live-recordings", optIns: choice(AUDIO, "2026-01-10") }),
      answer: "used",
    },
  ]);
});

describe("Google: work and school accounts", () => {
  table([
    { why: "before the Workspace hub of 17 Jan 2025 nothing is said for work accounts", q: ask("2024-06-01", { plan: "business" }), answer: "unknown" },
    { why: "from the hub of 17 Jan 2025: not used outside the domain", q: ask("2025-01-17", { plan: "business" }), answer: "not-used", code: "excluded" },
    { why: "enterprise editions", q: ask("2026-06-01", { plan: "enterprise" }), answer: "not-used" },
    { why: "Workspace for Education", q: ask("2026-06-01", { plan: "education" }), answer: "not-used" },
    { why: "no human review either", q: ask("2026-06-01", { plan: "business", purpose: REVIEW }), answer: "not-used" },
    { why: "uploads from a work account", q: ask("2026-06-01", { plan: "business", category: "uploads", created: "2026-01-01" }), answer: "not-used" },
    {
      why: "feedback from work accounts was not checked",
      q: ask("2026-06-01", { plan: "business", category: "feedback" }),
      answer: "unknown",
      code: "policy-silent",
    },
  ]);
});

describe("Google: the controls", () => {
  const labelAt = (id: string, day: string) =>
    policy.controls
      ?.find((c) => c.id === id)
      ?.labels.filter((l) => {
        const from = typeof l.from === "string" ? l.from : (l.from?.latest ?? "0000-00-00");
        const until = typeof l.until === "string" ? l.until : (l.until?.earliest ?? "9999-12-31");
        return from <= day && day < until;
      })
      .map((l) => l.text);

  it("keeps one id for the activity setting, with its three names in order", () => {
    expect(labelAt(KEEP, "2023-06-01")).toEqual(["Bard Activity"]);
    expect(labelAt(KEEP, "2024-06-01")).toEqual(["Gemini Apps Activity"]);
    expect(labelAt(KEEP, "2026-06-01")).toEqual(["Keep Activity"]);
  });

  it("records the activity setting as new-data-only, the audio opt-in as future-only, Google-Extended as a site owner's advisory signal", () => {
    const byId = new Map((policy.controls ?? []).map((c) => [c.id, c]));
    expect(byId.get(KEEP)).toMatchObject({ kind: "setting", scope: "new-data-only", decidedBy: "user", enforcement: "enforced" });
    expect(byId.get(AUDIO)).toMatchObject({ kind: "setting", scope: "future-only", decidedBy: "user" });
    expect(byId.get(EXTENDED)).toMatchObject({ kind: "signal", decidedBy: "site-owner", enforcement: "advisory" });
  });
});

describe("Google: when each control could be used", () => {
  const available = (at: string) => Object.fromEntries(controlsFor(policy, { region: "US", at }).map((c) => [c.id, c.availability]));

  it("before Bard opened, none is known to exist", () => {
    expect(available("2023-03-20")).toEqual({ [KEEP]: "not-available", [AUDIO]: "not-available", [EXTENDED]: "unknown" });
  });

  it("the activity setting from Bard's first week, Google-Extended from September 2023, the audio opt-in from August 2025", () => {
    expect(available("2023-03-28")).toMatchObject({ [KEEP]: "available", [AUDIO]: "not-available" });
    expect(available("2023-09-29")).toMatchObject({ [EXTENDED]: "available" });
    expect(available("2025-07-31")).toMatchObject({ [AUDIO]: "not-available" });
    expect(available("2025-08-13")).toMatchObject({ [KEEP]: "available", [AUDIO]: "available", [EXTENDED]: "available" });
  });
});

describe("Google: timelines", () => {
  const runs = (q: Omit<Question, "at">) => historyAsReviewed(policy, q).map((r) => `${r.from} ${r.until ?? "…"} ${r.answer}`);

  it("public web data and generative training: language models, then AI models, never an opt-out", () => {
    expect(runs({ purpose: GENAI, category: "public-web-content", user: { region: "US" }, data: { visibility: "public" } })).toEqual([
      "2022-02-10 2023-07-01 used",
      "2023-07-01 2023-07-02 used",
      "2023-07-02 2023-09-29 used",
      "2023-09-29 … used",
    ]);
    expect(runs({ purpose: NONGEN, category: "public-web-content", user: { region: "US" }, data: { visibility: "public" } })).toEqual([
      "2022-02-10 2023-07-01 unknown",
      "2023-07-01 … used",
    ]);
  });

  it("a chat from 2024 with the setting turned off in 2025: not yet written, used, then disputed", () => {
    expect(
      runs({
        purpose: GENAI,
        category: "chats",
        user: { region: "US", age: 30, plan: "free", optOuts: choice(KEEP, "2025-02-01") },
        data: { createdAt: "2024-12-01" },
      }),
    ).toEqual([
      "2022-02-10 2024-12-01 not-used",
      "2024-12-01 2025-02-01 used",
      // Gemini Apps Activity is surely Keep Activity from 18 February 2026: its reasons name it so.
      "2025-02-01 2026-02-18 unknown",
      "2026-02-18 … unknown",
    ]);
  });

  it("a recording from June 2025 and an opt-in in January 2026: silent, then off by default, then used", () => {
    expect(
      runs({
        purpose: GENAI,
        category: "audio-and-live-recordings",
        user: { region: "US", plan: "free", optIns: choice(AUDIO, "2026-01-10") },
        data: { createdAt: "2025-06-01" },
      }),
    ).toEqual([
      "2022-02-10 2025-06-01 not-used",
      "2025-06-01 2025-08-01 unknown",
      "2025-08-01 2025-08-13 unknown",
      "2025-08-13 2026-01-10 not-used",
      // The setting's new name from 29 April 2026 starts a run: its reasons name it.
      "2026-01-10 2026-04-29 used",
      "2026-04-29 … used",
    ]);
  });
});
