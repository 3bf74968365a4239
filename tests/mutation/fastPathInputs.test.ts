import { describe, expect, it } from "vitest";
import { getPolicy } from "../../src/catalog/index.js";
import { decideNormalized } from "../../src/evaluate/evaluate.js";
import { normalizeQuestion } from "../../src/evaluate/normalizeQuestion.js";
import { type CompiledPolicy, type Policy, type Question, compilePolicy, evaluate } from "../../src/index.js";
import { control, policy as plain, statement } from "../support/builders.js";

// Once a policy has been asked twice, the fast path reads each question first, and must hand anything
// it cannot read (a malformed or unknown input) to the general path, which refuses it with its
// InputError or answers it in full. Here every input is broken in turn, on a policy that is warm, and
// the outcome must be the general path's: the same error, or the same decision.

const base: Question = {
  purpose: "generative-ai-training",
  category: "posts",
  at: "2025-12-15",
  user: {
    region: "DE",
    age: 35,
    plan: "free",
    optOuts: [{ control: "data-for-generative-ai-improvement", at: "2025-10-20" }],
    optIns: [],
  },
  data: { createdAt: "2023-06-01", visibility: "public" },
  recipient: "linkedin",
};
const user = (change: Record<string, unknown>) => ({ ...base, user: { ...base.user, ...change } }) as unknown as Question;
const data = (change: Record<string, unknown>) => ({ ...base, data: { ...base.data, ...change } }) as unknown as Question;
const choice = (change: Record<string, unknown>) => user({ optOuts: [{ control: "data-for-generative-ai-improvement", at: "2025-10-20", ...change }] });

const BROKEN: [string, Question][] = [
  ["no question", null as unknown as Question],
  ["a question that is a string", "q" as unknown as Question],
  ["an unknown purpose", { ...base, purpose: "advertising" } as unknown as Question],
  ["an unknown category", { ...base, category: "dreams" } as unknown as Question],
  ["no user", { ...base, user: undefined } as unknown as Question],
  ["a user that is null", { ...base, user: null } as unknown as Question],
  ["a region that is a number", user({ region: 49 })],
  ["a region of three letters", user({ region: "DEU" })],
  ["a region with a digit", user({ region: "D1" })],
  ["a region in lower case", user({ region: "de" })],
  ["a region that is no country", user({ region: "ZZ" })],
  ["a day that is a number", { ...base, at: 20251215 } as unknown as Question],
  ["a day that does not exist", { ...base, at: "2025-02-30" }],
  ["a date-time", { ...base, at: "2025-12-15T10:00:00Z" }],
  ["an age that is text", user({ age: "35" })],
  ["a fractional age", user({ age: 35.5 })],
  ["a negative age", user({ age: -1 })],
  ["an age over 150", user({ age: 151 })],
  ["an age of 150", user({ age: 150 })],
  ["an age of 0", user({ age: 0 })],
  ["an unknown plan", user({ plan: "gold" })],
  ["data that is null", { ...base, data: null } as unknown as Question],
  ["data that is text", { ...base, data: "posts" } as unknown as Question],
  ["a creation day that is a number", data({ createdAt: 2023 })],
  ["a creation day that does not exist", data({ createdAt: "2023-02-30" })],
  ["data created after the use", data({ createdAt: "2026-01-01" })],
  ["data created on the day of the use", data({ createdAt: "2025-12-15" })],
  ["an unknown visibility", data({ visibility: "secret" })],
  ["a recipient that is a number", { ...base, recipient: 1 } as unknown as Question],
  ["an unknown recipient", { ...base, recipient: "openai" }],
  ["the other recipient", { ...base, recipient: "microsoft" }],
  ["opt-outs that are not a list", user({ optOuts: { control: "data-for-generative-ai-improvement", at: "2025-10-20" } })],
  ["opt-ins that are not a list", user({ optIns: "none" })],
  ["a choice that is null", user({ optOuts: [null] })],
  ["a choice that is text", user({ optOuts: ["data-for-generative-ai-improvement"] })],
  ["a choice of an unknown control", choice({ control: "do-not-train" })],
  ["a choice whose control is a number", choice({ control: 7 })],
  ["a choice on a day that does not exist", choice({ at: "2025-02-30" })],
  ["a choice whose day is a number", choice({ at: 20251020 })],
  ["a choice with an unknown outcome", choice({ outcome: "ignored" })],
  ["a choice accepted", choice({ outcome: "accepted" })],
  ["a choice refused", choice({ outcome: "refused" })],
  [
    "seventeen choices",
    user({ optOuts: Array.from({ length: 17 }, (_, i) => ({ control: "data-for-generative-ai-improvement", at: `2025-10-${10 + (i % 10)}` })) }),
  ],
];

const NEIGHBOURS: Question[] = [
  base,
  user({ optOuts: [], optIns: [] }),
  user({ optOuts: [] }),
  user({ age: undefined }),
  user({ plan: undefined }),
  { ...base, data: undefined } as unknown as Question,
  data({ createdAt: undefined }),
  data({ visibility: undefined }),
  { ...base, recipient: undefined } as unknown as Question,
];

type Outcome = { error: string } | { decision: unknown };
const outcome = (run: () => unknown): Outcome => {
  try {
    return { decision: run() };
  } catch (error) {
    return { error: `${(error as Error).name}: ${(error as Error).message}` };
  }
};

// LinkedIn's policy, and a plain one with the same ids and no scope rules (on LinkedIn's, a choice with
// an unreadable day meets a scope rule and is declined there even if the reading let it through).
const PLAIN: Policy = plain({
  id: "plain",
  recipients: [
    { id: "linkedin", label: "LinkedIn", kind: "platform" },
    { id: "microsoft", label: "Microsoft", kind: "affiliate" },
  ],
  controls: [control({ id: "data-for-generative-ai-improvement" })],
  statements: [
    statement({ id: "s", from: "2024-01-01", consent: { default: "on", controls: [{ control: "data-for-generative-ai-improvement" }] } }),
    statement({ id: "t", from: "2024-01-01", age: { atLeast: 18 }, recipients: ["microsoft"] }),
  ],
});

describe.each([
  ["LinkedIn", getPolicy("linkedin")],
  ["a plain policy", PLAIN],
])("on %s, the fast path hands what it cannot read to the general path", (_, policy) => {
  let warm: CompiledPolicy;
  it.each(BROKEN)("%s", (_, question) => {
    warm = compilePolicy(policy);
    // Asked twice, so that the next question meets the fast path; and its neighbours without the parts
    // that are broken in turn, so that a broken part the fast path skipped instead of declining would
    // find their decision in the memo rather than the general path's error.
    for (const neighbour of NEIGHBOURS) {
      evaluate(warm, neighbour);
      evaluate(warm, neighbour);
    }
    const general = outcome(() => {
      const fresh = compilePolicy(policy);
      return decideNormalized(fresh, normalizeQuestion(fresh, question, true));
    });
    expect(outcome(() => evaluate(warm, question))).toEqual(general);
    // And asked again, from whatever the first answer left in the memo.
    expect(outcome(() => evaluate(warm, question))).toEqual(general);
  });
});

describe("a choice made while its control's opening turns on an undisclosed day", () => {
  // The control opened on an undisclosed day that is also the day the use ends: a question that splits
  // on that day finds, in one of its ways, the choice made while the control was closed. The fast path
  // had read the choice as counted, and handed on the decision of a question without it.
  const day = { earliest: "2024-06-01", latest: "2025-11-03" };
  const p = compilePolicy(
    plain({
      controls: [control({ id: "c", availability: [{ from: day, sources: [{ source: "test-source", quote: "q" }] }] })],
      statements: [statement({ id: "s", until: day, consent: { default: "on", controls: [{ control: "c" }] } })],
    }),
  );
  const ask = (optOuts: { control: string; at: string; outcome?: "refused" }[]): Question => ({
    purpose: "generative-ai-training",
    category: "posts",
    at: "2024-07-01",
    user: { region: "US", age: 30, optOuts },
  });
  it("gives the general path's decision, which names the choice not counted", () => {
    evaluate(p, ask([]));
    evaluate(p, ask([]));
    for (const q of [ask([{ control: "c", at: "2024-06-01", outcome: "refused" }]), ask([{ control: "c", at: "2024-06-01" }])]) {
      const general = decideNormalized(p, normalizeQuestion(p, q, true));
      expect(general.reasons.map((r) => r.code)).toContain("choice-not-available");
      expect(evaluate(p, q)).toEqual(general);
      expect(evaluate(p, q)).toEqual(general);
    }
  });
});
