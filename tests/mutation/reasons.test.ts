import { describe, expect, it } from "vitest";
import { type Question, compilePolicy, evaluate } from "../../src/index.js";
import { control, policy, statement } from "../support/builders.js";

// The exact words of every reason, with and without "Part of this data", and the rule that one
// statement gives one reason object, shared by every decision (timeline() compares reasons by identity).

const ask = (p: ReturnType<typeof policy>, q: Partial<Question> & { at: string }) =>
  evaluate(p, { purpose: "generative-ai-training", category: "posts", user: { region: "US", age: 30 }, ...q });

const sub = { categories: [{ id: "clips", label: "Clips", description: "Short videos.", parent: "posts" }] };

describe("reason messages", () => {
  it("a used statement without a control is its own summary", () => {
    const d = ask(policy({ statements: [statement({ id: "s", summary: "We train on posts.", confidence: "medium" })] }), { at: "2025-01-01" });
    expect(d.reasons).toEqual([
      {
        code: "used",
        message: "We train on posts.",
        statement: { id: "s", summary: "We train on posts.", effect: "used" },
        confidence: "medium",
        sources: [
          {
            id: "test-source",
            url: "https://example.com/policy",
            title: "Test policy",
            publisher: "Test",
            published: "2024-01-01",
            kind: "primary",
            quote: "A quote from the test source.",
          },
        ],
      },
    ]);
    expect(d.confidence).toBe("medium");
  });

  it("an exclusion is its own summary", () => {
    const p = policy({ statements: [statement({ id: "s" }), statement({ id: "x", effect: "not-used", summary: "Posts are excluded." })] });
    const d = ask(p, { at: "2025-01-01" });
    expect(d.answer).toBe("not-used");
    expect(d.reasons.map((r) => [r.code, r.message, r.statement?.effect])).toEqual([["excluded", "Posts are excluded.", "not-used"]]);
  });

  it("an undisclosed use says so, with why when the statement says why", () => {
    const withWhy = policy({ statements: [statement({ id: "u", effect: "unknown", unknownBecause: "ambiguous", summary: "It is unclear." })] });
    expect(ask(withWhy, { at: "2025-01-01" }).reasons.map((r) => [r.code, r.message])).toEqual([["undisclosed", "Unknown (ambiguous): It is unclear."]]);
    const without = policy({ statements: [statement({ id: "u", effect: "unknown", summary: "It is unclear." })] });
    expect(ask(without, { at: "2025-01-01" }).reasons.map((r) => r.message)).toEqual(["Unknown: It is unclear."]);
  });

  it("a part of the data says so before the summary", () => {
    const p = policy({ ...sub, statements: [statement({ id: "part", categories: ["clips"], summary: "Clips are used." })] });
    const d = ask(p, { at: "2025-01-01" });
    expect(d.answer).toBe("used");
    expect(d.reasons.map((r) => [r.code, r.message])).toEqual([["used", "Part of this data: Clips are used."]]);
    // The same statement asked about the part itself is whole.
    expect(ask(p, { at: "2025-01-01", category: "clips" }).reasons.map((r) => r.message)).toEqual(["Clips are used."]);
  });

  const withControl = (scope: "future-only" | "removal-requested", enforcement: "enforced" | "advisory", def: "on" | "off") =>
    policy({
      ...sub,
      controls: [control({ id: "c", scope, enforcement, labels: [{ text: "Train on my posts", sources: [{ source: "test-source", quote: "q" }] }] })],
      statements: [statement({ id: "s", summary: "Posts train models.", consent: { default: def, controls: [{ control: "c" }] } })],
    });

  it.each([
    [
      "future-only",
      "enforced",
      "on",
      [],
      "used",
      "used-by-default",
      "Posts train models. It is on by default, and no opt-out with “Train on my posts” reaches this use.",
    ],
    [
      "future-only",
      "enforced",
      "on",
      [{ control: "c", at: "2024-06-01" }],
      "not-used",
      "opted-out",
      "Posts train models. The user opted out with “Train on my posts” before this use, and the opt-out reaches this data.",
    ],
    [
      "future-only",
      "advisory",
      "on",
      [{ control: "c", at: "2024-06-01" }],
      "unknown",
      "advisory-control",
      "Posts train models. The user chose “Train on my posts”, but it binds only those who choose to honour it.",
    ],
    [
      "removal-requested",
      "enforced",
      "on",
      [{ control: "c", at: "2024-06-01" }],
      "unknown",
      "removal-requested",
      "Posts train models. The user opted out with “Train on my posts”; the platform asks recipients to remove data shared earlier, without guarantee.",
    ],
    [
      "future-only",
      "enforced",
      "off",
      [],
      "not-used",
      "not-opted-in",
      "Posts train models. It needs an opt-in with “Train on my posts”, which the user has not given for this data.",
    ],
  ] as const)("%s %s, default %s, choices %j: %s (%s)", (scope, enforcement, def, optOuts, answer, code, message) => {
    const p = withControl(scope, enforcement, def);
    const d = ask(p, { at: "2025-01-01", data: { createdAt: "2024-01-01" }, user: { region: "US", age: 30, optOuts: [...optOuts] } });
    expect(d.answer).toBe(answer);
    expect(d.reasons.map((r) => [r.code, r.message, r.control])).toEqual([[code, message, { id: "c", label: "Train on my posts" }]]);
    // And for a part of the data.
    const part = policy({ ...p, statements: [{ ...(p.statements[0] as (typeof p.statements)[number]), categories: ["clips"] }] });
    if (answer === "used") {
      const dp = ask(part, { at: "2025-01-01", data: { createdAt: "2024-01-01" }, user: { region: "US", age: 30, optOuts: [...optOuts] } });
      expect(dp.reasons.map((r) => r.message)).toEqual([`Part of this data: ${message}`]);
    }
  });

  it("an opt-in is named", () => {
    const p = withControl("future-only", "enforced", "off");
    const d = ask(p, { at: "2025-01-01", user: { region: "US", age: 30, optIns: [{ control: "c", at: "2024-06-01" }] } });
    expect(d.answer).toBe("used");
    expect(d.reasons.map((r) => [r.code, r.message])).toEqual([
      ["opted-in", "Posts train models. The user opted in with “Train on my posts”, and the opt-in reaches this data."],
    ]);
  });

  it("data not yet created is not used, with certainty and no source", () => {
    const d = ask(policy(), { at: "2025-01-01", data: { createdAt: "2025-01-02" } });
    expect(d.answer).toBe("not-used");
    expect(d.confidence).toBe("high");
    expect(d.reasons).toEqual([
      { code: "not-yet-created", message: "The data had not been created yet on that day, so it cannot have been used.", confidence: "high", sources: [] },
    ]);
    // Created on the day itself: it may be used.
    expect(ask(policy(), { at: "2025-01-01", data: { createdAt: "2025-01-01" } }).answer).toBe("used");
  });
});

describe("reason identity", () => {
  it("one statement gives the same reason object to every decision, per code, control and part", () => {
    const p = compilePolicy(
      policy({
        ...sub,
        controls: [control({ id: "c" })],
        statements: [
          statement({ id: "s", consent: { default: "on", controls: [{ control: "c" }] } }),
          statement({ id: "x", effect: "not-used", categories: ["clips"], from: "2025-06-01" }),
        ],
      }),
    );
    const q = { purpose: "generative-ai-training", category: "posts", user: { region: "US", age: 30 } } as const;
    const a = evaluate(p, { ...q, at: "2025-01-01" }).reasons[0];
    const b = evaluate(p, { ...q, at: "2025-02-01" }).reasons[0];
    expect(a?.code).toBe("used-by-default");
    expect(a).toBe(b);
    const out1 = evaluate(p, { ...q, at: "2025-01-01", user: { ...q.user, optOuts: [{ control: "c", at: "2024-06-01" }] } }).reasons[0];
    const out2 = evaluate(p, { ...q, at: "2025-03-01", user: { ...q.user, optOuts: [{ control: "c", at: "2024-07-01" }] } }).reasons[0];
    expect(out1?.code).toBe("opted-out");
    expect(out1).toBe(out2);
    expect(out1).not.toBe(a);
    const x1 = evaluate(p, { ...q, category: "clips", at: "2025-07-01" }).reasons[0];
    const x2 = evaluate(p, { ...q, category: "clips", at: "2025-08-01" }).reasons[0];
    expect(x1?.code).toBe("excluded");
    expect(x1).toBe(x2);
  });
});
