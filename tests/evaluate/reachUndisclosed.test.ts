import { describe, expect, it } from "vitest";
import { type Choice, type Question, compilePolicy, evaluate } from "../../src/index.js";
import { decideNormalized } from "../../src/evaluate/evaluate.js";
import { normalizeQuestion } from "../../src/evaluate/normalizeQuestion.js";
import { cite, control, policy, statement } from "../support/builders.js";

// A choice whose reach the sources leave unsaid (scope reach-undisclosed, for choices made from a day
// on): it settles nothing, so the answer is unknown unless another choice settles it. Both paths.

const CUT = "2024-06-01";
const build = (defaultOn: boolean) =>
  compilePolicy(
    policy({
      controls: [control({ id: "c", scope: "future-only" })],
      statements: [
        statement({
          id: "s",
          consent: { default: defaultOn ? "on" : "off", controls: [{ control: "c", scopes: [{ chosenFrom: CUT, scope: "reach-undisclosed" }] }] },
        }),
      ],
    }),
  );

const ask = (optOuts: Choice[] = [], optIns: Choice[] = []): Question => ({
  purpose: "generative-ai-training",
  category: "posts",
  at: "2025-01-01",
  user: { region: "US", age: 30, optOuts, optIns },
  data: { createdAt: "2023-01-01" },
});
const at = (day: string): Choice[] => [{ control: "c", at: day }];

/** The answer and first reason on the general path, then on the fast path, which must agree. */
function both(p: ReturnType<typeof build>, q: Question): [string, string | undefined] {
  const general = decideNormalized(p, normalizeQuestion(p, q, true));
  evaluate(p, q);
  const fast = evaluate(p, q);
  expect(fast).toEqual(general);
  return [fast.answer, fast.reasons[0]?.code];
}

describe("a choice whose reach is undisclosed", () => {
  const on = build(true);
  const off = build(false);
  it.each([
    ["on by default, an opt-out before the day: it reaches", on, ask(at("2024-01-01")), ["not-used", "opted-out"]],
    ["on by default, an opt-out from the day on: unknown", on, ask(at(CUT)), ["unknown", "reach-undisclosed"]],
    [
      "on by default, an earlier opt-out still reaches whatever a later one does",
      on,
      ask([...at("2024-01-01"), ...at("2024-09-01")]),
      ["not-used", "opted-out"],
    ],
    ["on by default, no choice: used", on, ask(), ["used", "used-by-default"]],
    ["off by default, an opt-in before the day: it reaches", off, ask([], at("2024-01-01")), ["used", "opted-in"]],
    ["off by default, an opt-in from the day on: unknown", off, ask([], at("2024-09-01")), ["unknown", "reach-undisclosed"]],
    ["off by default, an earlier opt-in still reaches", off, ask([], [...at("2024-01-01"), ...at("2024-09-01")]), ["used", "opted-in"]],
    ["off by default, no choice: not used", off, ask(), ["not-used", "not-opted-in"]],
  ] as const)("%s", (_, p, q, expected) => {
    expect(both(p, q)).toEqual(expected);
  });
});

describe("a default the sources do not state (consent.default undisclosed)", () => {
  const p = compilePolicy(
    policy({
      controls: [control({ id: "c", scope: "future-only" })],
      statements: [statement({ id: "s", consent: { default: "undisclosed", controls: [{ control: "c" }] } })],
    }),
  );
  it.each([
    ["no choice: unknown, and says why", ask(), ["unknown", "default-undisclosed"]],
    ["an opt-out settles it", ask(at("2024-01-01")), ["not-used", "opted-out"]],
    ["an opt-in settles it", ask([], at("2024-01-01")), ["used", "opted-in"]],
    ["the later of an opt-in and an opt-out settles it", ask(at("2024-03-01"), at("2024-01-01")), ["not-used", "opted-out"]],
  ] as const)("%s", (_, q, expected) => {
    expect(both(p as ReturnType<typeof build>, q)).toEqual(expected);
  });
});

describe("an undisclosed default and a choice made while the control was closed", () => {
  const p = compilePolicy(
    policy({
      controls: [control({ id: "c", scope: "future-only", availability: [{ from: "2024-06-01", sources: cite() }] })],
      statements: [statement({ id: "s", consent: { default: "undisclosed", controls: [{ control: "c" }] } })],
    }),
  );
  it("is unknown, and says both that the default is not stated and that the choice was passed over", () => {
    const decision = evaluate(p, ask(at("2024-01-01")));
    expect(decision.answer).toBe("unknown");
    expect(decision.reasons.map((r) => r.code)).toEqual(["default-undisclosed", "choice-not-available"]);
  });
  it("an opt-out once the control was open settles it", () => {
    const decision = evaluate(p, ask([...at("2024-01-01"), ...at("2024-07-01")]));
    expect(decision.answer).toBe("not-used");
    expect(decision.reasons.map((r) => r.code)).toEqual(["opted-out"]);
  });
});

describe("a choice that reaches newer data, and leaves older data unsaid (scope earlier-data-undisclosed)", () => {
  const build2 = (defaultOn: boolean) =>
    compilePolicy(
      policy({
        controls: [control({ id: "c", scope: "earlier-data-undisclosed" })],
        statements: [statement({ id: "s", consent: { default: defaultOn ? "on" : "off", controls: [{ control: "c" }] } })],
      }),
    );
  const on = build2(true);
  const off = build2(false);
  const created = (day: string | undefined, q: Question): Question => ({ ...q, data: day === undefined ? {} : { createdAt: day } });
  it.each([
    ["on by default, an opt-out, data created after it: not used", on, created("2024-06-01", ask(at("2024-03-01"))), ["not-used", "opted-out"]],
    ["on by default, an opt-out, data created before it: unknown", on, created("2023-01-01", ask(at("2024-03-01"))), ["unknown", "reach-undisclosed"]],
    ["on by default, no choice: used", on, created("2023-01-01", ask()), ["used", "used-by-default"]],
    ["off by default, an opt-in, data created after it: used", off, created("2024-06-01", ask([], at("2024-03-01"))), ["used", "opted-in"]],
    ["off by default, an opt-in, data created before it: unknown", off, created("2023-01-01", ask([], at("2024-03-01"))), ["unknown", "reach-undisclosed"]],
  ] as const)("%s", (_, p, q, expected) => {
    expect(both(p as ReturnType<typeof build>, q)).toEqual(expected);
  });
  it("the data's age matters, and the decision says so", () => {
    const decision = evaluate(on, created(undefined, ask(at("2024-03-01"))));
    expect(decision.answer).toBe("unknown");
    expect(decision.needs).toEqual(["data.createdAt"]);
  });
});

describe("a deletion against an opt-in with another control", () => {
  const p = compilePolicy(
    policy({
      controls: [control({ id: "c", scope: "future-only" }), control({ id: "del", kind: "deletion", scope: "future-only" })],
      statements: [statement({ id: "s", consent: { default: "off", controls: [{ control: "c" }, { control: "del" }] } })],
    }),
  );
  const q = (created: string, optOuts: Choice[] = []): Question => ({ ...ask(optOuts, at("2024-01-01")), data: { createdAt: created } });
  const deleted = (day: string): Choice[] => [{ control: "del", at: day }];
  it.each([
    ["opted in, the data deleted later: not used", q("2023-06-01", deleted("2024-06-01")), ["not-used", "opted-out"]],
    ["opted in, data created after another was deleted: used", q("2024-08-01", deleted("2024-06-01")), ["used", "opted-in"]],
    ["opted in, nothing deleted: used", q("2023-06-01"), ["used", "opted-in"]],
  ] as const)("%s", (_, question, expected) => {
    expect(both(p as ReturnType<typeof build>, question)).toEqual(expected);
  });
});
