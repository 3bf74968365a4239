import { describe, expect, it } from "vitest";
import { type Question, type Statement, evaluate } from "../../src/index.js";
import { policy, statement } from "../support/builders.js";

// evaluate() on the general path (a missing input): how the reasons of the cases are merged, how many
// cases are kept, and which keys a decision has. Cases found by surviving mutants of evaluate.ts.

const s = (id: string, o: Partial<Statement> = {}) => statement({ id, ...o });
const noRegion: Question = { purpose: "generative-ai-training", category: "posts", at: "2025-01-01", user: { age: 30 } };

describe("evaluate: merging the cases", () => {
  it("the reasons every case gives come first, then the others", () => {
    // In the US, h and g both give a use; elsewhere only g. The answer is used either way.
    const p = policy({ statements: [s("h", { regions: { include: ["US"] } }), s("g")] });
    const d = evaluate(p, noRegion);
    expect([d.answer, d.reasons.map((r) => r.statement?.id), d.needs, d.cases]).toEqual(["used", ["g", "h"], [], undefined]);
  });

  it("at most 24 cases, the first ones", () => {
    // 25 regions excluded one by one: 26 cases, of which 24 are kept.
    const codes = [
      "AD",
      "AE",
      "AF",
      "AG",
      "AI",
      "AL",
      "AM",
      "AO",
      "AQ",
      "AR",
      "AS",
      "AT",
      "AU",
      "AW",
      "AX",
      "AZ",
      "BA",
      "BB",
      "BD",
      "BE",
      "BF",
      "BG",
      "BH",
      "BI",
      "BJ",
    ];
    const p = policy({ statements: [s("u"), s("x", { effect: "not-used", regions: { include: codes } })] });
    const d = evaluate(p, noRegion);
    expect(d.answer).toBe("unknown");
    expect(d.needs).toEqual(["region"]);
    expect(d.cases?.length).toBe(24);
    expect(d.cases?.[0]).toEqual({ when: ["region in AD"], answer: "not-used" });
    expect(d.cases?.[23]).toEqual({ when: [...codes.slice(0, 23).map((c) => `region not in ${c}`), "region in BI"], answer: "not-used" });
  });

  it("a decision without cases has no cases key", () => {
    const d = evaluate(policy(), noRegion);
    expect(Object.keys(d)).toEqual(["answer", "reasons", "needs", "confidence"]);
  });
});
