import { describe, expect, it } from "vitest";
import { decideNormalized } from "../../src/evaluate/evaluate.js";
import { normalizeQuestion } from "../../src/evaluate/normalizeQuestion.js";
import { type Question, compilePolicy, evaluate, timeline } from "../../src/index.js";
import { validatePolicy } from "../../src/validate/index.js";
import { cite, policy, statement } from "../support/builders.js";

// A history that read only some regions' policies (coverage.regions): a user elsewhere is answered
// unknown as outside the coverage, never as a policy that says nothing, and never by a statement that
// names no region.

const covered = policy({
  coverage: { from: "2020-01-01", regions: { include: ["EEA", "the-north"], exclude: ["FR"] } },
  regionGroups: [{ id: "the-north", label: "The north", members: [{ member: "NO" }, { member: "GB", from: "2025-01-01" }], sources: cite() }],
  statements: [statement({ id: "everywhere" })],
});

const ask = (region: string | undefined, at = "2024-06-01"): Question => ({
  purpose: "generative-ai-training",
  category: "posts",
  at,
  user: { ...(region !== undefined && { region }), age: 30 },
});

describe("coverage.regions", () => {
  it("answers users inside from the statements, and users outside as outside the coverage", () => {
    expect(evaluate(covered, ask("DE")).answer).toBe("used");
    const outside = evaluate(covered, ask("US"));
    expect(outside.answer).toBe("unknown");
    expect(outside.reasons.map((r) => [r.code, r.message])).toEqual([
      [
        "outside-coverage",
        "This history of Test's policy covers users in European Economic Area and The north except FR only; the policy for the user's region was not read.",
      ],
    ]);
    expect(outside.confidence).toBe("high");
    // Excluded, though inside a group that is included.
    expect(evaluate(covered, ask("FR")).answer).toBe("unknown");
  });

  it("follows a group's dated membership, and cuts a timeline where it changes", () => {
    expect(evaluate(covered, ask("GB", "2024-12-31")).answer).toBe("unknown");
    expect(evaluate(covered, ask("GB", "2025-01-01")).answer).toBe("used");
    const runs = timeline(
      covered,
      { purpose: "generative-ai-training", category: "posts", user: { region: "GB", age: 30 } },
      { from: "2024-06-01", until: "2025-06-01" },
    );
    expect(runs.map((r) => `${r.from} ${r.answer}`)).toEqual(["2024-06-01 unknown", "2025-01-01 used"]);
  });

  it("needs the region when the answer turns on it", () => {
    const decision = evaluate(covered, ask(undefined));
    expect(decision.answer).toBe("unknown");
    expect(decision.needs).toEqual(["region"]);
  });

  it("gives the fast path's answers the general path gives, for every region and both sides of the membership change", () => {
    const compiled = compilePolicy(covered);
    for (const region of ["DE", "FR", "NO", "GB", "US", "CN", "IS"]) {
      for (const at of ["2024-06-01", "2025-06-01"]) {
        const q = ask(region, at);
        const general = decideNormalized(compiled, normalizeQuestion(compiled, q, true));
        // Twice: the first question of a policy takes the general path, the later ones the fast path.
        evaluate(compiled, q);
        expect(evaluate(compiled, q), `${region} ${at}`).toEqual(general);
      }
    }
  });

  it("is validated like any region condition", () => {
    const bad = validatePolicy(JSON.stringify({ ...covered, coverage: { from: "2020-01-01", regions: { include: ["XX"] } } }));
    expect(bad.issues.map((i) => [i.code, i.path.join(".")])).toEqual([["unknown_region", "coverage.regions.include.0"]]);
  });
});

describe("coveredRegionsText", () => {
  it("names the regions covered, with the exclusions", async () => {
    const { coveredRegionsText } = await import("../../src/util/coveredRegions.js");
    expect(coveredRegionsText(undefined)).toBeUndefined();
    expect(coveredRegionsText({ include: ["US"] })).toBe("US");
    expect(coveredRegionsText({ include: ["EEA", "GB", "US"] })).toBe("EEA, GB and US");
    expect(coveredRegionsText({ exclude: ["CN"] })).toBe("everywhere except CN");
    expect(coveredRegionsText({ include: ["EU"], exclude: ["FR", "DE"] })).toBe("EU except FR and DE");
  });
});
