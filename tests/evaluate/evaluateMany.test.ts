import { describe, expect, it } from "vitest";
import { linkedinQuestions } from "../../bench/questions.js";
import { getPolicy } from "../../src/catalog/index.js";
import { InputError, type Question, evaluate, evaluateMany } from "../../src/index.js";

const linkedin = getPolicy("linkedin");

describe("evaluateMany", () => {
  it("gives, in order, the decision evaluate() gives for each question", () => {
    const questions = linkedinQuestions(300, 11);
    expect([...evaluateMany(linkedin, questions)]).toEqual(questions.map((q) => evaluate(linkedin, q)));
  });

  it("streams: it reads a question only when its decision is asked for", () => {
    let read = 0;
    function* lazy(): Generator<Question> {
      for (const region of ["US", "DE", "HK"]) {
        read++;
        yield { purpose: "generative-ai-training", category: "posts", at: "2025-01-15", user: { region, age: 30 } };
      }
    }
    const decisions = evaluateMany(linkedin, lazy());
    expect(read).toBe(0);
    expect(decisions.next().value?.answer).toBe("used");
    expect(read).toBe(1);
    expect([...decisions].map((d) => d.answer)).toEqual(["not-used", "not-used"]);
    expect(read).toBe(3);
  });

  it("yields the decisions before a bad question, then throws its InputError", () => {
    const good: Question = { purpose: "generative-ai-training", category: "posts", at: "2025-01-15", user: { region: "US", age: 30 } };
    const decisions = evaluateMany(linkedin, [good, { ...good, at: "2025-02-30" }]);
    expect(decisions.next().value?.answer).toBe("used");
    expect(() => decisions.next()).toThrow(
      new InputError(
        "invalid-date",
        "questions[1].at",
        "2025-02-30",
        '"2025-02-30" is not a real date; give a calendar day as YYYY-MM-DD (or an ISO date-time with an offset)',
      ),
    );
    // A question that is not an object is named by its place alone.
    expect(() => [...evaluateMany(linkedin, [good, good, null as never])]).toThrow(/^questions\[2\]: must be an object$/);
  });
});
