import { describe, expect, it } from "vitest";
import { linkedinByHand } from "../../bench/linkedinByHand.js";
import { linkedinBoundaryQuestions, linkedinQuestions } from "../../bench/questions.js";
import { getPolicy } from "../../src/catalog/index.js";
import { decideNormalized } from "../../src/evaluate/evaluate.js";
import { normalizeQuestion } from "../../src/evaluate/normalizeQuestion.js";
import { type Question, compilePolicy, evaluate } from "../../src/index.js";

// The generic evaluator against LinkedIn's rules written out by hand (the benchmark's baseline), on the
// benchmark's fixed set of questions: two independent readings of the same policy must agree.
const questions = linkedinQuestions();
const linkedin = getPolicy("linkedin");

describe("evaluate against LinkedIn's rules written by hand", () => {
  it("agrees on every question of the benchmark set", () => {
    const disagreements = questions
      .map((q, i) => ({ i, q, generic: evaluate(linkedin, q).answer, byHand: linkedinByHand(q) }))
      .filter((x) => x.generic !== x.byHand);
    expect(disagreements.slice(0, 5)).toEqual([]);
  });

  it("agrees on both sides of every day the policy changes, for every region class, category and purpose", () => {
    const boundary = linkedinBoundaryQuestions();
    expect(boundary.length).toBeGreaterThan(30_000);
    const disagreements = boundary.filter((q) => evaluate(linkedin, q).answer !== linkedinByHand(q));
    expect(disagreements.slice(0, 5)).toEqual([]);
  });

  it("the set exercises every answer", () => {
    const counts = { used: 0, "not-used": 0, unknown: 0 };
    for (const q of questions) counts[evaluate(linkedin, q).answer]++;
    expect(counts.used).toBeGreaterThan(100);
    expect(counts["not-used"]).toBeGreaterThan(100);
    expect(counts.unknown).toBeGreaterThan(50);
  });

  it("gives the same decisions on the fast path as on the general one, on every question of both sets", () => {
    const compiled = compilePolicy(linkedin);
    const general = (q: Question) => decideNormalized(compiled, normalizeQuestion(compiled, q, true));
    for (const q of [...questions, ...linkedinBoundaryQuestions()]) expect(evaluate(compiled, q)).toEqual(general(q));
  });

  it("gives the same decisions through a compiled policy as through the raw one", () => {
    const compiled = compilePolicy(linkedin);
    for (const q of questions) expect(evaluate(compiled, q)).toEqual(evaluate(linkedin, q));
  });
});
