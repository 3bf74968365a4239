import { describe, expect, it } from "vitest";
import { InputError, type Policy, type Question, controlsFor, evaluateAll } from "../../src/index.js";
import { control, policy, statement } from "../support/builders.js";

// evaluateAll() and controlsFor(): which choices each policy sees, and the errors, word for word.
// Cases found by surviving mutants of evaluateAll.ts.

const withControl = (id: string, name: string): Policy =>
  policy({ id, name, controls: [control({ id: "c" })], statements: [statement({ id: "u", consent: { default: "on", controls: [{ control: "c" }] } })] });
const a = withControl("a", "A");
const b = withControl("b", "B");
const q: Question = { purpose: "generative-ai-training", category: "posts", at: "2025-01-01", user: { region: "US", age: 30 } };

function inputError(run: () => unknown) {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    const e = error as InputError;
    return { code: e.code, field: e.field, value: e.value, message: e.message };
  }
  throw new Error("no InputError");
}

describe("evaluateAll: the choices each policy sees", () => {
  it("platform:control reaches only that platform; a plain id reaches every platform with the control", () => {
    const answers = (control: string) =>
      evaluateAll([a, b], { ...q, user: { region: "US", age: 30, optOuts: [{ control, at: "2024-06-01" }] } }).map((x) => [x.platform, x.decision.answer]);
    expect(answers("a:c")).toEqual([
      ["a", "not-used"],
      ["b", "used"],
    ]);
    expect(answers("b:c")).toEqual([
      ["a", "used"],
      ["b", "not-used"],
    ]);
    expect(answers("c")).toEqual([
      ["a", "not-used"],
      ["b", "not-used"],
    ]);
  });

  it("a question without a user", () => {
    const { user: _, ...bare } = q;
    expect(evaluateAll([a], bare).map((x) => [x.platform, x.decision.answer, x.actions.map((act) => act.control.id)])).toEqual([["a", "used", ["c"]]]);
  });
});

describe("evaluateAll: errors", () => {
  it("a recipient", () => {
    expect(inputError(() => evaluateAll([a], { ...q, recipient: "test" }))).toEqual({
      code: "invalid-question",
      field: "recipient",
      value: "test",
      message: "recipient: recipients differ between platforms; ask one platform about a recipient (evaluate(), or check <platform> --recipient ID)",
    });
  });

  it.each([
    ["a control of another platform", { control: "b:c", at: "2024-06-01" }, "b:c"],
    ["a platform that is not asked", { control: "x:c", at: "2024-06-01" }, "x:c"],
  ])("%s", (_, choice, value) => {
    expect(
      inputError(() => evaluateAll([a], { ...q, user: { region: "US", optIns: [{ control: "c", at: "2024-01-01" }], optOuts: [choice as never] } })),
    ).toEqual({
      code: "unknown-control",
      field: "user.optOuts[0].control",
      value,
      message: `user.optOuts[0].control: ${JSON.stringify(value)} is not a control of any of the platforms asked (write platform:control to name one)`,
    });
  });

  it("a control that is not a string (an id in an array) is refused, not dropped", () => {
    expect(inputError(() => evaluateAll([a], { ...q, user: { region: "US", optOuts: [{ control: ["c"] as never, at: "2024-06-01" }] } }))).toMatchObject({
      code: "unknown-control",
      field: "user.optOuts[0].control",
    });
  });

  it("a choice that is not an object", () => {
    expect(inputError(() => evaluateAll([a], { ...q, user: { region: "US", optOuts: [null as never] } }))).toEqual({
      code: "invalid-question",
      field: "user.optOuts[0]",
      value: null,
      message: "user.optOuts[0]: must be an object { control, at }",
    });
  });

  it("a question or a user that is not an object: the same error as evaluate() gives", () => {
    expect(inputError(() => evaluateAll([a], null as never))).toEqual({
      code: "invalid-question",
      field: "question",
      value: null,
      message: "question: must be an object",
    });
    expect(inputError(() => evaluateAll([a], { ...q, user: "me" as never }))).toEqual({
      code: "invalid-question",
      field: "user",
      value: "me",
      message: "user: must be an object",
    });
  });

  it("a list of choices that is not an array: the same error as evaluate() gives", () => {
    expect(inputError(() => evaluateAll([a], { ...q, user: { region: "US", optOuts: "c" as never } }))).toEqual({
      code: "invalid-question",
      field: "user.optOuts",
      value: "c",
      message: "user.optOuts: must be an array of { control, at } choices",
    });
  });
});

describe("controlsFor: errors", () => {
  it("a region is required", () => {
    expect(inputError(() => controlsFor(a, { region: undefined as never, at: "2025-01-01" }))).toEqual({
      code: "unknown-region",
      field: "region",
      value: undefined,
      message: "region: a region is required",
    });
  });
});
