import { describe, expect, it } from "vitest";
import { type Policy, type Question, type Statement, evaluate } from "../../src/index.js";
import { SOURCE_ID, control, policy, statement } from "../support/builders.js";

// The evaluator's precedence, per recipient and across recipients, with the confidence of each answer;
// the user's choices one rule at a time; and each condition of a statement on both sides of its edge.

const recipients: Policy["recipients"] = [
  { id: "test", label: "Test", kind: "platform" },
  { id: "partner", label: "Partner", kind: "licensee" },
];

const ask = (p: Policy, q: Partial<Question> = {}) =>
  evaluate(p, { purpose: "generative-ai-training", category: "posts", at: "2025-01-01", user: { region: "US", age: 30 }, ...q });

const summary = (p: Policy, q: Partial<Question> = {}) => {
  const d = ask(p, q);
  return { answer: d.answer, reasons: d.reasons.map((r) => `${r.code}:${r.statement?.id ?? ""}`), confidence: d.confidence };
};

const s = (id: string, o: Partial<Statement> = {}) => statement({ id, ...o });

describe("precedence for one recipient", () => {
  it.each([
    ["an exclusion beats an unknown and a use", [s("u"), s("x", { effect: "not-used" }), s("q", { effect: "unknown" })], "not-used", ["excluded:x"]],
    ["an unknown beats a use", [s("u"), s("q", { effect: "unknown" })], "unknown", ["undisclosed:q"]],
    ["a use alone", [s("u")], "used", ["used:u"]],
    ["two uses give both reasons", [s("u"), s("v")], "used", ["used:u", "used:v"]],
    ["two exclusions give both reasons", [s("x", { effect: "not-used" }), s("y", { effect: "not-used" })], "not-used", ["excluded:x", "excluded:y"]],
    ["two unknowns give both reasons", [s("q", { effect: "unknown" }), s("r", { effect: "unknown" })], "unknown", ["undisclosed:q", "undisclosed:r"]],
  ] as const)("%s", (_, statements, answer, reasons) => {
    expect(summary(policy({ statements: [...statements] }))).toMatchObject({ answer, reasons });
  });

  it("a use beats an advisory choice, which beats an opt-out", () => {
    const p = policy({
      controls: [control({ id: "hard" }), control({ id: "soft", enforcement: "advisory" })],
      statements: [
        s("plain"),
        s("a", { consent: { default: "on", controls: [{ control: "soft" }] } }),
        s("b", { consent: { default: "on", controls: [{ control: "hard" }] } }),
      ],
    });
    const optOuts = [
      { control: "hard", at: "2024-06-01" },
      { control: "soft", at: "2024-06-01" },
    ];
    expect(summary(p, { user: { region: "US", age: 30, optOuts } }).answer).toBe("used");
    const noPlain = policy({ ...p, statements: p.statements.slice(1) });
    expect(summary(noPlain, { user: { region: "US", age: 30, optOuts } })).toMatchObject({ answer: "unknown", reasons: ["advisory-control:a"] });
    const onlyHard = policy({ ...p, statements: p.statements.slice(2) });
    expect(summary(onlyHard, { user: { region: "US", age: 30, optOuts } })).toMatchObject({ answer: "not-used", reasons: ["opted-out:b"] });
  });
});

describe("recipients", () => {
  const both = (statements: Statement[]) => policy({ recipients, statements });

  it("the data is used if any recipient uses it", () => {
    const p = both([s("own"), s("lic", { recipients: ["partner"] }), s("x", { effect: "not-used", recipients: ["test"] })]);
    expect(summary(p)).toMatchObject({ answer: "used", reasons: ["used:lic"] });
    expect(summary(p, { recipient: "test" })).toMatchObject({ answer: "not-used", reasons: ["excluded:x"] });
    expect(summary(p, { recipient: "partner" })).toMatchObject({ answer: "used", reasons: ["used:lic"] });
  });

  it("an exclusion without recipients concerns every recipient", () => {
    const p = both([s("own"), s("lic", { recipients: ["partner"] }), s("x", { effect: "not-used" })]);
    expect(summary(p)).toMatchObject({ answer: "not-used", reasons: ["excluded:x"] });
    expect(summary(p, { recipient: "partner" })).toMatchObject({ answer: "not-used", reasons: ["excluded:x"] });
  });

  it("an unknown without recipients concerns every recipient; one with recipients only those", () => {
    const global = both([s("lic", { recipients: ["partner"] }), s("q", { effect: "unknown" })]);
    expect(summary(global)).toMatchObject({ answer: "unknown", reasons: ["undisclosed:q"] });
    const scoped = both([s("own"), s("lic", { recipients: ["partner"] }), s("q", { effect: "unknown", recipients: ["partner"] })]);
    expect(summary(scoped)).toMatchObject({ answer: "used", reasons: ["used:own"] });
    expect(summary(scoped, { recipient: "partner" })).toMatchObject({ answer: "unknown", reasons: ["undisclosed:q"] });
  });

  it("only exclusions or unknowns without recipients, and no use: they decide", () => {
    expect(summary(both([s("x", { effect: "not-used" })]))).toMatchObject({ answer: "not-used", reasons: ["excluded:x"] });
    expect(summary(both([s("q", { effect: "unknown" })]))).toMatchObject({ answer: "unknown", reasons: ["undisclosed:q"] });
    expect(summary(both([s("x", { effect: "not-used" }), s("q", { effect: "unknown" })]))).toMatchObject({ answer: "not-used", reasons: ["excluded:x"] });
  });

  it("a recipient asked about that nothing is said of: the policy is silent", () => {
    const p = both([s("own")]);
    expect(summary(p, { recipient: "partner" })).toMatchObject({ answer: "unknown", reasons: ["policy-silent:"] });
    expect(summary(p, { recipient: "test" })).toMatchObject({ answer: "used", reasons: ["used:own"] });
  });

  it("every recipient's opt-out must hold for the data to be not used; exclusions and opt-outs add up", () => {
    const p = policy({
      recipients,
      controls: [control({ id: "c" })],
      statements: [
        s("own", { consent: { default: "on", controls: [{ control: "c" }] } }),
        s("lic", { recipients: ["partner"], consent: { default: "on", controls: [{ control: "c" }] } }),
        s("x", { effect: "not-used", recipients: ["partner"], confidence: "low" }),
      ],
    });
    expect(summary(p)).toMatchObject({ answer: "used", reasons: ["used-by-default:own"] });
    const out = summary(p, { user: { region: "US", age: 30, optOuts: [{ control: "c", at: "2024-06-01" }] } });
    expect(out).toMatchObject({ answer: "not-used", reasons: ["opted-out:own", "excluded:x", "opted-out:lic"], confidence: "high" });
  });

  it("the same statement for two recipients gives its reason once", () => {
    const p = both([s("u", { recipients: ["test", "partner"] })]);
    expect(summary(p)).toMatchObject({ answer: "used", reasons: ["used:u"] });
    const x = both([s("u"), s("x", { effect: "not-used", recipients: ["test", "partner"] })]);
    expect(summary(x)).toMatchObject({ answer: "not-used", reasons: ["excluded:x"] });
  });
});

describe("confidence", () => {
  const c = (id: string, confidence: "high" | "medium" | "low", o: Partial<Statement> = {}) => s(id, { confidence, ...o });

  it.each([
    ["used: the strongest of the uses", [c("a", "low"), c("b", "medium")], "used", "medium"],
    ["used: one high use", [c("a", "high"), c("b", "low")], "used", "high"],
    ["used: all low", [c("a", "low"), c("b", "low")], "used", "low"],
    [
      "not-used: the strongest of the exclusions",
      [c("a", "high"), c("x", "low", { effect: "not-used" }), c("y", "medium", { effect: "not-used" })],
      "not-used",
      "medium",
    ],
    ["not-used: one low exclusion", [c("a", "high"), c("x", "low", { effect: "not-used" })], "not-used", "low"],
    ["not-used: one high exclusion", [c("a", "low"), c("x", "high", { effect: "not-used" })], "not-used", "high"],
    ["unknown: the weakest of the unknowns", [c("q", "high", { effect: "unknown" }), c("r", "medium", { effect: "unknown" })], "unknown", "medium"],
    ["unknown: all high", [c("q", "high", { effect: "unknown" })], "unknown", "high"],
    ["global exclusions only: the strongest", [c("x", "low", { effect: "not-used" }), c("y", "medium", { effect: "not-used" })], "not-used", "medium"],
    ["global exclusions only, low", [c("x", "low", { effect: "not-used" })], "not-used", "low"],
  ] as const)("%s", (_, statements, answer, confidence) => {
    expect(summary(policy({ statements: [...statements] }))).toMatchObject({ answer, confidence });
  });

  it("across recipients: used is as strong as the strongest recipient's use, not-used as the weakest recipient's", () => {
    const p = policy({
      recipients,
      statements: [c("a", "low"), c("b", "medium", { recipients: ["partner"] })],
    });
    expect(summary(p)).toMatchObject({ answer: "used", confidence: "medium" });
    const x = policy({
      recipients,
      statements: [
        c("a", "high"),
        c("b", "high", { recipients: ["partner"] }),
        c("x", "high", { effect: "not-used", recipients: ["test"] }),
        c("y", "medium", { effect: "not-used", recipients: ["partner"] }),
      ],
    });
    expect(summary(x)).toMatchObject({ answer: "not-used", reasons: ["excluded:x", "excluded:y"], confidence: "medium" });
  });

  it("opt-outs: as weak as the weakest; with an exclusion, as strong as the stronger of the two", () => {
    const p = (ex: "high" | "medium" | "low" | null, use: "high" | "medium" | "low") =>
      policy({
        controls: [control({ id: "c" })],
        statements: [
          c("u", use, { consent: { default: "on", controls: [{ control: "c" }] } }),
          ...(ex ? [c("x", ex, { effect: "not-used", from: "2024-12-01" })] : []),
        ],
      });
    const out = { user: { region: "US", age: 30, optOuts: [{ control: "c", at: "2024-06-01" }] } };
    expect(summary(p(null, "medium"), out)).toMatchObject({ answer: "not-used", confidence: "medium" });
    expect(summary(p(null, "low"), out)).toMatchObject({ answer: "not-used", confidence: "low" });
    expect(summary(p("low", "high"), out)).toMatchObject({ answer: "not-used", reasons: ["excluded:x", "opted-out:u"], confidence: "high" });
    expect(summary(p("medium", "low"), out)).toMatchObject({ answer: "not-used", confidence: "medium" });
    expect(summary(p("low", "low"), out)).toMatchObject({ answer: "not-used", confidence: "low" });
    // Without the opt-out the exclusion alone decides.
    expect(summary(p("low", "high"))).toMatchObject({ answer: "not-used", reasons: ["excluded:x"], confidence: "low" });
  });
});

describe("the user's choices", () => {
  const optOutPolicy = (
    scope: "future-only" | "new-data-only" | "removal" | "removal-requested" = "future-only",
    extra: Partial<Parameters<typeof control>[0]> = {},
  ) =>
    policy({
      controls: [control({ id: "c", scope, ...extra })],
      statements: [s("u", { consent: { default: "on", controls: [{ control: "c" }] } })],
    });
  const user = (optOuts: { control: string; at: string; outcome?: "accepted" | "refused" }[] = [], optIns: { control: string; at: string }[] = []) => ({
    user: { region: "US", age: 30, optOuts, optIns },
  });

  it.each([
    ["an opt-out the day before", [{ control: "c", at: "2024-12-31" }], [], "not-used"],
    ["an opt-out on the day", [{ control: "c", at: "2025-01-01" }], [], "not-used"],
    ["an opt-out the day after", [{ control: "c", at: "2025-01-02" }], [], "used"],
    ["an opt-out, then an opt-in", [{ control: "c", at: "2024-06-01" }], [{ control: "c", at: "2024-07-01" }], "used"],
    ["an opt-in, then an opt-out", [{ control: "c", at: "2024-07-01" }], [{ control: "c", at: "2024-06-01" }], "not-used"],
    [
      "an opt-out, an opt-in, and an opt-out again",
      [
        { control: "c", at: "2024-06-01" },
        { control: "c", at: "2024-08-01" },
      ],
      [{ control: "c", at: "2024-07-01" }],
      "not-used",
    ],
    ["an opt-out, and an opt-in after the day", [{ control: "c", at: "2024-06-01" }], [{ control: "c", at: "2025-02-01" }], "not-used"],
  ] as const)("default on: %s", (_, optOuts, optIns, answer) => {
    expect(ask(optOutPolicy(), user([...optOuts], [...optIns])).answer).toBe(answer);
  });

  it.each([
    ["no choice", [], [], "not-used", "not-opted-in"],
    ["an opt-in before", [], [{ control: "c", at: "2024-06-01" }], "used", "opted-in"],
    ["an opt-in on the day", [], [{ control: "c", at: "2025-01-01" }], "used", "opted-in"],
    ["an opt-in after", [], [{ control: "c", at: "2025-01-02" }], "not-used", "not-opted-in"],
    ["an opt-in, then an opt-out", [{ control: "c", at: "2024-07-01" }], [{ control: "c", at: "2024-06-01" }], "not-used", "not-opted-in"],
    ["an opt-out, then an opt-in", [{ control: "c", at: "2024-06-01" }], [{ control: "c", at: "2024-07-01" }], "used", "opted-in"],
  ] as const)("default off: %s", (_, optOuts, optIns, answer, code) => {
    const p = policy({ controls: [control({ id: "c" })], statements: [s("u", { consent: { default: "off", controls: [{ control: "c" }] } })] });
    const d = ask(p, user([...optOuts], [...optIns]));
    expect([d.answer, d.reasons[0]?.code]).toEqual([answer, code]);
  });

  it("default off, new-data-only: an opt-in reaches only data created on or after it", () => {
    const p = policy({
      controls: [control({ id: "c", scope: "new-data-only" })],
      statements: [s("u", { consent: { default: "off", controls: [{ control: "c" }] } })],
    });
    const q = (createdAt: string) => ask(p, { ...user([], [{ control: "c", at: "2024-06-01" }]), data: { createdAt } }).answer;
    expect(q("2024-05-31")).toBe("not-used");
    expect(q("2024-06-01")).toBe("used");
  });

  it.each([
    ["new-data-only", "2024-05-31", "used", "used-by-default"],
    ["new-data-only", "2024-06-01", "not-used", "opted-out"],
    ["removal-requested", "2024-05-31", "unknown", "removal-requested"],
    ["removal-requested", "2024-06-01", "not-used", "opted-out"],
    ["removal", "2024-05-31", "not-used", "opted-out"],
    ["future-only", "2024-05-31", "not-used", "opted-out"],
  ] as const)("an opt-out with scope %s, data created %s: %s", (scope, createdAt, answer, code) => {
    const d = ask(optOutPolicy(scope), { ...user([{ control: "c", at: "2024-06-01" }]), data: { createdAt } });
    expect([d.answer, d.reasons[0]?.code]).toEqual([answer, code]);
  });

  it("a later opt-out that reaches the data decides, whatever an earlier one reached", () => {
    // The first opt-out (removal requested) only asks for removal of earlier data; the second reaches it.
    const p = policy({
      controls: [control({ id: "c", scope: "removal-requested" })],
      statements: [s("u", { consent: { default: "on", controls: [{ control: "c", scopes: [{ chosenFrom: "2024-09-01", scope: "future-only" }] }] } })],
    });
    const d = ask(p, {
      ...user([
        { control: "c", at: "2024-06-01" },
        { control: "c", at: "2024-10-01" },
      ]),
      data: { createdAt: "2024-01-01" },
    });
    expect([d.answer, d.reasons[0]?.code]).toEqual(["not-used", "opted-out"]);
    // An earlier opt-out that reached it is not weakened by a later, weaker one.
    const q = policy({
      controls: [control({ id: "c", scope: "future-only" })],
      statements: [s("u", { consent: { default: "on", controls: [{ control: "c", scopes: [{ chosenFrom: "2024-09-01", scope: "new-data-only" }] }] } })],
    });
    const e = ask(q, {
      ...user([
        { control: "c", at: "2024-06-01" },
        { control: "c", at: "2024-10-01" },
      ]),
      data: { createdAt: "2024-01-01" },
    });
    expect([e.answer, e.reasons[0]?.code]).toEqual(["not-used", "opted-out"]);
    // A removal request, then an opt-out that does not reach old data: still a removal request.
    const r = policy({
      controls: [control({ id: "c", scope: "removal-requested" })],
      statements: [s("u", { consent: { default: "on", controls: [{ control: "c", scopes: [{ chosenFrom: "2024-09-01", scope: "new-data-only" }] }] } })],
    });
    const f = ask(r, {
      ...user([
        { control: "c", at: "2024-06-01" },
        { control: "c", at: "2024-10-01" },
      ]),
      data: { createdAt: "2024-01-01" },
    });
    expect([f.answer, f.reasons[0]?.code]).toEqual(["unknown", "removal-requested"]);
  });

  it("scope rules apply by the day of the choice, from inclusive and until exclusive", () => {
    const p = policy({
      controls: [control({ id: "c", scope: "future-only" })],
      statements: [
        s("u", {
          consent: { default: "on", controls: [{ control: "c", scopes: [{ chosenFrom: "2024-06-01", chosenUntil: "2024-07-01", scope: "new-data-only" }] }] },
        }),
      ],
    });
    const q = (at: string) => ask(p, { ...user([{ control: "c", at }]), data: { createdAt: "2024-01-01" } }).answer;
    expect(q("2024-05-31")).toBe("not-used");
    expect(q("2024-06-01")).toBe("used");
    expect(q("2024-06-30")).toBe("used");
    expect(q("2024-07-01")).toBe("not-used");
  });

  it("a refused opt-out changes nothing; an accepted one holds; an unknown outcome splits", () => {
    const p = optOutPolicy("future-only", { kind: "form", mayBeRefused: true });
    expect(ask(p, user([{ control: "c", at: "2024-06-01", outcome: "refused" }])).answer).toBe("used");
    expect(ask(p, user([{ control: "c", at: "2024-06-01", outcome: "accepted" }])).answer).toBe("not-used");
    const unknown = ask(p, user([{ control: "c", at: "2024-06-01" }]));
    expect([unknown.answer, unknown.needs]).toEqual(["unknown", ["optOut.outcome"]]);
    // A refused request, then an accepted one.
    expect(
      ask(
        p,
        user([
          { control: "c", at: "2024-06-01", outcome: "refused" },
          { control: "c", at: "2024-07-01", outcome: "accepted" },
        ]),
      ).answer,
    ).toBe("not-used");
    expect(
      ask(
        p,
        user([
          { control: "c", at: "2024-06-01", outcome: "accepted" },
          { control: "c", at: "2024-07-01", outcome: "refused" },
        ]),
      ).answer,
    ).toBe("not-used");
    // An outcome not given for a control that cannot be refused is not asked about; one given as
    // refused is taken at its word.
    expect(ask(optOutPolicy(), user([{ control: "c", at: "2024-06-01" }])).answer).toBe("not-used");
    expect(ask(optOutPolicy(), user([{ control: "c", at: "2024-06-01", outcome: "refused" }])).answer).toBe("used");
  });

  it("with two controls, an opt-out of either reaches the use; the first control names the default", () => {
    const p = policy({
      controls: [control({ id: "c1" }), control({ id: "c2" })],
      statements: [s("u", { consent: { default: "on", controls: [{ control: "c1" }, { control: "c2" }] } })],
    });
    expect(ask(p).reasons.map((r) => [r.code, r.control?.id])).toEqual([["used-by-default", "c1"]]);
    expect(ask(p, user([{ control: "c2", at: "2024-06-01" }])).reasons.map((r) => [r.code, r.control?.id])).toEqual([["opted-out", "c2"]]);
    const off = policy({
      controls: [control({ id: "c1" }), control({ id: "c2" })],
      statements: [s("u", { consent: { default: "off", controls: [{ control: "c1" }, { control: "c2" }] } })],
    });
    expect(ask(off).reasons.map((r) => [r.code, r.control?.id])).toEqual([["not-opted-in", "c1"]]);
    expect(ask(off, user([], [{ control: "c2", at: "2024-06-01" }])).reasons.map((r) => [r.code, r.control?.id])).toEqual([["opted-in", "c2"]]);
    expect(
      ask(
        off,
        user(
          [],
          [
            { control: "c1", at: "2024-06-01" },
            { control: "c2", at: "2024-06-01" },
          ],
        ),
      ).reasons.map((r) => [r.code, r.control?.id]),
    ).toEqual([["opted-in", "c1"]]);
    // An advisory control and an enforced one: the enforced opt-out decides.
    const mixed = policy({
      controls: [control({ id: "c1", enforcement: "advisory" }), control({ id: "c2" })],
      statements: [s("u", { consent: { default: "on", controls: [{ control: "c1" }, { control: "c2" }] } })],
    });
    const both = user([
      { control: "c1", at: "2024-06-01" },
      { control: "c2", at: "2024-06-01" },
    ]);
    expect(ask(mixed, both).reasons.map((r) => [r.code, r.control?.id])).toEqual([["opted-out", "c2"]]);
    expect(ask(mixed, user([{ control: "c1", at: "2024-06-01" }])).reasons.map((r) => [r.code, r.control?.id])).toEqual([["advisory-control", "c1"]]);
  });
});

describe("conditions at their edges", () => {
  it.each([
    [{ age: { atLeast: 18 } }, { age: 17 }, "unknown"],
    [{ age: { atLeast: 18 } }, { age: 18 }, "used"],
    [{ age: { below: 18 } }, { age: 17 }, "used"],
    [{ age: { below: 18 } }, { age: 18 }, "unknown"],
    [{ plans: ["free"] }, { plan: "free" }, "used"],
    [{ plans: ["free"] }, { plan: "paid" }, "unknown"],
  ] as const)("statement %j, user %j: %s", (condition, facts, answer) => {
    const p = policy({ statements: [s("u", condition as Partial<Statement>)] });
    expect(ask(p, { user: { region: "US", ...facts } }).answer).toBe(answer);
  });

  it.each([
    [{ createdFrom: "2024-06-01" }, "2024-05-31", "unknown"],
    [{ createdFrom: "2024-06-01" }, "2024-06-01", "used"],
    [{ createdUntil: "2024-06-01" }, "2024-05-31", "used"],
    [{ createdUntil: "2024-06-01" }, "2024-06-01", "unknown"],
    [{ visibility: "public" }, "2024-01-01", "used"],
  ] as const)("data condition %j, created %s: %s", (data, createdAt, answer) => {
    const p = policy({ statements: [s("u", { data: { ...data } })] });
    expect(ask(p, { data: { createdAt, visibility: "public" } }).answer).toBe(answer);
  });

  it("visibility must match", () => {
    const p = policy({ statements: [s("u", { data: { visibility: "public" } })] });
    expect(ask(p, { data: { visibility: "non-public" } }).answer).toBe("unknown");
  });

  it("regions: include and exclude, countries and groups", () => {
    const p = policy({ statements: [s("u", { regions: { include: ["EU", "GB"], exclude: ["FR"] } })] });
    expect(ask(p, { user: { region: "DE", age: 30 } }).answer).toBe("used");
    expect(ask(p, { user: { region: "GB", age: 30 } }).answer).toBe("used");
    expect(ask(p, { user: { region: "FR", age: 30 } }).answer).toBe("unknown");
    expect(ask(p, { user: { region: "US", age: 30 } }).answer).toBe("unknown");
    const ex = policy({ statements: [s("u", { regions: { exclude: ["EU"] } })] });
    expect(ask(ex, { user: { region: "DE", age: 30 } }).answer).toBe("unknown");
    expect(ask(ex, { user: { region: "US", age: 30 } }).answer).toBe("used");
  });
});

describe("disputes", () => {
  const dispute = (o: Record<string, unknown> = {}) => ({
    id: "d",
    by: "A regulator",
    claim: "It reads otherwise.",
    reading: { effect: "not-used" as const },
    confidence: "medium" as const,
    sources: [{ source: SOURCE_ID, quote: "q" }],
    ...o,
  });

  it("applies from its first day to the day before its last", () => {
    const p = policy({ statements: [s("u", { disputes: [dispute({ where: { from: "2024-06-01", until: "2024-07-01" } })] })] });
    expect(ask(p, { at: "2024-05-31" }).answer).toBe("used");
    expect(ask(p, { at: "2024-06-01" }).answer).toBe("unknown");
    expect(ask(p, { at: "2024-06-30" }).reasons.map((r) => r.code)).toEqual(["disputed", "used"]);
    expect(ask(p, { at: "2024-07-01" }).answer).toBe("used");
  });

  it("applies to the categories it names and their finer ones, and in its regions", () => {
    const p = policy({
      categories: [{ id: "clips", label: "Clips", description: "Clips.", parent: "posts" }],
      statements: [s("u", { categories: ["posts", "profile"], disputes: [dispute({ where: { categories: ["posts"], regions: { include: ["EU"] } } })] })],
    });
    expect(ask(p, { user: { region: "DE", age: 30 } }).answer).toBe("unknown");
    expect(ask(p, { user: { region: "DE", age: 30 }, category: "clips" }).answer).toBe("unknown");
    expect(ask(p, { user: { region: "DE", age: 30 }, category: "profile" }).answer).toBe("used");
    expect(ask(p, { user: { region: "US", age: 30 } }).answer).toBe("used");
  });

  it("a reading that gives the same answer is no dispute", () => {
    const p = policy({ statements: [s("u", { disputes: [dispute({ reading: { effect: "used" } })] })] });
    expect(ask(p).reasons.map((r) => r.code)).toEqual(["used"]);
  });

  it("a reading with other scopes disputes only the cases where the scope changes the answer", () => {
    const p = policy({
      controls: [control({ id: "c", scope: "future-only" })],
      statements: [
        s("u", { consent: { default: "on", controls: [{ control: "c" }] }, disputes: [dispute({ reading: { scopes: [{ scope: "new-data-only" }] } })] }),
      ],
    });
    const q = (createdAt: string) => ask(p, { user: { region: "US", age: 30, optOuts: [{ control: "c", at: "2024-06-01" }] }, data: { createdAt } });
    expect(q("2024-01-01").answer).toBe("unknown");
    expect(q("2024-01-01").reasons.map((r) => r.code)).toEqual(["disputed", "opted-out"]);
    expect(q("2024-07-01").answer).toBe("not-used");
    // Without an opt-out, both readings say used.
    expect(ask(p).answer).toBe("used");
  });

  it("a dispute of an exclusion keeps the exclusion's place in the precedence", () => {
    const p = policy({
      recipients,
      statements: [s("u"), s("x", { effect: "not-used", disputes: [dispute({ reading: { effect: "used" } })] })],
    });
    const d = ask(p);
    expect(d.answer).toBe("unknown");
    expect(d.reasons.map((r) => `${r.code}:${r.statement?.id}`)).toEqual(["disputed:x", "excluded:x"]);
  });
});
