import { describe, expect, it } from "vitest";
import { type Choice, type Question, controlsFor, evaluate } from "../../src/index.js";
import { loadPolicy } from "../support/catalogPolicy.js";
import { type Row, decisionTable, historyAsReviewed } from "../support/decisionTable.js";
const policy = loadPolicy("pinterest"); // validates the file and fails with file:line:col issues if invalid

// Pinterest's rules as questions and answers: machine-learning training on legitimate interests in
// Europe from 1 August 2023 (objection form), elsewhere from 13 March 2024 (no opt-out); Pinterest
// Canvas trained on saved and uploaded content unless its setting is off (medium, from March 2025
// press reports; first day undisclosed, no later than 10 July 2024); minors excluded from it; 13 the
// minimum age.

const GENAI = "generative-ai-training";
const NONGEN = "non-generative-ai-training";
const SETTING = "canvas-training-setting";
const FORM = "objection-form";

function ask(
  at: string,
  extra: { purpose?: string; category?: string; region?: string; age?: number | null; optOuts?: Choice[]; created?: string | null } = {},
): Question {
  const age = extra.age === undefined ? 30 : extra.age;
  const created = extra.created === undefined ? at : extra.created;
  return {
    purpose: extra.purpose ?? GENAI,
    category: extra.category ?? "posts",
    at,
    user: { region: extra.region ?? "US", ...(age !== null && { age }), ...(extra.optOuts && { optOuts: extra.optOuts }) },
    ...(created !== null && { data: { createdAt: created } }),
  };
}

const optOut = (at: string, control = SETTING, outcome?: "accepted" | "refused"): Choice[] => [{ control, at, ...(outcome && { outcome }) }];
const table = (rows: readonly Row[]) => decisionTable(policy, rows);

describe("Pinterest: machine-learning training", () => {
  table([
    { why: "before the policy of 1 August 2023: outside the history's coverage", q: ask("2023-07-31", { purpose: NONGEN }), answer: "unknown" },
    { why: "the EEA from 1 August 2023, on legitimate interests", q: ask("2023-08-01", { purpose: NONGEN, region: "DE" }), answer: "used", confidence: "high" },
    { why: "the UK and Switzerland too", q: ask("2023-10-01", { purpose: NONGEN, region: "GB" }), answer: "used" },
    { why: "elsewhere the policy did not say so until March 2024", q: ask("2023-10-01", { purpose: NONGEN }), answer: "unknown" },
    { why: "elsewhere from 13 March 2024", q: ask("2024-03-13", { purpose: NONGEN }), answer: "used", confidence: "high" },
    { why: "activity data as well", q: ask("2025-06-01", { purpose: NONGEN, category: "usage-data" }), answer: "used" },
    { why: "Pins posted years before: regardless of when Pins were posted", q: ask("2025-06-01", { purpose: NONGEN, created: "2012-05-01" }), answer: "used" },
    { why: "the Canvas setting does not reach the other models", q: ask("2025-06-01", { purpose: NONGEN, optOuts: optOut("2025-05-01") }), answer: "used" },
    {
      why: "a minor's Pins: Pinterest says it does not train its models on them (low)",
      q: ask("2025-06-01", { purpose: NONGEN, age: 15 }),
      answer: "not-used",
      confidence: "low",
    },
    {
      why: "an objection in the EEA, accepted: newer data out",
      q: ask("2025-06-01", { purpose: NONGEN, region: "FR", optOuts: optOut("2025-05-01", FORM, "accepted"), created: "2025-05-20" }),
      answer: "not-used",
    },
    {
      why: "an accepted objection and older data: not said",
      q: ask("2025-06-01", { purpose: NONGEN, region: "FR", optOuts: optOut("2025-05-01", FORM, "accepted"), created: "2024-05-20" }),
      answer: "unknown",
    },
    {
      why: "an objection without its outcome: it may be refused",
      q: ask("2025-06-01", { purpose: NONGEN, region: "FR", optOuts: optOut("2025-05-01", FORM), created: "2025-05-20" }),
      answer: "unknown",
      needs: ["optOut.outcome"],
    },
    {
      why: "the form is for Europe: a US user's objection counts for nothing",
      q: ask("2025-06-01", { purpose: NONGEN, optOuts: optOut("2025-05-01", FORM, "accepted") }),
      answer: "used",
    },
    { why: "private messages are not addressed", q: ask("2025-06-01", { purpose: NONGEN, category: "private-messages" }), answer: "unknown" },
  ]);
});

describe("Pinterest: Pinterest Canvas", () => {
  table([
    { why: "before the press reports: the first day is undisclosed", q: ask("2024-01-01"), answer: "unknown" },
    { why: "reported by April 2025", q: ask("2025-04-15"), answer: "used", confidence: "medium" },
    { why: "an adult who did nothing, from the policy of 30 April 2025", q: ask("2025-06-01"), answer: "used", confidence: "high" },
    { why: "in Germany too", q: ask("2025-06-01", { region: "DE" }), answer: "used" },
    { why: "a 15-year-old: minors excluded (low)", q: ask("2025-06-01", { age: 15 }), answer: "not-used", confidence: "low" },
    { why: "without the age: it turns on it", q: ask("2025-06-01", { age: null }), answer: "unknown", needs: ["age"] },
    {
      why: "switched off: what is saved afterwards is not used",
      q: ask("2025-06-01", { optOuts: optOut("2025-05-01"), created: "2025-05-20" }),
      answer: "not-used",
    },
    { why: "switched off: earlier Pins are not said", q: ask("2025-06-01", { optOuts: optOut("2025-05-01"), created: "2020-05-20" }), answer: "unknown" },
    {
      why: "switched off, without the creation day",
      q: ask("2025-06-01", { optOuts: optOut("2025-05-01"), created: null }),
      answer: "unknown",
      needs: ["data.createdAt"],
    },
    {
      why: "an accepted objection in the UK reaches Canvas too",
      q: ask("2025-06-01", { region: "GB", optOuts: optOut("2025-05-01", FORM, "accepted"), created: "2025-05-20" }),
      answer: "not-used",
    },
    { why: "12: below the minimum age, but minors are excluded anyway", q: ask("2025-06-01", { age: 12 }), answer: "not-used" },
  ]);

  it("cites the policy of 30 April 2025, and the press before it", () => {
    const sources = (at: string) => evaluate(policy, ask(at)).reasons.flatMap((r) => r.sources.map((s) => s.id));
    expect(sources("2025-06-01")).toContain("ota-pp-2025-04");
    expect(sources("2025-04-15")).toContain("futurism-repost");
    expect(sources("2025-04-15")).not.toContain("ota-pp-2025-04");
  });
});

describe("Pinterest: controls", () => {
  it("lists the setting (where it is offered is not recorded) and the objection form in Europe", () => {
    const us = controlsFor(policy, { region: "US", at: "2025-06-01" });
    expect(us.map((c) => [c.id, c.availability])).toEqual([
      [SETTING, "unknown"],
      [FORM, "not-available"],
    ]);
    expect(controlsFor(policy, { region: "IE", at: "2025-06-01" }).find((c) => c.id === FORM)?.availability).toBe("available");
    expect(us[0]?.label).toBe("Use your data to train Pinterest Canvas");
  });
});

describe("Pinterest: timelines", () => {
  it("a US adult's Pins for machine learning: unknown, then used from 13 March 2024", () => {
    const runs = historyAsReviewed(policy, { purpose: NONGEN, category: "posts", user: { region: "US", age: 30 }, data: { createdAt: "2022-01-01" } });
    expect(runs.map((r) => `${r.from} ${r.until ?? "…"} ${r.answer}`)).toEqual(["2023-08-01 2024-03-13 unknown", "2024-03-13 … used"]);
  });
});
