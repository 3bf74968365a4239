import { describe, expect, it } from "vitest";
import { compilePolicy, evaluate } from "../../src/index.js";
import { policy, statement } from "../support/builders.js";

// A statement about a part of what is asked (a narrower purpose or category) does not answer the
// whole unless it says the part is used: the answer stays unknown. The silent reason then says which
// narrower ones the policy does speak of, instead of that it says nothing at all.

const withParts = compilePolicy(
  policy({
    purposes: [{ id: "own-llms", label: "Training its own language models", description: "A part of generative training.", parent: "generative-ai-training" }],
    categories: [{ id: "answers", label: "Answers", description: "A part of posts.", parent: "posts" }],
    statements: [
      statement({ id: "own", effect: "not-used", purposes: ["own-llms"], categories: ["posts"] }),
      statement({ id: "answers", effect: "unknown", unknownBecause: "undisclosed", purposes: ["non-generative-ai-training"], categories: ["answers"] }),
    ],
  }),
);
const ask = (purpose: string, category: string) => evaluate(withParts, { purpose, category, at: "2025-06-01", user: { region: "US" } });

describe("the silent answer names the narrower parts a policy speaks of", () => {
  it("a narrower purpose", () => {
    const d = ask("generative-ai-training", "posts");
    expect(d.answer).toBe("unknown");
    expect(d.reasons.map((r) => r.message)).toEqual([
      "Test's policy says nothing about this purpose and data category as a whole on that day; it speaks only of narrower ones: Training its own language models.",
    ]);
  });

  it("a narrower category", () => {
    expect(ask("non-generative-ai-training", "posts").reasons[0]?.message).toContain("it speaks only of narrower ones: Answers.");
  });

  it("the part itself is answered, and nothing narrower means the plain silent reason", () => {
    expect(ask("own-llms", "posts").answer).toBe("not-used");
    expect(ask("ai-inference", "posts").reasons[0]?.message).toBe("Test's policy says nothing about this purpose and data category on that day.");
  });

  it("is the same on the fast path (shared decisions) as on the general one", () => {
    const first = ask("generative-ai-training", "posts");
    const again = ask("generative-ai-training", "posts");
    expect(again).toEqual(first);
  });
});
