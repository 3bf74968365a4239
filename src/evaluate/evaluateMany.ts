import type { Policy } from "../schema/types.js";
import { type CompiledPolicy, prepare } from "./compile.js";
import type { Decision } from "./decision.js";
import { evaluate } from "./evaluate.js";
import { InputError } from "./InputError.js";
import type { Question } from "./question.js";

/**
 * Answers a stream of questions against one policy: a compliance job over millions of accounts, or a
 * queue of page views.
 *
 * @remarks The policy is prepared once. Decisions are yielded one at a time and nothing is kept between
 * them, so memory stays flat however many questions stream through; decisions are frozen and shared
 * between equal cases, so keeping them is cheap too. Questions may come from any iterable, including a
 * generator that builds each one lazily.
 *
 * @param policy - A policy or its compiled form.
 * @param questions - The questions, in any iterable.
 * @returns A generator of decisions, in the order of the questions.
 * @throws {@link InputError} When it reaches a bad question (earlier decisions have been yielded); its
 * field names the question's place in the stream, as `questions[41].user.region`.
 * @example
 * ```ts
 * import { evaluateMany } from "ai-data-policy";
 * import { getPolicy } from "ai-data-policy/catalog";
 * const questions = ["US", "DE", "HK"].map((region) => ({
 *   purpose: "generative-ai-training", category: "posts", at: "2025-01-15", user: { region, age: 30 },
 * }));
 * [...evaluateMany(getPolicy("linkedin"), questions)].map((d) => d.answer);
 * //=> ["used", "not-used", "not-used"]
 * ```
 * @category Evaluate
 */
export function* evaluateMany(policy: Policy | CompiledPolicy, questions: Iterable<Question>): Generator<Decision, void, undefined> {
  const compiled = prepare(policy);
  if (questions === null || typeof (questions as { [Symbol.iterator]?: unknown })?.[Symbol.iterator] !== "function")
    throw new InputError("invalid-question", "questions", questions, "must be an iterable of questions (an array, a generator)");
  let i = 0;
  for (const question of questions) {
    let decision: Decision;
    try {
      decision = evaluate(compiled, question);
    } catch (error) {
      // Which question of the stream: the error names its field within it.
      if (!(error instanceof InputError)) throw error;
      const field = error.field === "question" ? `questions[${i}]` : `questions[${i}].${error.field}`;
      throw new InputError(error.code, field, error.value, error.message.slice(error.field.length + 2));
    }
    i++;
    yield decision;
  }
}
