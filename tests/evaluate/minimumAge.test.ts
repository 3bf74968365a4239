import { describe, expect, it } from "vitest";
import { type Policy, type Question, type UserFacts, PolicyError, compilePolicy, evaluate, timeline } from "../../src/index.js";
import { decideNormalized } from "../../src/evaluate/evaluate.js";
import { normalizeQuestion } from "../../src/evaluate/normalizeQuestion.js";
import { getPolicy } from "../../src/catalog/index.js";
import { validatePolicy } from "../../src/validate/index.js";
import { renderPolicyPage } from "../../src/docs/index.js";
import { cite, control, policy, statement } from "../support/builders.js";

// A platform's minimum age: a user the question says is younger is outside what the policy speaks of,
// so the answer is unknown unless a statement naming their age excludes the use; a question without an
// age takes the user to meet it (it never asks for the age on that account).

const base = (overrides: Partial<Policy> = {}) =>
  compilePolicy(
    policy({
      controls: [control({ id: "c" })],
      minimumAge: [{ age: 13, summary: "Test's terms do not allow anyone under 13.", confidence: "high", sources: cite() }],
      statements: [
        statement({ id: "on", consent: { default: "on", controls: [{ control: "c" }] } }),
        statement({ id: "messages", categories: ["private-messages"], effect: "not-used" }),
        statement({ id: "teens-profile", categories: ["profile"], age: { below: 18 }, effect: "not-used" }),
        statement({ id: "profile", categories: ["profile"], age: { atLeast: 18 } }),
      ],
      ...overrides,
    }),
  );

const ask = (user: UserFacts, over: Omit<Partial<Question>, "user"> = {}): Question => ({
  purpose: "generative-ai-training",
  category: "posts",
  at: "2025-06-01",
  user,
  data: { createdAt: "2024-06-01" },
  ...over,
});

/** The decision, the same through the general path and twice through `evaluate` (fast path, then its memo). */
function decide(p: ReturnType<typeof compilePolicy>, q: Question) {
  const general = decideNormalized(p, normalizeQuestion(p, q, true));
  expect(evaluate(p, q)).toEqual(general);
  expect(evaluate(p, q)).toEqual(general);
  return general;
}

describe("a minimum age", () => {
  const p = base();

  it.each([
    // [age, category, answer, first reason's code]
    [12, "posts", "unknown", "below-minimum-age"],
    [0, "posts", "unknown", "below-minimum-age"],
    [13, "posts", "used", "used-by-default"],
    [40, "posts", "used", "used-by-default"],
    // An exclusion of everyone still decides: nothing is used, whatever the age.
    [12, "private-messages", "not-used", "excluded"],
    // An exclusion that names the user's age beats the minimum age; a use that names it does not.
    [12, "profile", "not-used", "excluded"],
    [15, "profile", "not-used", "excluded"],
    [20, "profile", "used", "used"],
  ] as const)("age %i, %s: %s (%s)", (age, category, answer, code) => {
    const d = decide(p, ask({ region: "US", age }, { category }));
    expect(d.answer).toBe(answer);
    expect(d.reasons[0]?.code).toBe(code);
    expect(d.needs).toEqual([]);
  });

  it("names the minimum age and its sources, and no statement of the policy", () => {
    const [reason] = decide(p, ask({ region: "US", age: 12 })).reasons;
    expect(reason).toMatchObject({
      code: "below-minimum-age",
      message: "Test's terms do not allow anyone under 13. The user is younger than 13, and the policy does not say how such a user's data is used.",
      confidence: "high",
      sources: [{ id: "test-source", quote: "A quote from the test source." }],
    });
    expect(reason?.statement).toBeUndefined();
  });

  it("takes a user without an age to meet it: no split, no question for the age", () => {
    const d = decide(p, ask({ region: "US" }));
    expect(d.answer).toBe("used");
    expect(d.needs).toEqual([]);
    expect(d.reasons.map((r) => r.code)).not.toContain("below-minimum-age");
    // Where another statement turns on the age, the split is that statement's, from the minimum age up.
    const profile = decide(p, ask({ region: "US" }, { category: "profile" }));
    expect(profile.needs).toEqual(["age"]);
    expect(profile.cases?.map((c) => [c.when, c.answer])).toEqual([
      [["age 13 to 17"], "not-used"],
      [["age 18 or over"], "used"],
    ]);
  });

  it("a question without an age: its cases by age start at the minimum age that holds everywhere", () => {
    // Both sides of 18 are used, in different ways: without the age, the cases say which.
    const split = base({
      statements: [
        statement({ id: "adults", age: { atLeast: 18 }, consent: { default: "on", controls: [{ control: "c" }] } }),
        statement({ id: "minors", age: { below: 18 }, consent: { default: "off", controls: [{ control: "c" }] } }),
      ],
    });
    const d = decide(split, ask({ region: "US" }));
    expect(d.needs).toEqual(["age"]);
    expect(d.cases?.map((c) => [c.when, c.answer])).toEqual([
      [["age 13 to 17"], "not-used"],
      [["age 18 or over"], "used"],
    ]);
    // A 12-year-old is outside both cases, and is told so.
    expect(decide(split, ask({ region: "US", age: 12 })).reasons[0]?.code).toBe("below-minimum-age");
    // A minimum age that holds only somewhere, or only on some plans, is not presumed.
    const scoped = base({
      minimumAge: [{ age: 13, summary: "Under 13 not in the EU.", regions: { include: ["EU"] }, confidence: "high", sources: cite() }],
      statements: split.policy.statements,
    });
    expect(decide(scoped, ask({ region: "US" })).cases?.[0]?.when).toEqual(["age under 18"]);
  });

  it("an input whose values give the same answer but different cases is still needed", () => {
    // In the EU a 14-year-old is below the minimum age (unknown); elsewhere it turns on the visibility.
    const p2 = base({
      minimumAge: [{ age: 16, summary: "Under 16 not in the EU.", regions: { include: ["EU"] }, confidence: "high", sources: cite() }],
      statements: [
        statement({ id: "public", data: { visibility: "public" } }),
        statement({ id: "private", data: { visibility: "non-public" }, effect: "not-used" }),
      ],
    });
    const d = decide(p2, { purpose: "generative-ai-training", category: "posts", at: "2025-06-01", user: { age: 14 } });
    expect(d.answer).toBe("unknown");
    expect([...d.needs].sort()).toEqual(["data.visibility", "region"]);
  });

  it("an opt-out does not make a younger user's data not used: the policy does not speak of them", () => {
    const d = decide(p, ask({ region: "US", age: 12, optOuts: [{ control: "c", at: "2024-01-01" }] }));
    expect(d.answer).toBe("unknown");
  });

  it("holds only where and when it says, and for the plans it names", () => {
    const scoped = base({
      minimumAge: [
        { age: 13, summary: "Under 13 nowhere.", confidence: "high", sources: cite() },
        {
          age: 16,
          summary: "Under 16 not in the EU.",
          regions: { include: ["EU"] },
          from: "2025-01-01",
          until: "2026-01-01",
          confidence: "medium",
          sources: cite(),
        },
        { age: 18, summary: "Paid plans are for adults.", plans: ["paid"], confidence: "high", sources: cite() },
      ],
    });
    const answer = (user: UserFacts, at = "2025-06-01") => decide(scoped, ask(user, { at })).answer;
    expect(answer({ region: "DE", age: 14 })).toBe("unknown");
    expect(answer({ region: "US", age: 14, plan: "free" })).toBe("used");
    expect(answer({ region: "DE", age: 14, plan: "free" }, "2024-06-01")).toBe("used");
    expect(answer({ region: "DE", age: 14, plan: "free" }, "2026-01-01")).toBe("used");
    expect(answer({ region: "DE", age: 16, plan: "free" })).toBe("used");
    expect(answer({ region: "US", age: 17, plan: "paid" })).toBe("unknown");
    expect(answer({ region: "US", age: 18, plan: "paid" })).toBe("used");
    // A younger user whose plan is not given: the plan decides, and is asked for.
    const noPlan = decide(scoped, ask({ region: "US", age: 17 }));
    expect(noPlan.answer).toBe("unknown");
    expect(noPlan.needs).toEqual(["plan"]);
    expect(noPlan.confidence).toBe("high");
  });

  it("an undisclosed first day is a split for a younger user only", () => {
    const uncertain = base({
      minimumAge: [{ age: 13, summary: "Under 13 at some point.", from: { latest: "2025-01-01" }, confidence: "high", sources: cite() }],
    });
    const adult = decide(uncertain, ask({ region: "US", age: 30 }, { at: "2024-06-01" }));
    expect(adult.answer).toBe("used");
    expect(adult.reasons.map((r) => r.code)).toEqual(["used-by-default"]);
    const child = decide(uncertain, ask({ region: "US", age: 12 }, { at: "2024-06-01" }));
    expect(child.answer).toBe("unknown");
    expect(child.reasons.map((r) => r.code)).toContain("uncertain-date");
    expect(decide(uncertain, ask({ region: "US", age: 12 }, { at: "2025-06-01" })).reasons[0]?.code).toBe("below-minimum-age");
  });

  it("a timeline for a younger user is unknown throughout, and changes nothing for others", () => {
    const range = { from: "2024-01-01", until: "2026-01-01" };
    const runs = timeline(p, { purpose: "generative-ai-training", category: "posts", user: { region: "US", age: 12 } }, range);
    expect(runs.map((r) => [r.from, r.answer])).toEqual([["2024-01-01", "unknown"]]);
    const adult = timeline(p, { purpose: "generative-ai-training", category: "posts", user: { region: "US", age: 30 } }, range);
    expect(adult.map((r) => [r.from, r.answer])).toEqual([["2024-01-01", "used"]]);
  });

  it("a policy that skipped validation with a bad minimum age gets a PolicyError naming it", () => {
    const bad = (minimumAge: unknown) => () => compilePolicy(policy({ minimumAge } as unknown as Partial<Policy>));
    expect(bad([{ age: "13", summary: "s", confidence: "high", sources: cite() }])).toThrow(PolicyError);
    expect(bad([{ age: "13", summary: "s", confidence: "high", sources: cite() }])).toThrow(/minimumAge\[0\]\.age/);
    expect(bad([{ age: 13, summary: "s", confidence: "high", sources: [{ source: "nope", quote: "q" }] }])).toThrow(/minimumAge\[0\]\.sources\[0\]\.source/);
    expect(bad([{ age: 13, summary: "s", regions: { include: ["ZZZ"] }, confidence: "high", sources: cite() }])).toThrow(
      /minimumAge\[0\]\.regions\.include\[0\]/,
    );
    expect(bad({ age: 13 })).toThrow(/minimumAge/);
    expect(bad([{ age: 13, confidence: "high", sources: cite() }])).toThrow(/minimumAge\[0\]\.summary/);
  });
});

describe("validation of a minimum age", () => {
  const doc = (minimumAge: unknown) => ({ ...policy(), minimumAge });

  it("accepts a valid one", () => {
    expect(
      validatePolicy(doc([{ age: 16, summary: "Under 16 not in the EU.", regions: { include: ["EU"] }, confidence: "high", sources: cite() }])).valid,
    ).toBe(true);
  });

  it.each([
    [[{ age: 0, summary: "s", confidence: "high", sources: cite() }], ["minimumAge", 0, "age"]],
    [[{ age: 13.5, summary: "s", confidence: "high", sources: cite() }], ["minimumAge", 0, "age"]],
    [[{ age: 13, summary: "s", confidence: "high", sources: [] }], ["minimumAge", 0, "sources"]],
    [[{ age: 13, summary: "s", confidence: "high", sources: [{ source: "nope", quote: "q" }] }], ["minimumAge", 0, "sources", 0, "source"]],
    [[{ age: 13, summary: "s", regions: { include: ["XX"] }, confidence: "high", sources: cite() }], ["minimumAge", 0, "regions", "include", 0]],
    [[{ age: 13, summary: "s", from: "2025-01-01", until: "2024-01-01", confidence: "high", sources: cite() }], ["minimumAge", 0, "until"]],
    [[{ age: 13, summary: "s", plans: ["gold"], confidence: "high", sources: cite() }], ["minimumAge", 0, "plans", 0]],
    [[{ age: 13, confidence: "high", sources: cite() }], ["minimumAge", 0, "summary"]],
    [[], ["minimumAge"]],
  ])("rejects %j at its path", (minimumAge, path) => {
    const result = validatePolicy(doc(minimumAge));
    expect(result.valid).toBe(false);
    expect(result.issues.map((i) => i.path)).toContainEqual(path);
  });
});

describe("lint of a minimum age", () => {
  it("warns about one that ends before the coverage starts", () => {
    const result = validatePolicy({
      ...policy(),
      minimumAge: [{ age: 13, summary: "Long ago.", from: "2010-01-01", until: "2011-01-01", confidence: "high", sources: cite() }],
    });
    expect(result.valid).toBe(true);
    expect(result.issues.map((i) => [i.severity, i.code, i.path])).toEqual([["warning", "outside_coverage", ["minimumAge", 0, "until"]]]);
  });
});

describe("the catalogue's minimum ages", () => {
  it.each([
    // [platform, age that is too young, region, category]
    ["x", 12, "US", "posts"],
    ["reddit", 12, "US", "posts"],
    ["meta", 12, "US", "ai-interactions"],
    ["linkedin", 15, "US", "profile"],
    ["automattic", 15, "FR", "posts"],
  ] as const)("%s: a user aged %i in %s is unknown for %s, with the minimum age as the reason", (id, age, region, category) => {
    const d = evaluate(getPolicy(id), { purpose: "non-generative-ai-training", category, at: "2026-03-01", user: { region, age } });
    expect(d.answer).toBe("unknown");
    expect(d.reasons.map((r) => r.code)).toContain("below-minimum-age");
  });

  it("LinkedIn: a 15-year-old's posts are still not used for generative training (the under-18 rule names the age)", () => {
    const d = evaluate(getPolicy("linkedin"), { purpose: "generative-ai-training", category: "posts", at: "2026-03-01", user: { region: "US", age: 15 } });
    expect(d.answer).toBe("not-used");
  });

  it("the policy page lists the minimum age with its sources", () => {
    const page = renderPolicyPage(getPolicy("x"), { format: "md" });
    expect(page).toMatch(/Minimum age: for a younger user the answer is unknown/);
    expect(page).toMatch(/\*\*13:\*\* X's terms do not allow anyone under 13 to use X\. \(everywhere, from 2023-05-18; confidence high\)/);
  });
});
