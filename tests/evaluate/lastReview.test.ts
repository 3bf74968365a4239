import { describe, expect, it } from "vitest";
import { type Question, compilePolicy, evaluate, timeline } from "../../src/index.js";
import { decideNormalized } from "../../src/evaluate/evaluate.js";
import { normalizeQuestion } from "../../src/evaluate/normalizeQuestion.js";
import { getPolicy } from "../../src/catalog/index.js";
import { control, policy, statement } from "../support/builders.js";

// A day after the history was last checked against its sources: the answer is the policy as it was
// then, carried forward, and says so (`after-last-review`, medium confidence at most). Platforms change
// these policies quietly; an answer for 2040 is not a fact any source gave.

const reviewed = compilePolicy(
  policy({
    lastReviewed: "2026-06-30",
    controls: [control({ id: "c" })],
    statements: [
      statement({ id: "on", consent: { default: "on", controls: [{ control: "c" }] } }),
      statement({ id: "kids", age: { below: 18 }, effect: "not-used" }),
    ],
  }),
);

const ask = (at: string, user: Question["user"] = { region: "US", age: 30 }): Question => ({
  purpose: "generative-ai-training",
  category: "posts",
  at,
  user,
  data: { createdAt: "2024-06-01" },
});

/** The decision, the same through the general path and twice through `evaluate` (the fast path's memo answers the second time). */
function decide(q: Question) {
  const general = decideNormalized(reviewed, normalizeQuestion(reviewed, q, true));
  expect(evaluate(reviewed, q)).toEqual(general);
  expect(evaluate(reviewed, q)).toEqual(general);
  return general;
}

const codes = (q: Question) => decide(q).reasons.map((r) => r.code);

describe("a day after the last review", () => {
  it("keeps the answer, adds the caveat last, and lowers the confidence to medium", () => {
    const onTheDay = decide(ask("2026-06-30"));
    expect(onTheDay.answer).toBe("used");
    expect(onTheDay.confidence).toBe("high");
    expect(onTheDay.reasons.map((r) => r.code)).toEqual(["used-by-default"]);
    const after = decide(ask("2026-07-01"));
    expect(after.answer).toBe("used");
    expect(after.confidence).toBe("medium");
    expect(after.reasons.map((r) => r.code)).toEqual(["used-by-default", "after-last-review"]);
    expect(after.reasons[1]?.message).toBe(
      "This history of Test's policy was last checked against its sources on 2026-06-30; for a later day it gives the policy as it stood then, and a change since would not be known.",
    );
    expect(decide(ask("2040-01-01"))).toEqual(after);
  });

  it("for every answer: not used (an exclusion, an opt-out), unknown (a missing input)", () => {
    const minor = decide(ask("2027-01-01", { region: "US", age: 15 }));
    expect([minor.answer, minor.confidence]).toEqual(["not-used", "medium"]);
    expect(minor.reasons.at(-1)?.code).toBe("after-last-review");
    expect(codes(ask("2027-01-01", { region: "US", age: 30, optOuts: [{ control: "c", at: "2025-01-01" }] }))).toEqual(["opted-out", "after-last-review"]);
    const noAge = decide(ask("2027-01-01", { region: "US" }));
    expect([noAge.answer, noAge.needs]).toEqual(["unknown", ["age"]]);
    expect(noAge.reasons.map((r) => r.code)).toContain("after-last-review");
    // Last however the reasons of the split were merged.
    expect(noAge.reasons.at(-1)?.code).toBe("after-last-review");
  });

  it("comes last on the catalogue too, where a split merges the reasons of both ways (LinkedIn, DE, 2027)", () => {
    const linkedin = getPolicy("linkedin");
    for (const user of [{ region: "DE", age: 30 }, { region: "DE" }]) {
      const d = evaluate(linkedin, { purpose: "generative-ai-training", category: "posts", at: "2027-01-15", user });
      expect(d.answer).toBe("unknown");
      expect(d.reasons.at(-1)?.code).toBe("after-last-review");
      expect(d.reasons.filter((r) => r.code === "after-last-review")).toHaveLength(1);
    }
  });

  it("not for data that did not exist yet, nor outside the coverage", () => {
    const q = { ...ask("2027-01-01"), data: { createdAt: "2027-02-01" } };
    expect(decide(q).reasons.map((r) => r.code)).toEqual(["not-yet-created"]);
    const ended = compilePolicy(policy({ lastReviewed: "2026-06-30", coverage: { from: "2020-01-01", until: "2026-12-31" } }));
    expect(evaluate(ended, ask("2027-01-01")).reasons.map((r) => r.code)).toEqual(["outside-coverage"]);
  });

  it("starts a run of its own in a timeline, and only one", () => {
    const runs = timeline(reviewed, { purpose: "generative-ai-training", category: "posts", user: { region: "US", age: 30 } }, { from: "2026-01-01" });
    expect(runs.map((r) => [r.from, r.until ?? null, r.answer, r.confidence])).toEqual([
      ["2026-01-01", "2026-07-01", "used", "high"],
      ["2026-07-01", null, "used", "medium"],
    ]);
  });

  it("on the catalogue: LinkedIn in 2040 is used, as last reviewed, not with high confidence", () => {
    const linkedin = getPolicy("linkedin");
    const d = evaluate(linkedin, {
      purpose: "generative-ai-training",
      category: "posts",
      at: "2040-01-01",
      user: { region: "US", age: 30, optOuts: [] },
      data: { createdAt: "2030-01-01" },
    });
    expect(d.answer).toBe("used");
    expect(d.confidence).not.toBe("high");
    expect(d.reasons.at(-1)?.message).toContain(`last checked against its sources on ${linkedin.lastReviewed}`);
  });
});
