import type { Control, Dispute, Policy, Statement } from "../../src/index.js";

// Small, valid policies for testing one rule at a time. Every builder returns fresh objects, and every
// field has a plain default that a test overrides.

export const SOURCE_ID = "test-source";

export function cite(quote = "A quote from the test source.") {
  return [{ source: SOURCE_ID, quote }] as [{ source: string; quote: string }];
}

export function statement(overrides: Partial<Statement> & Pick<Statement, "id">): Statement {
  return {
    summary: `Statement ${overrides.id}.`,
    effect: "used",
    purposes: ["generative-ai-training"],
    categories: ["posts"],
    from: "2024-01-01",
    confidence: "high",
    sources: cite(),
    ...overrides,
  } as Statement;
}

export function control(overrides: Partial<Control> & Pick<Control, "id">): Control {
  return {
    kind: "setting",
    labels: [{ text: `Setting ${overrides.id}`, sources: cite() }],
    purposes: ["generative-ai-training"],
    scope: "future-only",
    decidedBy: "user",
    enforcement: "enforced",
    sources: cite(),
    ...overrides,
  } as Control;
}

export function dispute(overrides: Partial<Dispute> = {}): Dispute {
  return {
    id: "d",
    by: "A regulator",
    claim: "It reads otherwise.",
    reading: { effect: "not-used" },
    confidence: "medium",
    sources: cite("The regulator's words."),
    ...overrides,
  };
}

export function policy(overrides: Partial<Policy> = {}): Policy {
  return {
    formatVersion: 1,
    id: "test",
    name: "Test",
    homepage: "https://example.com",
    summary: "A test policy.",
    coverage: { from: "2020-01-01" },
    // Far ahead, so that answers on the days these tests ask about carry no after-last-review caveat
    // unless a test sets the day itself.
    lastReviewed: "2099-12-31",
    recipients: [{ id: "test", label: "Test", kind: "platform" }],
    sources: [{ id: SOURCE_ID, url: "https://example.com/policy", title: "Test policy", publisher: "Test", published: "2024-01-01", kind: "primary" }],
    statements: [statement({ id: "base" })],
    ...overrides,
  } as Policy;
}
