import { describe, expect, it } from "vitest";
import { type Question, controlsFor } from "../../src/index.js";
import { loadPolicy } from "../support/catalogPolicy.js";
import { type Row, decisionTable } from "../support/decisionTable.js";
const policy = loadPolicy("deviantart"); // validates the file and fails with file:line:col issues if invalid

// DeviantArt's rules as questions and answers: it says it trains no AI on deviations (DreamUp is
// Stable Diffusion, unmodified); third parties' use is unknown, the "NoAI" label on by default being
// advisory; minimum age 13.

function ask(at: string, extra: { recipient?: string; age?: number } = {}): Question {
  return {
    purpose: "generative-ai-training",
    category: "deviations",
    at,
    user: { region: "US", age: extra.age ?? 30 },
    ...(extra.recipient !== undefined && { recipient: extra.recipient }),
  };
}

const table = (rows: readonly Row[]) => decisionTable(policy, rows);

describe("DeviantArt", () => {
  table([
    { why: "before DreamUp's launch: outside the coverage", q: ask("2022-11-10"), answer: "unknown" },
    { why: "DeviantArt's own training: none", q: ask("2023-06-01", { recipient: "deviantart" }), answer: "not-used", confidence: "high" },
    { why: "third parties' datasets: the label is advisory", q: ask("2023-06-01", { recipient: "third-party-datasets" }), answer: "unknown" },
    { why: "asked of anyone: unknown, with both reasons", q: ask("2023-06-01"), answer: "unknown" },
    { why: "a 12-year-old: below the minimum age, and others' use not known", q: ask("2023-06-01", { age: 12 }), answer: "unknown" },
  ]);

  it("lists the NoAI label as an advisory signal", () => {
    const [label] = controlsFor(policy, { region: "US", at: "2023-06-01" });
    expect(label?.id).toBe("noai-label");
    expect(label?.advisory).toBe(true);
    expect(label?.kind).toBe("signal");
  });
});
