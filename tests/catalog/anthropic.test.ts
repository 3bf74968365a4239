import { describe, expect, it } from "vitest";
import { type Choice, type Question, evaluate, type timeline } from "../../src/index.js";
import { loadPolicy } from "../support/catalogPolicy.js";
import { type Row, answerRuns, decisionTable } from "../support/decisionTable.js";
const policy = loadPolicy("anthropic"); // validates the file and fails with file:line:col issues if invalid

// Anthropic's rules for Claude's consumer plans as questions and answers. Every statement, every
// control and both sides of every boundary day are asked here; the `why` column says which fact decides.

const GENAI = "generative-ai-training";
const NONGEN = "non-generative-ai-training";
const SETTING = "model-improvement-setting";
const DELETE = "delete-conversation";
const PROGRAM = "training-program-opt-in";
const CHATS = "ai-interactions";
const REGULAR = "regular-conversations";
const RESUMED = "resumed-conversations";
const FLAGGED = "safety-flagged-conversations";
const INCOGNITO = "incognito-chats";
const FEEDBACK = "rated-or-reported-conversations";

type Plan = "free" | "paid" | "business" | "enterprise" | "education";

interface Extra {
  readonly purpose?: string;
  readonly category?: string;
  readonly plan?: Plan | null;
  readonly age?: number | null;
  readonly created?: string;
  readonly optOuts?: Choice[];
  readonly optIns?: Choice[];
}

/** A 30-year-old Claude Free user in the US, unless told otherwise. */
function ask(at: string, extra: Extra = {}): Question {
  const plan = extra.plan === undefined ? "free" : extra.plan;
  const age = extra.age === undefined ? 30 : extra.age;
  return {
    purpose: extra.purpose ?? GENAI,
    category: extra.category ?? REGULAR,
    at,
    user: {
      region: "US",
      ...(plan !== null && { plan }),
      ...(age !== null && { age }),
      ...(extra.optOuts && { optOuts: extra.optOuts }),
      ...(extra.optIns && { optIns: extra.optIns }),
    },
    ...(extra.created !== undefined && { data: { createdAt: extra.created } }),
  };
}

const choice = (control: string, at: string): Choice[] => [{ control, at }];
const switchedOff = (at: string) => choice(SETTING, at);
/** Accepting the updated terms with the toggle left On (or switching it On). */
const accepted = (at: string) => choice(SETTING, at);

const table = (rows: readonly Row[]) => decisionTable(policy, rows);

describe("Anthropic: before the change of 28 August 2025", () => {
  table([
    { why: "before the history's coverage (the Commercial Terms of 17 June 2025)", q: ask("2025-06-16", { created: "2025-06-01" }), answer: "unknown" },
    { why: "consumer chats were not trained on by default, from the start of coverage", q: ask("2025-06-17", { created: "2025-06-01" }), answer: "not-used" },
    { why: "nor in other (safety) models by default", q: ask("2025-07-01", { purpose: NONGEN, created: "2025-06-01" }), answer: "not-used" },
    { why: "the day before the announcement: still not used", q: ask("2025-08-27", { created: "2025-08-01" }), answer: "not-used" },
    {
      why: "an explicit opt-in to training (a training programme) made them usable",
      q: ask("2025-07-01", { created: "2025-06-20", optIns: choice(PROGRAM, "2025-06-18") }),
      answer: "used",
    },
    { why: "a Pro or Max subscriber: same rule", q: ask("2025-07-01", { plan: "paid", created: "2025-06-20" }), answer: "not-used" },
    { why: "feedback (a rating or report, with its conversation) could be used", q: ask("2025-07-01", { category: FEEDBACK }), answer: "used" },
    { why: "feedback: until the day before the updated terms took effect (old rule)", q: ask("2025-10-07", { category: FEEDBACK }), answer: "used" },
    { why: "flagged conversations trained Trust & Safety models", q: ask("2025-07-01", { category: FLAGGED, purpose: NONGEN }), answer: "used" },
    { why: "flagged conversations and generative models: the old wording does not say", q: ask("2025-07-01", { category: FLAGGED }), answer: "unknown" },
    {
      why: "flagged conversations and generative models: still ambiguous the day before 8 October",
      q: ask("2025-10-07", { category: FLAGGED }),
      answer: "unknown",
    },
  ]);
});

describe("Anthropic: the choice period, 28 August to 8 October 2025", () => {
  table([
    {
      why: 'an existing user who clicked "Not now": what they create stays under the old terms',
      q: ask("2025-09-20", { created: "2025-09-10" }),
      answer: "not-used",
    },
    {
      why: "the announcement day: data of a user who accepts with the toggle On that day is used",
      q: ask("2025-08-28", { created: "2025-08-28", optIns: accepted("2025-08-28") }),
      answer: "used",
    },
    {
      why: "accepted on 5 Sept with the toggle On: a chat of 10 Sept is used",
      q: ask("2025-09-20", { created: "2025-09-10", optIns: accepted("2025-09-05") }),
      answer: "used",
    },
    {
      why: "accepted on 15 Sept: a chat of 10 Sept is an earlier chat, not reached by the acceptance",
      q: ask("2025-09-20", { created: "2025-09-10", optIns: accepted("2025-09-15") }),
      answer: "not-used",
    },
    {
      why: "accepted with the toggle switched Off: not used",
      q: ask("2025-09-20", { created: "2025-09-10", optOuts: switchedOff("2025-09-05") }),
      answer: "not-used",
    },
    {
      why: "a chat created in the period by a user who had not accepted is still not used in 2026",
      q: ask("2026-01-01", { created: "2025-09-10" }),
      answer: "not-used",
    },
    {
      why: "the first deadline (28 Sept) is not a boundary: a chat of that day, no acceptance recorded",
      q: ask("2025-09-29", { created: "2025-09-28" }),
      answer: "not-used",
    },
    { why: "the last day of the period: not used without an acceptance", q: ask("2025-10-07", { created: "2025-10-07" }), answer: "not-used" },
    { why: "a chat created on 7 Oct, asked on 8 Oct: still under the period's rule", q: ask("2025-10-08", { created: "2025-10-07" }), answer: "not-used" },
    {
      why: "an acceptance in the period, later switched off in 2026: used before, not after",
      q: ask("2026-02-01", { created: "2025-09-10", optIns: accepted("2025-09-05"), optOuts: switchedOff("2026-01-01") }),
      answer: "not-used",
    },
    {
      why: "a business account in the period: never trained on",
      q: ask("2025-09-20", { created: "2025-09-10", plan: "business", optIns: accepted("2025-09-05") }),
      answer: "not-used",
    },
  ]);
});

describe("Anthropic: from 8 October 2025, new chats on by default", () => {
  table([
    {
      why: 'from 8 Oct 2025 a new chat is used unless the user switched "Help improve Claude" off',
      q: ask("2025-10-08", { created: "2025-10-08" }),
      answer: "used",
    },
    { why: "still used in 2026 (policy of July 2026, same wording)", q: ask("2026-09-01", { created: "2026-08-01" }), answer: "used" },
    { why: "other (safety) models too", q: ask("2026-01-01", { purpose: NONGEN, created: "2025-11-01" }), answer: "used" },
    { why: "Pro and Max subscribers too", q: ask("2026-01-01", { plan: "paid", created: "2025-11-01" }), answer: "used" },
    { why: "switched off at acceptance: not used", q: ask("2026-01-01", { created: "2025-11-01", optOuts: switchedOff("2025-09-05") }), answer: "not-used" },
    {
      why: "an opt-out is future-only: a run the day before it still used the data",
      q: ask("2025-12-31", { created: "2025-11-01", optOuts: switchedOff("2026-01-01") }),
      answer: "used",
    },
    { why: "an opt-out holds from its own day", q: ask("2026-01-01", { created: "2025-11-01", optOuts: switchedOff("2026-01-01") }), answer: "not-used" },
    {
      why: "future-only, not new-data-only: chats stored before the opt-out are kept out of later runs",
      q: ask("2026-03-01", { created: "2025-11-01", optOuts: switchedOff("2026-01-01") }),
      answer: "not-used",
    },
    {
      why: "switched back on after an opt-out: used again",
      q: ask("2026-03-01", { created: "2025-11-01", optOuts: switchedOff("2026-01-01"), optIns: choice(SETTING, "2026-02-01") }),
      answer: "used",
    },
    {
      why: "a deleted conversation is not used in later training",
      q: ask("2026-01-01", { created: "2025-11-01", optOuts: choice(DELETE, "2025-12-01") }),
      answer: "not-used",
    },
    {
      why: "a chat of the choice window, opted in, then deleted: what was deleted is not used",
      q: ask("2025-10-15", { created: "2025-09-20", optIns: choice(SETTING, "2025-09-15"), optOuts: choice(DELETE, "2025-10-09") }),
      answer: "not-used",
      code: "opted-out",
    },
    {
      why: "the same, deleted inside the window",
      q: ask("2025-09-25", { created: "2025-09-20", optIns: choice(SETTING, "2025-09-15"), optOuts: choice(DELETE, "2025-09-22") }),
      answer: "not-used",
    },
    {
      why: "a conversation started after deleting another is not the deleted one: used",
      q: ask("2026-01-01", { created: "2025-12-10", optOuts: choice(DELETE, "2025-12-01") }),
      answer: "used",
    },
    {
      why: "a conversation deleted later was used before its deletion",
      q: ask("2025-11-15", { created: "2025-11-01", optOuts: choice(DELETE, "2025-12-01") }),
      answer: "used",
    },
    {
      why: "an old training-programme opt-in changes nothing now",
      q: ask("2026-01-01", { created: "2025-11-01", optIns: choice(PROGRAM, "2025-06-18") }),
      answer: "used",
    },
    { why: "the creation day matters", q: ask("2026-01-01"), answer: "unknown", needs: ["data.createdAt"] },
    { why: "the plan matters (consumer or commercial)", q: ask("2026-01-01", { created: "2025-11-01", plan: null }), answer: "unknown", needs: ["plan"] },
    { why: "the age matters (under-18s excluded)", q: ask("2026-01-01", { created: "2025-11-01", age: null }), answer: "unknown", needs: ["age"] },
  ]);
});

describe("Anthropic: earlier chats, resumed or not", () => {
  table([
    { why: "an ordinary chat of June 2025, not resumed, is not used after the change", q: ask("2026-01-01", { created: "2025-06-01" }), answer: "not-used" },
    { why: "not used on the announcement day either", q: ask("2025-08-28", { created: "2025-08-27" }), answer: "not-used" },
    {
      why: "the earlier messages of a resumed chat: Anthropic says resumed chats are in, two outlets read only the new messages",
      q: ask("2026-01-01", { category: RESUMED, created: "2025-06-01" }),
      answer: "unknown",
    },
    {
      why: "the same in the choice period (resuming means the user accepted)",
      q: ask("2025-09-20", { category: RESUMED, created: "2025-06-01" }),
      answer: "unknown",
    },
    {
      why: "a resumed chat of a user who switched training off: not used under either reading",
      q: ask("2026-01-01", { category: RESUMED, created: "2025-06-01", optOuts: switchedOff("2025-09-05") }),
      answer: "not-used",
    },
    { why: "the messages added after resuming are new data: used by default", q: ask("2026-01-01", { created: "2025-12-01" }), answer: "used" },
    {
      why: "before 28 Aug 2025 a resumed chat was just a chat: not used by default",
      q: ask("2025-08-27", { category: RESUMED, created: "2025-06-01" }),
      answer: "not-used",
    },
    {
      why: "an old programme opt-in reached a chat until 27 Aug 2025",
      q: ask("2025-08-27", { created: "2025-08-01", optIns: choice(PROGRAM, "2025-07-01") }),
      answer: "used",
    },
    {
      why: "a programme opt-in and an earlier chat resumed: used until 27 Aug 2025 under the old rule",
      q: ask("2025-08-27", { category: RESUMED, created: "2025-06-01", optIns: choice(PROGRAM, "2025-07-01") }),
      answer: "used",
    },
    {
      why: "from 28 Aug 2025 the resumed-chat rule decides instead (disputed)",
      q: ask("2025-08-28", { category: RESUMED, created: "2025-06-01", optIns: choice(PROGRAM, "2025-07-01") }),
      answer: "unknown",
    },
    {
      why: "ai-interactions as a whole: part of it (resumed, flagged) is used",
      q: ask("2026-01-01", { category: CHATS, created: "2025-06-01" }),
      answer: "used",
    },
  ]);
});

describe("Anthropic: what an opt-out does not reach", () => {
  const off = switchedOff("2025-09-05");
  table([
    { why: "feedback from 8 Oct 2025 is used even after an opt-out", q: ask("2026-01-01", { category: FEEDBACK, optOuts: off }), answer: "used" },
    { why: "feedback through the new rule, first day", q: ask("2025-10-08", { category: FEEDBACK, optOuts: off }), answer: "used" },
    {
      why: "feedback of a Team (business) customer: not covered by these terms",
      q: ask("2026-01-01", { category: FEEDBACK, plan: "business" }),
      answer: "unknown",
    },
    {
      why: "flagged conversations train generative models from 8 Oct 2025, opt-out or not",
      q: ask("2025-10-08", { category: FLAGGED, optOuts: off }),
      answer: "used",
    },
    { why: "and the trust and safety classifiers", q: ask("2026-01-01", { category: FLAGGED, purpose: NONGEN, optOuts: off }), answer: "used" },
    {
      why: "ai-interactions as a whole after an opt-out: the flagged part is still used",
      q: ask("2026-01-01", { category: CHATS, created: "2025-11-01", optOuts: off }),
      answer: "used",
    },
  ]);
});

describe("Anthropic: incognito chats", () => {
  table([
    {
      why: "incognito chats are not used, even with the setting on (known by 7 May 2026)",
      q: ask("2026-05-07", { category: INCOGNITO, created: "2026-05-01" }),
      answer: "not-used",
    },
    { why: "still not used later", q: ask("2026-10-01", { category: INCOGNITO, created: "2026-09-01" }), answer: "not-used" },
    {
      why: "before 7 May 2026 the rule's start is undisclosed: unknown",
      q: ask("2026-05-06", { category: INCOGNITO, created: "2026-05-01" }),
      answer: "unknown",
    },
    {
      why: "nor for the safety models the setting also covers",
      q: ask("2026-10-01", { category: INCOGNITO, purpose: NONGEN, created: "2026-09-01" }),
      answer: "not-used",
    },
    {
      why: "an incognito chat in the choice period by a user who accepted: the rule's start is undisclosed",
      q: ask("2025-09-20", { category: INCOGNITO, created: "2025-09-10", optIns: accepted("2025-09-05") }),
      answer: "unknown",
    },
    {
      why: "an incognito chat in the choice period by a user who had not accepted: not used either way",
      q: ask("2025-09-20", { category: INCOGNITO, created: "2025-09-10" }),
      answer: "not-used",
    },
    {
      why: "an incognito chat before the rule is known: unknown for safety models too",
      q: ask("2026-01-01", { category: INCOGNITO, purpose: NONGEN, created: "2025-12-01" }),
      answer: "unknown",
    },
  ]);
});

describe("Anthropic: plans, ages and regions", () => {
  table([
    {
      why: "no regional exemption: a user in Germany",
      q: { ...ask("2026-01-01", { created: "2025-11-01" }), user: { region: "DE", age: 30, plan: "free" } },
      answer: "used",
    },
    { why: "nor in the United Kingdom", q: { ...ask("2026-01-01", { created: "2025-11-01" }), user: { region: "GB", age: 30, plan: "paid" } }, answer: "used" },
    { why: "the region does not matter", q: { ...ask("2026-01-01", { created: "2025-11-01" }), user: { age: 30, plan: "free" } }, answer: "used" },
    { why: "Claude for Work (business) is never trained on", q: ask("2026-01-01", { created: "2025-11-01", plan: "business" }), answer: "not-used" },
    {
      why: "nor Enterprise, the API (also via Bedrock or Vertex AI) or Claude Gov",
      q: ask("2026-01-01", { created: "2025-11-01", plan: "enterprise" }),
      answer: "not-used",
    },
    { why: "nor Claude for Education", q: ask("2026-01-01", { created: "2025-11-01", plan: "education" }), answer: "not-used" },
    {
      why: "the Commercial Terms hold from the start of coverage",
      q: ask("2025-06-17", { created: "2025-06-01", plan: "enterprise", optIns: choice(PROGRAM, "2025-06-17") }),
      answer: "not-used",
    },
    { why: "nor flagged conversations of commercial customers", q: ask("2026-01-01", { category: FLAGGED, plan: "enterprise" }), answer: "not-used" },
    { why: "a 17-year-old: not knowingly used", q: ask("2026-01-01", { created: "2025-11-01", age: 17 }), answer: "not-used" },
    { why: "an 18-year-old is used by default", q: ask("2026-01-01", { created: "2025-11-01", age: 18 }), answer: "used" },
    {
      why: "a 17-year-old's flagged conversation on 8 Oct 2025: excluded",
      q: ask("2025-10-08", { category: FLAGGED, purpose: NONGEN, age: 17 }),
      answer: "not-used",
    },
    {
      why: "a 17-year-old's flagged conversation before 8 Oct 2025: the age rule's start is not known",
      q: ask("2025-10-07", { category: FLAGGED, purpose: NONGEN, age: 17 }),
      answer: "unknown",
    },
    { why: "a 17-year-old's feedback after 8 Oct 2025: excluded", q: ask("2026-01-01", { category: FEEDBACK, age: 17 }), answer: "not-used" },
  ]);
});

describe("Anthropic: why an answer is unknown", () => {
  const codes = (q: Question) => evaluate(policy, q).reasons.map((r) => r.code);

  it("resumed chats: disputed (the whole thread, or only what follows the resumption)", () => {
    expect(codes(ask("2026-01-01", { category: RESUMED, created: "2025-06-01" }))[0]).toBe("disputed");
  });

  it("incognito chats before 7 May 2026: the rule's start is an uncertain date", () => {
    expect(codes(ask("2026-01-01", { category: INCOGNITO, created: "2025-12-01" }))[0]).toBe("uncertain-date");
  });

  it("flagged conversations and generative models before 8 October 2025: undisclosed", () => {
    expect(codes(ask("2025-07-01", { category: FLAGGED }))).toContain("undisclosed");
  });

  it("the parent category is answered from its parts", () => {
    const decision = evaluate(policy, ask("2026-01-01", { category: CHATS, created: "2025-11-01", optOuts: switchedOff("2025-09-05") }));
    expect(decision.reasons.map((r) => r.statement?.id ?? r.message)).toEqual(expect.arrayContaining(["flagged-from-october-8"]));
  });
});

describe("Anthropic: the controls as data", () => {
  const controls = policy.controls ?? [];
  const control = (id: string) => controls.find((c) => c.id === id);
  const statement = (id: string) => policy.statements.find((s) => s.id === id);

  it('"Help improve Claude" is a user setting whose opt-out is future-only', () => {
    expect(control(SETTING)).toMatchObject({ kind: "setting", decidedBy: "user", enforcement: "enforced", scope: "future-only", purposes: [GENAI, NONGEN] });
    expect(control(SETTING)?.labels.map((l) => l.text)).toContain("Help improve Claude");
  });

  it("deleting a conversation and the old training opt-in are controls too", () => {
    expect(control(DELETE)).toMatchObject({ kind: "deletion", scope: "future-only", decidedBy: "user" });
    expect(control(PROGRAM)).toMatchObject({ decidedBy: "user", purposes: [GENAI, NONGEN] });
  });

  it("opt-out from 8 October 2025, acceptance-as-opt-in (new data only) in the choice period", () => {
    expect(statement("new-chats-from-october-8")?.consent?.default).toBe("on");
    const period = statement("choice-window-new-chats");
    expect(period?.consent?.default).toBe("off");
    expect(period?.consent?.controls[0]).toEqual({ control: SETTING, scopes: [{ scope: "new-data-only" }] });
    expect(period?.data).toEqual({ createdFrom: "2025-08-28", createdUntil: "2025-10-08" });
  });

  it("feedback and flagged conversations have no control", () => {
    for (const id of ["feedback-from-october-8", "flagged-from-october-8", "feedback-before-change", "flagged-before-change-safety-models"]) {
      expect(statement(id)?.effect).toBe("used");
      expect(statement(id)?.consent).toBeUndefined();
    }
  });
});

describe("Anthropic: timelines", () => {
  // Adjacent runs with the same answer (but other reasons) are merged: these tests are about answers.
  const runs = (q: Parameters<typeof timeline>[1]) => answerRuns(policy, q);
  const adult = { region: "US", age: 30, plan: "free" as const };

  it("a chat of November 2025, switched off on 1 January 2026", () => {
    expect(runs({ purpose: GENAI, category: REGULAR, user: { ...adult, optOuts: switchedOff("2026-01-01") }, data: { createdAt: "2025-11-01" } })).toEqual([
      "2025-06-17 not-used",
      "2025-11-01 used",
      "2026-01-01 not-used",
    ]);
  });

  it("a chat of September 2025 by a user who accepted on 5 September", () => {
    expect(runs({ purpose: GENAI, category: REGULAR, user: { ...adult, optIns: accepted("2025-09-05") }, data: { createdAt: "2025-09-10" } })).toEqual([
      "2025-06-17 not-used",
      "2025-09-10 used",
    ]);
  });

  it("flagged conversations and generative training: ambiguous, then used from 8 October 2025", () => {
    expect(runs({ purpose: GENAI, category: FLAGGED, user: { ...adult, optOuts: switchedOff("2025-09-05") } })).toEqual([
      "2025-06-17 unknown",
      "2025-10-08 used",
    ]);
  });

  it("incognito chats: unknown until the rule is known, then not used", () => {
    expect(runs({ purpose: GENAI, category: INCOGNITO, user: adult, data: { createdAt: "2025-11-01" } })).toEqual([
      "2025-06-17 not-used",
      "2025-11-01 unknown",
      "2026-05-07 not-used",
    ]);
  });
});
