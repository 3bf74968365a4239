import { describe, expect, it } from "vitest";
import { getPolicy } from "../../src/catalog/index.js";
import { type Choice, type Question, actionsFor, compilePolicy, evaluate } from "../../src/index.js";
import { type Row, decisionTable, historyAsReviewed } from "../support/decisionTable.js";

// LinkedIn's rules as questions and answers. Every statement, every region change and both sides of
// every boundary day are asked here; the reason column says which fact decides.

const linkedin = getPolicy("linkedin");
const GENAI = "generative-ai-training";
const NONGEN = "non-generative-ai-training";
const SETTING = "data-for-generative-ai-improvement";
const FORM = "data-processing-objection-form";

function ask(
  region: string | undefined,
  at: string,
  extra: { category?: string; purpose?: string; age?: number | null; optOuts?: Choice[]; created?: string; recipient?: string } = {},
): Question {
  const age = extra.age === undefined ? 30 : extra.age;
  return {
    purpose: extra.purpose ?? GENAI,
    category: extra.category ?? "posts",
    at,
    user: {
      ...(region !== undefined && { region }),
      ...(age !== null && { age }),
      ...(extra.optOuts && { optOuts: extra.optOuts }),
    },
    ...(extra.created !== undefined && { data: { createdAt: extra.created } }),
    ...(extra.recipient !== undefined && { recipient: extra.recipient }),
  };
}

const optOut = (at: string, control = SETTING, outcome?: "accepted" | "refused"): Choice[] => [
  outcome === undefined ? { control, at } : { control, at, outcome },
];

const table = (rows: readonly Row[]) => decisionTable(linkedin, rows);

describe("LinkedIn: generative-AI training, members outside Europe", () => {
  table([
    { why: "outside the history's coverage", q: ask("US", "2023-12-31"), answer: "unknown" },
    { why: "before 18 Sept 2024 the start of training is undisclosed", q: ask("US", "2024-06-01"), answer: "unknown" },
    { why: "the day before the notice", q: ask("US", "2024-09-17"), answer: "unknown" },
    { why: "from the notice of 18 Sept 2024, on by default", q: ask("US", "2024-09-18"), answer: "used" },
    { why: "still used after the November 2025 expansion", q: ask("US", "2025-12-15"), answer: "used" },
    {
      why: "opting out is future-only: a run the day before still used the data",
      q: ask("US", "2024-09-30", { optOuts: optOut("2024-10-01") }),
      answer: "used",
    },
    { why: "opting out holds from its own day", q: ask("US", "2024-10-01", { optOuts: optOut("2024-10-01") }), answer: "not-used" },
    {
      why: "an objection form does not switch off generative training outside Europe",
      q: ask("US", "2025-01-01", { optOuts: optOut("2024-10-01", FORM, "accepted") }),
      answer: "used",
    },
    { why: "Microsoft, as an affiliate, trains LinkedIn's models too", q: ask("US", "2025-12-15", { recipient: "microsoft" }), answer: "used" },
  ]);
});

describe("LinkedIn: the EU, the EEA and Switzerland", () => {
  table([
    { why: "excluded before the notice (medium confidence)", q: ask("DE", "2024-06-01"), answer: "not-used" },
    { why: "excluded from the notice", q: ask("DE", "2024-09-18"), answer: "not-used" },
    { why: "excluded until the day before 3 Nov 2025", q: ask("DE", "2025-11-02"), answer: "not-used" },
    {
      why: "from 3 Nov 2025 it depends on when the data was created (undisclosed look-back)",
      q: ask("DE", "2025-11-03"),
      answer: "unknown",
      needs: ["data.createdAt"],
    },
    { why: "data created from 3 Nov 2025 is used", q: ask("DE", "2025-11-03", { created: "2025-11-03" }), answer: "used" },
    { why: "2023 data: the look-back cut-off is undisclosed", q: ask("DE", "2025-12-15", { created: "2023-06-01" }), answer: "unknown" },
    { why: "Norway is in the EEA: same look-back", q: ask("NO", "2025-12-15", { created: "2023-06-01" }), answer: "unknown" },
    {
      why: "Switzerland: LinkedIn Ireland's members too, so whether old data is past the undisclosed cut-off is unknown",
      q: ask("CH", "2025-12-15", { created: "2023-06-01" }),
      answer: "unknown",
    },
    { why: "Switzerland: data created since the start of training is used", q: ask("CH", "2025-12-15", { created: "2025-11-10" }), answer: "used" },
    {
      why: "the German member who opted out on 2025-10-20: never used in EU runs",
      q: ask("DE", "2025-12-15", { created: "2023-06-01", optOuts: optOut("2025-10-20") }),
      answer: "not-used",
    },
    {
      why: "a late opt-out and older content: LinkedIn and the Garante disagree",
      q: ask("DE", "2025-12-15", { created: "2025-11-05", optOuts: optOut("2025-11-10") }),
      answer: "unknown",
    },
    {
      why: "a late opt-out still covers content created after it",
      q: ask("DE", "2025-12-15", { created: "2025-11-20", optOuts: optOut("2025-11-10") }),
      answer: "not-used",
    },
    { why: "a run before a late opt-out used the data", q: ask("DE", "2025-11-06", { created: "2025-11-04", optOuts: optOut("2025-11-10") }), answer: "used" },
    {
      why: "Switzerland has no such dispute: a late opt-out stops use",
      q: ask("CH", "2025-12-15", { created: "2023-06-01", optOuts: optOut("2025-11-10") }),
      answer: "not-used",
    },
    {
      why: "in Europe the objection form also works, if accepted",
      q: ask("FR", "2025-12-15", { created: "2025-11-20", optOuts: optOut("2025-11-10", FORM, "accepted") }),
      answer: "not-used",
    },
    {
      why: "a refused objection changes nothing",
      q: ask("FR", "2025-12-15", { created: "2025-11-20", optOuts: optOut("2025-11-10", FORM, "refused") }),
      answer: "used",
    },
    {
      why: "an objection whose outcome is not given",
      q: ask("FR", "2025-12-15", { created: "2025-11-20", optOuts: optOut("2025-11-10", FORM) }),
      answer: "unknown",
      needs: ["optOut.outcome"],
    },
  ]);
});

describe("LinkedIn: the UK, Hong Kong and Canada", () => {
  table([
    { why: "UK before 18 Sept 2024: undisclosed", q: ask("GB", "2024-09-17"), answer: "unknown" },
    { why: "UK 18 Sept: the suspension may not have begun", q: ask("GB", "2024-09-18"), answer: "unknown" },
    { why: "UK 19 Sept: still uncertain", q: ask("UK", "2024-09-19"), answer: "unknown" },
    { why: "UK from 20 Sept 2024: suspended", q: ask("GB", "2024-09-20"), answer: "not-used" },
    { why: "UK the day before 3 Nov 2025", q: ask("GB", "2025-11-02"), answer: "not-used" },
    { why: "UK from 3 Nov 2025, with old data (no published look-back)", q: ask("GB", "2025-11-03", { created: "2020-01-01" }), answer: "used" },
    { why: "UK: Microsoft trains its own models on UK posts", q: ask("GB", "2025-12-15", { recipient: "microsoft" }), answer: "used" },
    {
      why: "UK: the setting stops Microsoft's training too",
      q: ask("GB", "2025-12-15", { recipient: "microsoft", optOuts: optOut("2025-11-10") }),
      answer: "not-used",
    },
    { why: "UK: an opt-out stops every use", q: ask("GB", "2025-12-15", { optOuts: optOut("2025-11-10") }), answer: "not-used" },
    {
      why: "UK: an objection with the form, accepted, stops Microsoft's training too (legitimate interests)",
      q: ask("GB", "2025-12-15", { recipient: "microsoft", optOuts: optOut("2025-11-10", FORM, "accepted") }),
      answer: "not-used",
    },
    {
      why: "UK: an objection whose outcome is not given: LinkedIn may refuse it",
      q: ask("GB", "2025-12-15", { recipient: "microsoft", optOuts: [{ control: FORM, at: "2025-11-10" }] }),
      answer: "unknown",
      code: "objection-outcome",
      needs: ["optOut.outcome"],
    },
    { why: "Hong Kong the day before the pause", q: ask("HK", "2024-10-10"), answer: "used" },
    { why: "Hong Kong paused from 11 Oct 2024", q: ask("HK", "2024-10-11"), answer: "not-used" },
    { why: "Hong Kong the day before 3 Nov 2025", q: ask("HK", "2025-11-02"), answer: "not-used" },
    { why: "Hong Kong from 3 Nov 2025", q: ask("HK", "2025-11-03"), answer: "used" },
    { why: "Canada before mid-October 2024: not yet paused", q: ask("CA", "2024-10-14"), answer: "used" },
    { why: "Canada: the pause date is undisclosed", q: ask("CA", "2024-10-15"), answer: "unknown" },
    { why: "Canada: the day before the announcement", q: ask("CA", "2024-12-09"), answer: "unknown" },
    { why: "Canada: paused by 10 Dec 2024", q: ask("CA", "2024-12-10"), answer: "not-used" },
    { why: "Canada the day before 3 Nov 2025", q: ask("CA", "2025-11-02"), answer: "not-used" },
    { why: "Canada from 3 Nov 2025", q: ask("CA", "2025-11-03"), answer: "used" },
    { why: "mainland China before mid-October 2024: not yet listed", q: ask("CN", "2024-10-14"), answer: "used" },
    { why: "mainland China: the day it was listed is undisclosed", q: ask("CN", "2024-12-01"), answer: "unknown" },
    { why: "mainland China: listed by 22 Jan 2025", q: ask("CN", "2025-01-22"), answer: "not-used" },
    { why: "mainland China was not part of the November 2025 expansion", q: ask("CN", "2025-12-15"), answer: "not-used" },
  ]);
});

describe("LinkedIn: data categories, exclusions and age", () => {
  table([
    { why: "private messages: LinkedIn's denial (2024)", q: ask("US", "2024-10-01", { category: "private-messages" }), answer: "not-used" },
    { why: "private messages: excluded in the 2025 FAQ", q: ask("US", "2025-12-15", { category: "private-messages" }), answer: "not-used" },
    { why: "private messages: the same answer wherever the member is", q: ask(undefined, "2025-12-15", { category: "private-messages" }), answer: "not-used" },
    { why: "salary data: the 2024 texts said nothing", q: ask("US", "2024-10-01", { category: "salary-data" }), answer: "unknown" },
    { why: "salary data: excluded from September 2025", q: ask("US", "2025-09-17", { category: "salary-data" }), answer: "not-used" },
    { why: "credentials: excluded", q: ask("US", "2025-12-15", { category: "credentials" }), answer: "not-used" },
    { why: "payment data: excluded", q: ask("US", "2025-12-15", { category: "payment-data" }), answer: "not-used" },
    { why: "job applications: excluded", q: ask("US", "2025-12-15", { category: "job-applications" }), answer: "not-used" },
    { why: "saved résumés: used from the 2025 FAQ", q: ask("US", "2025-12-15", { category: "job-data" }), answer: "used" },
    { why: "group messages: not in the 2024 list", q: ask("US", "2024-10-01", { category: "group-content" }), answer: "unknown" },
    { why: "group messages: in the 2025 list", q: ask("US", "2025-09-17", { category: "group-content" }), answer: "used" },
    { why: "usage data: in the 2024 list", q: ask("US", "2025-09-16", { category: "usage-data" }), answer: "used" },
    { why: "usage data: the 2025 FAQ is ambiguous", q: ask("US", "2025-09-17", { category: "usage-data" }), answer: "unknown" },
    { why: "feedback: in the 2025 FAQ's list", q: ask("US", "2025-12-15", { category: "feedback" }), answer: "used" },
    {
      why: "feedback in Europe: the notice lists it only for other AI training",
      q: ask("DE", "2025-12-15", { category: "feedback", created: "2025-11-20" }),
      answer: "unknown",
    },
    { why: "profile: used in 2024", q: ask("US", "2024-10-01", { category: "profile" }), answer: "used" },
    { why: "under 18 before September 2025: undisclosed", q: ask("US", "2025-09-16", { age: 17 }), answer: "unknown" },
    { why: "under 18 from the September 2025 FAQ: excluded", q: ask("US", "2025-09-17", { age: 17 }), answer: "not-used" },
    { why: "18 and over from September 2025: used", q: ask("US", "2025-09-17", { age: 18 }), answer: "used" },
    { why: "age missing: it matters", q: ask("US", "2025-12-15", { age: null }), answer: "unknown", needs: ["age"] },
    { why: "age missing for a category excluded at every age", q: ask("US", "2025-12-15", { age: null, category: "credentials" }), answer: "not-used" },
    {
      why: "region missing: it matters (and in the EEA, so does the data's age)",
      q: ask(undefined, "2025-12-15"),
      answer: "unknown",
      needs: ["data.createdAt", "region"],
    },
  ]);
});

describe("LinkedIn: other machine learning and AI features", () => {
  table([
    { why: "non-generative training before the notice: undisclosed", q: ask("US", "2024-06-01", { purpose: NONGEN }), answer: "unknown" },
    { why: "non-generative training is on by default", q: ask("US", "2025-01-01", { purpose: NONGEN }), answer: "used" },
    { why: "the generative-AI setting does not cover it", q: ask("US", "2025-01-01", { purpose: NONGEN, optOuts: optOut("2024-10-01") }), answer: "used" },
    {
      why: "an accepted objection stops it",
      q: ask("US", "2025-01-01", { purpose: NONGEN, optOuts: optOut("2024-10-01", FORM, "accepted") }),
      answer: "not-used",
    },
    {
      why: "LinkedIn may refuse an objection",
      q: ask("US", "2025-01-01", { purpose: NONGEN, optOuts: optOut("2024-10-01", FORM) }),
      answer: "unknown",
      needs: ["optOut.outcome"],
    },
    { why: "in Europe too, before the 2025 expansion", q: ask("DE", "2025-01-01", { purpose: NONGEN }), answer: "used" },
    {
      why: "Europe: messages train trust-and-security models (the notice, from February 2025)",
      q: ask("DE", "2025-06-01", { purpose: NONGEN, category: "private-messages" }),
      answer: "used",
    },
    {
      why: "outside Europe the policy does not say whether messages train such models",
      q: ask("US", "2025-06-01", { purpose: NONGEN, category: "private-messages" }),
      answer: "unknown",
    },
    {
      why: "Europe: saved résumés added to other AI training from 3 Nov 2025",
      q: ask("FR", "2025-11-03", { purpose: NONGEN, category: "job-data" }),
      answer: "used",
    },
    {
      why: "UK: whether Microsoft's other models train on shared posts is not said",
      q: ask("GB", "2025-12-15", { purpose: NONGEN, recipient: "microsoft" }),
      answer: "unknown",
    },
    { why: "UK: LinkedIn's own non-generative training still uses posts", q: ask("GB", "2025-12-15", { purpose: NONGEN }), answer: "used" },
    {
      why: "AI features process inputs even after opting out",
      q: ask("US", "2025-01-01", { purpose: "ai-inference", category: "ai-interactions", optOuts: optOut("2024-10-01") }),
      answer: "used",
    },
    { why: "AI features in Europe too", q: ask("DE", "2025-06-01", { purpose: "ai-inference", category: "profile" }), answer: "used" },
  ]);
});

describe("LinkedIn: choices count only where and when the control was offered", () => {
  // The setting reached members in Europe (the EU, the EEA, Switzerland and the UK) on 18 September
  // 2025; before that, LinkedIn did not offer it there. A choice recorded on a day it was closed is
  // passed over, and the decision says so.
  const codes = (q: Question) => evaluate(linkedin, q).reasons.map((r) => r.code);
  table([
    {
      why: "a German member cannot have switched the setting off in October 2024: the November 2025 use stands",
      q: ask("DE", "2025-12-15", { created: "2025-11-20", optOuts: optOut("2024-10-01") }),
      answer: "used",
      code: "used-by-default",
    },
    {
      why: "the UK, the day before the setting appeared there: passed over",
      q: ask("GB", "2025-12-15", { optOuts: optOut("2025-09-17") }),
      answer: "used",
    },
    { why: "the UK, the day it appeared: counted", q: ask("GB", "2025-12-15", { optOuts: optOut("2025-09-18") }), answer: "not-used" },
    {
      why: "the UK saw the setting on 18 Sept 2024, until an undisclosed day by the 20th: a choice then is evidence it was there",
      q: ask("GB", "2025-12-15", { created: "2025-11-20", optOuts: optOut("2024-09-18") }),
      answer: "not-used",
      code: "opted-out",
    },
    {
      why: "the UK, a choice on 19 Sept 2024, before the setting was surely gone: counted",
      q: ask("GB", "2025-12-15", { created: "2025-11-20", optOuts: optOut("2024-09-19") }),
      answer: "not-used",
    },
    {
      why: "the UK, a choice on 20 Sept 2024, when the setting had been taken away: passed over",
      q: ask("GB", "2025-12-15", { created: "2025-11-20", optOuts: optOut("2024-09-20") }),
      answer: "used",
      code: "used-by-default",
    },
    {
      why: "outside Europe the setting's first day is undisclosed: a choice before the notice is evidence it was there",
      q: ask("US", "2024-10-01", { optOuts: optOut("2024-09-01") }),
      answer: "not-used",
      code: "opted-out",
    },
    {
      why: "the objection form was offered everywhere: a German objection of 2024 counts in 2025",
      q: ask("DE", "2025-12-15", { created: "2025-11-20", optOuts: optOut("2024-10-01", FORM, "accepted") }),
      answer: "not-used",
    },
  ]);

  it("says which choice was passed over, and gives the same decision on the fast path", () => {
    const q = ask("DE", "2025-12-15", { created: "2025-11-20", optOuts: optOut("2024-10-01") });
    expect(codes(q)).toEqual(["used-by-default", "choice-not-available"]);
    expect(evaluate(linkedin, q).reasons[1]?.control?.id).toBe(SETTING);
    const compiled = compilePolicy(linkedin);
    const general = evaluate(compiled, q); // the first question of a policy takes the general path
    expect(evaluate(compiled, q)).toEqual(general);
    // Another closed day shares the decision; a choice after the day of use is not mentioned.
    expect(evaluate(compiled, ask("DE", "2025-12-15", { created: "2025-11-20", optOuts: optOut("2025-01-15") }))).toBe(evaluate(compiled, q));
    expect(codes(ask("DE", "2025-12-15", { created: "2025-11-20", optOuts: optOut("2026-01-15") }))).toEqual(["used-by-default"]);
  });

  it("is not offered as something to do where it is not open", () => {
    const q = { purpose: GENAI, category: "posts", at: "2025-06-01", user: { region: "GB", age: 30 }, data: { createdAt: "2025-06-01" } } as const;
    expect(actionsFor(linkedin, q).map((a) => a.control.id)).not.toContain(SETTING);
  });
});

describe("LinkedIn: timelines", () => {
  const runs = (region: string, extra: { category?: string; age?: number } = {}) =>
    historyAsReviewed(linkedin, { purpose: GENAI, category: extra.category ?? "posts", user: { region, age: extra.age ?? 40 } }).map(
      (r) => `${r.from} ${r.until ?? "…"} ${r.answer}`,
    );

  it("Hong Kong: unknown, used, paused, used again", () => {
    expect(runs("HK")).toEqual(["2024-01-01 2024-09-18 unknown", "2024-09-18 2024-10-11 used", "2024-10-11 2025-11-03 not-used", "2025-11-03 … used"]);
  });

  it("the UK: unknown (start undisclosed), unknown (suspension date uncertain), out, then in", () => {
    expect(runs("GB")).toEqual(["2024-01-01 2024-09-18 unknown", "2024-09-18 2024-09-20 unknown", "2024-09-20 2025-11-03 not-used", "2025-11-03 … used"]);
  });

  it("Canada: used, then unknown until the announcement, then out, then in", () => {
    expect(runs("CA")).toEqual([
      "2024-01-01 2024-09-18 unknown",
      "2024-09-18 2024-10-15 used",
      "2024-10-15 2024-12-10 unknown",
      "2024-12-10 2025-11-03 not-used",
      "2025-11-03 … used",
    ]);
  });

  it("Germany: out until 3 November 2025, then it depends on the data's age", () => {
    expect(runs("DE")).toEqual(["2024-01-01 2024-09-18 not-used", "2024-09-18 2025-11-03 not-used", "2025-11-03 … unknown"]);
  });

  it("a minor in the US: undisclosed, then excluded from the September 2025 FAQ", () => {
    expect(runs("US", { age: 16 })).toEqual(["2024-01-01 2025-09-17 unknown", "2025-09-17 … not-used"]);
  });
});
