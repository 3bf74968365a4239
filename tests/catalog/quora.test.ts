import { describe, expect, it } from "vitest";
import { type Question, actionsFor, controlsFor, evaluate } from "../../src/index.js";
import { loadPolicy } from "../support/catalogPolicy.js";
import { type Row, decisionTable, historyAsReviewed } from "../support/decisionTable.js";
const policy = loadPolicy("quora"); // validates the file and fails with file:line:col issues if invalid

// Quora's rules as questions and answers: an opt-out setting for LLM training of answers, posts and
// comments since the Privacy Policy of 24 July 2023, while Quora's help centre says it does not
// currently train such models on them (medium: "currently", undated); nothing said of other data or
// other purposes; 13 the minimum age.

const GENAI = "generative-ai-training";
/** Training the models that generate content on Quora: the part of generative-AI training Quora speaks of. */
const ON_QUORA = "on-quora-llm-training";
const SETTING = "llm-training-setting";

/** A question about a member's answers, posts or comments (or another category). */
function ask(at: string, extra: { category?: string; purpose?: string; region?: string; age?: number; optOut?: string; recipient?: string } = {}): Question {
  return {
    purpose: extra.purpose ?? ON_QUORA,
    category: extra.category ?? "posts",
    at,
    user: {
      region: extra.region ?? "US",
      ...(extra.age !== undefined && { age: extra.age }),
      ...(extra.optOut !== undefined && { optOuts: [{ control: SETTING, at: extra.optOut }] }),
    },
    ...(extra.recipient !== undefined && { recipient: extra.recipient }),
  };
}

const table = (rows: readonly Row[]) => decisionTable(policy, rows);

describe("Quora: answers, posts and comments for LLM training", () => {
  table([
    { why: "before the policy of 24 July 2023: outside the history's coverage", q: ask("2023-07-23"), answer: "unknown" },
    { why: "24 July 2023: Quora says it does not currently train on them", q: ask("2023-07-24"), answer: "not-used", confidence: "medium" },
    { why: "still so to the end of 2024 (WIRED's guide of 2024)", q: ask("2024-12-31"), answer: "not-used", confidence: "medium" },
    { why: "from 2025 no source says it still holds: low", q: ask("2025-10-23"), answer: "not-used", confidence: "low" },
    {
      why: "generative-AI training as a whole: the help centre speaks only of the models that generate content on Quora",
      q: ask("2024-06-01", { purpose: GENAI }),
      answer: "unknown",
    },
    { why: "no regional rule: a member in Germany", q: ask("2025-06-01", { region: "DE" }), answer: "not-used" },
    { why: "the same asked of Quora as recipient", q: ask("2025-06-01", { recipient: "quora" }), answer: "not-used" },
    { why: "opting out changes nothing today: the use it would stop does not happen", q: ask("2025-06-01", { optOut: "2024-01-10" }), answer: "not-used" },
    { why: "an adult member", q: ask("2025-06-01", { age: 30 }), answer: "not-used" },
    // Below the minimum age the answer is unknown, unless a statement that applies excludes the use for everyone, as this one does.
    { why: "a 12-year-old: below Quora's minimum age, but no one's posts are used", q: ask("2025-06-01", { age: 12 }), answer: "not-used" },
    { why: "13 meets the minimum age", q: ask("2025-06-01", { age: 13 }), answer: "not-used" },
    { why: "a 12-year-old's messages: below the minimum age", q: ask("2025-06-01", { age: 12, category: "private-messages" }), answer: "unknown" },
  ]);

  it("cites the help centre's words and the policy's setting, and says why the confidence is medium", () => {
    const decision = evaluate(policy, ask("2024-06-01"));
    const reason = decision.reasons[0];
    expect(reason?.statement?.id).toBe("own-llms-not-trained");
    expect(reason?.sources.map((s) => s.id)).toEqual(["help-llm-opt-out", "help-llm-opt-out", "wired-via-techiemag"]);
    expect(reason?.sources[0]?.kind).toBe("primary");
  });
});

describe("Quora: generative training as a whole", () => {
  it("is unknown, and the reason names the part the policy speaks of", () => {
    expect(evaluate(policy, ask("2024-06-01", { purpose: GENAI })).reasons.map((r) => r.message)).toEqual([
      "Quora's policy says nothing about this purpose and data category as a whole on that day; it speaks only of narrower ones: Training the language models that generate content on Quora.",
    ]);
  });
});

describe("Quora: what the policy does not address", () => {
  table([
    { why: "private messages: silent", q: ask("2025-06-01", { category: "private-messages" }), answer: "unknown" },
    { why: "usage data: silent", q: ask("2025-06-01", { category: "usage-data" }), answer: "unknown" },
    { why: "training of models that do not generate content: silent", q: ask("2025-06-01", { purpose: "non-generative-ai-training" }), answer: "unknown" },
    { why: "AI features' use of posts: silent", q: ask("2025-06-01", { purpose: "ai-inference" }), answer: "unknown" },
  ]);
});

describe("Quora: the setting", () => {
  it("is listed for a member anywhere, with the label and where to find it", () => {
    const controls = controlsFor(policy, { region: "GB", at: "2025-06-01" });
    expect(controls.map((c) => c.id)).toEqual([SETTING]);
    expect(controls[0]?.label).toBe("Allow large language models to be trained on your content");
    expect(controls[0]?.scope).toBe("reach-undisclosed");
    expect(controls[0]?.availability).toBe("available");
    expect(controlsFor(policy, { region: "IN", at: "2023-07-23" })[0]?.availability).toBe("not-available");
  });

  it("is not offered as an action: no current use for it to stop", () => {
    expect(actionsFor(policy, ask("2025-06-01"))).toEqual([]);
  });
});

describe("Quora: timelines", () => {
  it("not used from the start of the history, with lower confidence from 2025", () => {
    const runs = historyAsReviewed(policy, { purpose: ON_QUORA, category: "posts", user: { region: "US" } }).map(
      (r) => `${r.from} ${r.until ?? "…"} ${r.answer} ${r.confidence}`,
    );
    expect(runs).toEqual(["2023-07-24 2025-01-01 not-used medium", "2025-01-01 … not-used low"]);
  });
});
