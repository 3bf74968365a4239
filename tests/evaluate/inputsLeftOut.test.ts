import { describe, expect, it } from "vitest";
import { random } from "../../bench/questions.js";
import { getPolicy, listPolicies } from "../../src/catalog/index.js";
import { decideNormalized } from "../../src/evaluate/evaluate.js";
import { normalizeQuestion } from "../../src/evaluate/normalizeQuestion.js";
import { type CompiledPolicy, type Question, compilePolicy, evaluate } from "../../src/index.js";
import { formatDay, parseIsoDay } from "../../src/time/calendarDay.js";
import { PLANS } from "../../src/vocabulary/plans.js";
import { control, policy, statement } from "../support/builders.js";

// A question may leave out the age, the plan, the data's visibility or its creation day. The fast path
// answers it when no choice's effect turns on what is left out: a statement that tests such an input
// is open (it applies for some of its values), its code says so, and the inputs left out key the
// decision beside the codes. These check that such keys never give one question another's decision.

/**
 * The general path's decision, and `evaluate`'s three times: the first fills the fast path's memo
 * (a policy's very first question is answered without it), the others are found in it if it answered.
 */
function check(compiled: CompiledPolicy, q: Question): { shared: boolean } {
  const general = decideNormalized(compiled, normalizeQuestion(compiled, q, true));
  const [first, second, third] = [evaluate(compiled, q), evaluate(compiled, q), evaluate(compiled, q)];
  expect(first, JSON.stringify(q)).toEqual(general);
  expect(second, JSON.stringify(q)).toEqual(general);
  expect(third, JSON.stringify(q)).toEqual(general);
  return { shared: second === third };
}

describe("a statement about data created from a day, asked without a creation day", () => {
  // The creation bound (1 June 2024) is not a day the statements start or end on, so questions on
  // either side of it share an epoch: before it no data can have been created after it, after it the
  // statement is open. One key for both would give the first answer for the second.
  const compiled = compilePolicy(
    policy({
      statements: [
        statement({ id: "older", effect: "not-used", from: "2024-01-01", data: { createdUntil: "2024-06-01" } }),
        statement({ id: "newer", effect: "used", from: "2024-01-01", data: { createdFrom: "2024-06-01" } }),
      ],
    }),
  );
  const ask = (at: string): Question => ({ purpose: "generative-ai-training", category: "posts", at, user: { region: "US", age: 30 } });

  it("before the bound: all data is older, not used; after it: it turns on the creation day", () => {
    // The order matters: the first question fills the memo the second is looked up in.
    for (const at of ["2024-03-01", "2024-09-01", "2024-05-31", "2024-06-01", "2024-03-02"]) check(compiled, ask(at));
    expect(evaluate(compiled, ask("2024-03-01"))).toMatchObject({ answer: "not-used", needs: [] });
    expect(evaluate(compiled, ask("2024-09-01"))).toMatchObject({ answer: "unknown", needs: ["data.createdAt"] });
    expect(check(compiled, ask("2024-09-02")).shared).toBe(true);
  });

  it("an undisclosed bound that may lie after the day of use goes to the general path", () => {
    const undisclosed = compilePolicy(
      policy({
        statements: [
          statement({ id: "older", effect: "not-used", from: "2024-01-01", data: { createdUntil: { earliest: "2024-05-01", latest: "2024-08-01" } } }),
          statement({ id: "newer", effect: "used", from: "2024-01-01" }),
        ],
      }),
    );
    for (const at of ["2024-03-01", "2024-06-15", "2024-09-01", "2024-06-16", "2024-03-02"]) check(undisclosed, ask(at));
  });
});

describe("statements open on the age, the plan or the visibility", () => {
  const compiled = compilePolicy(
    policy({
      controls: [control({ id: "c" })],
      statements: [
        statement({ id: "adults", effect: "used", age: { atLeast: 18 }, consent: { default: "on", controls: [{ control: "c" }] } }),
        statement({ id: "minors", effect: "not-used", age: { below: 18 } }),
        statement({ id: "business", effect: "not-used", plans: ["business", "enterprise"] }),
        statement({ id: "public", effect: "used", data: { visibility: "public" } }),
      ],
    }),
  );
  const ask = (user: Record<string, unknown>, data?: Record<string, unknown>): Question =>
    ({ purpose: "generative-ai-training", category: "posts", at: "2025-06-01", user: { region: "US", ...user }, ...(data && { data }) }) as Question;

  it("gives each combination of inputs left out its own decision, and shares it", () => {
    const questions = [
      ask({}),
      ask({ age: 30 }),
      ask({ plan: "free" }),
      ask({ age: 30, plan: "free" }),
      ask({}, { visibility: "public" }),
      ask({ age: 12, plan: "business" }),
      ask({ optOuts: [{ control: "c", at: "2025-01-01" }] }),
      ask({ plan: "business" }, { visibility: "non-public" }),
    ];
    // Twice over, in two orders: a decision is found again, never another's.
    for (const q of [...questions, ...questions.reverse()]) expect(check(compiled, q).shared).toBe(true);
    expect(evaluate(compiled, ask({})).needs).toEqual(["plan", "age"]);
    expect(evaluate(compiled, ask({ age: 12 })).answer).toBe("not-used");
    // An adult on a free plan: the setting's statement applies whatever the visibility.
    expect(evaluate(compiled, ask({ age: 30, plan: "free" }))).toMatchObject({ answer: "used", needs: [] });
  });
});

describe("the catalogue, on any day, with inputs left out", () => {
  const REGIONS = "US DE FR IE IT GB CH NO CA HK CN IN BR JP KR".split(" ");
  it.each(listPolicies().map((p) => p.id))("%s: the fast path's decisions are the general path's, and it answers most", (id) => {
    const raw = getPolicy(id);
    const compiled = compilePolicy(raw);
    const next = random(20261204);
    const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
    const purposes = [...compiled.purposeAncestors.keys()];
    const categories = [...compiled.categoryAncestors.keys()];
    const controls = (raw.controls ?? []).map((c) => c.id);
    const first = parseIsoDay(raw.coverage.from) as number;
    const last = parseIsoDay("2027-01-01") as number;
    let shared = 0;
    const count = 600;
    for (let i = 0; i < count; i++) {
      // Days anywhere, not only those the policy names: the bounds that matter lie inside epochs.
      const at = first + Math.floor(next() * (last - first));
      const earlier = () => at - Math.floor(next() * 1200);
      const q: Question = {
        purpose: pick(purposes),
        category: pick(categories),
        at: formatDay(at),
        user: {
          region: pick(REGIONS),
          ...(next() < 0.4 && { age: pick([12, 15, 17, 30]) }),
          ...(next() < 0.4 && { plan: pick(PLANS) }),
          ...(controls.length > 0 && next() < 0.3 && { optOuts: [{ control: pick(controls), at: formatDay(earlier()) }] }),
        },
        ...(next() < 0.5 && {
          data: { ...(next() < 0.5 && { createdAt: formatDay(earlier()) }), ...(next() < 0.5 && { visibility: pick(["public", "non-public"] as const) }) },
        }),
      };
      if (check(compiled, q).shared) shared++;
    }
    expect(shared / count).toBeGreaterThan(0.8);
  });
});
