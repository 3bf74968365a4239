import { describe, expect, it } from "vitest";
import { type Question, type WithdrawalScope, actionsFor, compilePolicy, evaluate } from "../../src/index.js";
import { decideNormalized } from "../../src/evaluate/evaluate.js";
import { normalizeQuestion } from "../../src/evaluate/normalizeQuestion.js";
import { control, policy, statement } from "../support/builders.js";

// Switching an opt-in off again: by default it reaches every later use; a control may say it covers
// only data created afterwards (older data stays in use), or that the policy leaves older data unsaid.

const optInPolicy = (withdrawal: WithdrawalScope | undefined, scope: "future-only" | "new-data-only" = "future-only") =>
  compilePolicy(
    policy({
      controls: [control({ id: "c", scope, ...(withdrawal && { withdrawal }) }), control({ id: "d" })],
      statements: [statement({ id: "s", consent: { default: "off", controls: [{ control: "c" }] } })],
    }),
  );

const question = (created: string | undefined, optIns: string[], optOuts: string[], at = "2025-06-01"): Question => ({
  purpose: "generative-ai-training",
  category: "posts",
  at,
  user: {
    region: "US",
    age: 30,
    optIns: optIns.map((day) => ({ control: "c", at: day })),
    optOuts: optOuts.map((day) => ({ control: "c", at: day })),
  },
  ...(created !== undefined && { data: { createdAt: created } }),
});

/** The answer, its first reason's code and its needs; asked twice so that the fast path's memo answers too, and checked against the general path. */
function answer(p: ReturnType<typeof optInPolicy>, q: Question) {
  // The fast path keys decisions by outcome codes: ask first the questions whose codes a wrong reading
  // would give (no choice; the opt-ins alone), so that a wrong code returns their decision, not this one's.
  evaluate(p, { ...q, user: { ...q.user, optIns: [], optOuts: [] } });
  evaluate(p, { ...q, user: { ...q.user, optOuts: [] } });
  const general = decideNormalized(p, normalizeQuestion(p, q, true));
  expect(evaluate(p, q)).toEqual(general);
  expect(evaluate(p, q)).toEqual(general);
  return [general.answer, general.reasons[0]?.code, general.needs];
}

describe("withdrawing an opt-in", () => {
  it.each<[string, WithdrawalScope | undefined, string | undefined, string[], string[], unknown[]]>([
    ["default: switching off reaches older data", undefined, "2024-06-01", ["2025-01-01"], ["2025-03-01"], ["not-used", "not-opted-in", []]],
    ["future-only, said outright", "future-only", "2024-06-01", ["2025-01-01"], ["2025-03-01"], ["not-used", "not-opted-in", []]],
    ["new-data-only: older data stays in use", "new-data-only", "2024-06-01", ["2025-01-01"], ["2025-03-01"], ["used", "withdrawal-not-retroactive", []]],
    [
      "new-data-only: data made on the day of the switch is out",
      "new-data-only",
      "2025-03-01",
      ["2025-01-01"],
      ["2025-03-01"],
      ["not-used", "not-opted-in", []],
    ],
    ["new-data-only: data made after it is out", "new-data-only", "2025-04-01", ["2025-01-01"], ["2025-03-01"], ["not-used", "not-opted-in", []]],
    ["undisclosed: older data unknown", "earlier-data-undisclosed", "2024-06-01", ["2025-01-01"], ["2025-03-01"], ["unknown", "withdrawal-undisclosed", []]],
    ["undisclosed: newer data out", "earlier-data-undisclosed", "2025-03-02", ["2025-01-01"], ["2025-03-01"], ["not-used", "not-opted-in", []]],
    [
      "undisclosed: the day the data was made matters",
      "earlier-data-undisclosed",
      undefined,
      ["2025-01-01"],
      ["2025-03-01"],
      ["unknown", "withdrawal-undisclosed", ["data.createdAt"]],
    ],
    [
      "new-data-only: the day the data was made matters",
      "new-data-only",
      undefined,
      ["2025-01-01"],
      ["2025-03-01"],
      ["unknown", "withdrawal-not-retroactive", ["data.createdAt"]],
    ],
    ["a switch-off with no opt-in before it changes nothing", "new-data-only", "2024-06-01", [], ["2025-03-01"], ["not-used", "not-opted-in", []]],
    ["opting in again after the switch-off", "earlier-data-undisclosed", "2024-06-01", ["2025-01-01", "2025-04-01"], ["2025-03-01"], ["used", "opted-in", []]],
    ["before the switch-off it is simply opted in", "earlier-data-undisclosed", "2024-06-01", ["2025-01-01"], ["2025-07-01"], ["used", "opted-in", []]],
    [
      "two switch-offs, the older one after the data",
      "earlier-data-undisclosed",
      "2024-06-01",
      ["2025-01-01"],
      ["2025-02-01", "2025-03-01"],
      ["unknown", "withdrawal-undisclosed", []],
    ],
  ])("%s", (_, withdrawal, created, optIns, optOuts, expected) => {
    expect(answer(optInPolicy(withdrawal), question(created, optIns, optOuts))).toEqual(expected);
  });

  it("a new-data-only opt-in switched off: data older than the opt-in was never reached", () => {
    const p = optInPolicy("new-data-only", "new-data-only");
    expect(answer(p, question("2024-06-01", ["2025-01-01"], ["2025-03-01"]))).toEqual(["not-used", "not-opted-in", []]);
    expect(answer(p, question("2025-02-01", ["2025-01-01"], ["2025-03-01"]))).toEqual(["used", "withdrawal-not-retroactive", []]);
  });

  it("says what the switch-off leaves, in the reason and in the control's summary", () => {
    const p = optInPolicy("earlier-data-undisclosed");
    const decision = evaluate(p, question("2024-06-01", ["2025-01-01"], ["2025-03-01"]));
    expect(decision.reasons[0]?.message).toBe(
      "Statement s. The user opted in with “Setting c” and later switched it off; the policy says data created afterwards is not used, but not whether older data the opt-in reached stays in use.",
    );
    const [action] = actionsFor(p, question("2024-06-01", ["2025-01-01"], []));
    expect(action?.control).toMatchObject({ id: "c", withdrawal: "earlier-data-undisclosed" });
    expect(action?.control.effect).toContain("does not say whether data it already reached stays in use");
    expect(action?.answerIfChosen).toBe("unknown");
  });

  it("with two controls, one still opted in wins over one switched off for newer data only", () => {
    const p = compilePolicy(
      policy({
        controls: [control({ id: "c", withdrawal: "earlier-data-undisclosed" }), control({ id: "d", withdrawal: "new-data-only" }), control({ id: "e" })],
        statements: [statement({ id: "s", consent: { default: "off", controls: [{ control: "c" }, { control: "d" }, { control: "e" }] } })],
      }),
    );
    const ask = (ins: [string, string][], outs: [string, string][]) =>
      answer(p, {
        purpose: "generative-ai-training",
        category: "posts",
        at: "2025-06-01",
        user: { region: "US", age: 30, optIns: ins.map(([control, at]) => ({ control, at })), optOuts: outs.map(([control, at]) => ({ control, at })) },
        data: { createdAt: "2024-06-01" },
      });
    expect(
      ask(
        [
          ["c", "2025-01-01"],
          ["d", "2025-01-01"],
        ],
        [
          ["c", "2025-02-01"],
          ["d", "2025-02-01"],
        ],
      ),
    ).toEqual(["used", "withdrawal-not-retroactive", []]);
    expect(
      ask(
        [
          ["c", "2025-01-01"],
          ["e", "2025-01-01"],
        ],
        [["c", "2025-02-01"]],
      ),
    ).toEqual(["used", "opted-in", []]);
    expect(
      ask(
        [
          ["c", "2025-01-01"],
          ["e", "2025-01-01"],
        ],
        [
          ["c", "2025-02-01"],
          ["e", "2025-02-01"],
        ],
      ),
    ).toEqual(["unknown", "withdrawal-undisclosed", []]);
  });
});
