import { describe, expect, it } from "vitest";
import { compilePolicy, evaluate } from "../../src/index.js";
import { getPolicy, listPolicies } from "../../src/catalog/index.js";
import { control, policy, statement } from "../support/builders.js";

// A reason is its statement's summary, then what the user's choices did. A summary that already says the
// use is on by default is not told so a second time.

const withSummary = (summary: string) =>
  compilePolicy(
    policy({
      controls: [control({ id: "c" })],
      statements: [statement({ id: "s", summary, consent: { default: "on", controls: [{ control: "c" }] } })],
    }),
  );
const ask = { purpose: "generative-ai-training", category: "posts", at: "2025-01-01", user: { region: "US", age: 30, optOuts: [] } } as const;

describe("used-by-default reasons", () => {
  it("say it is on by default only where the summary does not", () => {
    const label = "Setting c";
    expect(evaluate(withSummary("Posts train the models."), ask).reasons[0]?.message).toBe(
      `Posts train the models. It is on by default, and no opt-out with “${label}” reaches this use.`,
    );
    expect(evaluate(withSummary("Posts train the models, on by default."), ask).reasons[0]?.message).toBe(
      `Posts train the models, on by default. No opt-out with “${label}” reaches this use.`,
    );
  });

  it("never repeat it on the catalogue", () => {
    const linkedin = evaluate(getPolicy("linkedin"), { ...ask, at: "2025-12-15" });
    expect(linkedin.reasons.map((r) => r.code)).toContain("used-by-default");
    for (const r of linkedin.reasons) expect(r.message).not.toMatch(/by default\b.*\bIt is on by default/i);
    // Every platform, every region class, on its last reviewed day.
    for (const { id, lastReviewed } of listPolicies()) {
      const p = getPolicy(id);
      for (const region of ["US", "DE", "GB", "BR", "CA", "IN"]) {
        for (const s of p.statements) {
          const d = evaluate(p, {
            purpose: s.purposes[0] as string,
            category: s.categories[0] as string,
            at: lastReviewed,
            user: { region, age: 30, optOuts: [] },
          });
          for (const r of d.reasons) expect(r.message).not.toMatch(/by default\b.*\bIt is on by default/i);
        }
      }
    }
  });
});
