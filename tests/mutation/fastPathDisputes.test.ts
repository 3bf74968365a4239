import { describe, expect, it } from "vitest";
import { decideNormalized } from "../../src/evaluate/evaluate.js";
import { normalizeQuestion } from "../../src/evaluate/normalizeQuestion.js";
import { type CompiledPolicy, type Control, type Dispute, type Question, compilePolicy, evaluate } from "../../src/index.js";
import { cite, control, dispute, policy, statement } from "../support/builders.js";

// The fast path keys a memoised decision by one outcome code per statement, and a statement whose
// dispute reads it differently gets a code of its own. Whether the two readings differ depends on the
// user's choices when the dispute's reading has scopes of its own (an opt-out reaching all data under
// the platform's reading, only newer data under the regulator's): so here every kind of control, link
// and reading meets every kind of choice, on one warm policy each, and each decision must be the
// general path's. A code that ran two of those cases together would hand one the other's decision.

const general = (compiled: CompiledPolicy, q: Question) => decideNormalized(compiled, normalizeQuestion(compiled, q, true));

const SCOPES = ["future-only", "new-data-only", "removal", "removal-requested"] as const;
const WITHDRAWALS = ["future-only", "new-data-only", "earlier-data-undisclosed"] as const;
const READINGS: Dispute["reading"][] = [
  ...SCOPES.map((scope) => ({ scopes: [{ chosenFrom: "2024-05-01", scope }] })),
  { scopes: [{ chosenFrom: "2024-06-15", scope: "new-data-only" as const }] },
  { effect: "used" as const },
  { effect: "not-used" as const },
  { effect: "unknown" as const },
];

interface Shape {
  defaultOn: boolean;
  scope: Control["scope"];
  withdrawal: NonNullable<Control["withdrawal"]>;
  advisory: boolean;
  mayBeRefused: boolean;
  reading: Dispute["reading"];
  links: number;
}

function* shapes(): Generator<Shape> {
  for (const reading of READINGS) {
    for (const scope of SCOPES) {
      // One link and two, with every kind of control; four (the most the fast path takes) and five.
      for (const links of [1, 2, 4, 5]) {
        const kinds = links <= 2 ? [false, true] : [false];
        for (const advisory of kinds) {
          for (const mayBeRefused of kinds) yield { defaultOn: true, scope, withdrawal: "future-only", advisory, mayBeRefused, reading, links };
        }
        for (const withdrawal of WITHDRAWALS) yield { defaultOn: false, scope, withdrawal, advisory: false, mayBeRefused: false, reading, links };
      }
    }
  }
}

function build(shape: Shape) {
  const controls = ["a", "b", "c", "d", "e"].slice(0, shape.links).map((id) =>
    control({
      id,
      scope: shape.scope,
      withdrawal: shape.withdrawal,
      enforcement: shape.advisory ? "advisory" : "enforced",
      ...(shape.mayBeRefused && { kind: "form", mayBeRefused: true }),
    }),
  );
  return policy({
    controls,
    statements: [
      statement({
        id: "s",
        consent: { default: shape.defaultOn ? "on" : "off", controls: controls.map((c) => ({ control: c.id })) },
        disputes: [dispute({ reading: shape.reading })],
      }),
    ],
  });
}

// Choices on the last link's control, made before and after the data.
const at = "2024-09-01";
const CREATED = [undefined, "2024-03-01", "2024-06-10", "2024-08-01"];
const out = (c: string, day: string, outcome?: "accepted" | "refused") => ({ control: c, at: day, ...(outcome && { outcome }) });

function* questions(shape: Shape): Generator<Question> {
  const c = "abcde"[shape.links - 1] as string;
  const choiceSets: { optOuts?: ReturnType<typeof out>[]; optIns?: ReturnType<typeof out>[] }[] = [
    {},
    { optOuts: [out(c, "2024-06-01")] },
    { optOuts: [out(c, "2024-06-01", "accepted")] },
    { optOuts: [out(c, "2024-06-01", "refused")] },
    { optOuts: [out(c, "2024-06-20", "accepted")] },
    { optIns: [out(c, "2024-06-01")] },
    { optIns: [out(c, "2024-06-01")], optOuts: [out(c, "2024-07-01")] },
    { optIns: [out(c, "2024-06-01")], optOuts: [out(c, "2024-07-01", "accepted")] },
  ];
  for (const choices of choiceSets) {
    for (const created of CREATED) {
      yield {
        purpose: "generative-ai-training",
        category: "posts",
        at,
        user: { region: "US", age: 30, ...choices },
        ...(created !== undefined && { data: { createdAt: created } }),
      };
    }
  }
}

describe("fast path on disputes whose readings depend on the user's choices", () => {
  it("gives the general path's decision for every control, link, reading and choice", () => {
    let policies = 0;
    let fast = 0;
    let asked = 0;
    const answers = new Map<string, number>();
    for (const shape of shapes()) {
      policies++;
      const compiled = compilePolicy(build(shape));
      for (const q of questions(shape)) {
        const expected = general(compiled, q);
        const first = evaluate(compiled, q);
        expect(first, JSON.stringify({ shape, q })).toEqual(expected);
        const second = evaluate(compiled, q);
        expect(second, JSON.stringify({ shape, q })).toEqual(expected);
        if (second === first) fast++;
        asked++;
        answers.set(expected.answer, (answers.get(expected.answer) ?? 0) + 1);
      }
    }
    // The grid reaches every answer, and the fast path takes most of it.
    expect({ policies, asked, fast, answers: Object.fromEntries([...answers].sort()) }).toMatchInlineSnapshot(`
      {
        "answers": {
          "not-used": 9768,
          "unknown": 8392,
          "used": 4368,
        },
        "asked": 22528,
        "fast": 11350,
        "policies": 704,
      }
    `);
  });
});

describe("fast path on disputes that do not apply", () => {
  // Under the platform's reading an opt-out reaches all data; under the regulator's, only data created
  // after it. Where the dispute applies, two members who opted out (one whose post is older than the
  // opt-out, one whose post is newer) get different decisions; where it does not, the policy treats
  // them alike, and the fast path must hand both the one decision it keeps for that case.
  const where: [string, Dispute["where"], Question["at"], string][] = [
    ["another category", { categories: ["profile"] }, "2024-09-01", "US"],
    ["before it starts", { from: "2024-10-01" }, "2024-09-01", "US"],
    ["after it ends", { until: "2024-08-01" }, "2024-09-01", "US"],
    ["another region", { regions: { include: ["FR"] } }, "2024-09-01", "US"],
    ["an excluded region", { regions: { exclude: ["US"] } }, "2024-09-01", "US"],
  ];
  const older = { control: "a", at: "2024-06-01" };
  const ask = (at: Question["at"], region: string, created: string): Question => ({
    purpose: "generative-ai-training",
    category: "posts",
    at,
    user: { region, age: 30, optOuts: [older] },
    data: { createdAt: created },
  });

  it.each(where)("in %s, two cases the policy treats alike share one decision", (_, w, at, region) => {
    const compiled = compilePolicy(
      policy({
        controls: [control({ id: "a", scope: "future-only" })],
        statements: [
          statement({
            id: "s",
            categories: ["posts", "profile"],
            consent: { default: "on", controls: [{ control: "a" }] },
            disputes: [dispute({ where: w, reading: { scopes: [{ chosenFrom: "2024-01-01", scope: "new-data-only" }] } })],
          }),
        ],
      }),
    );
    const a = ask(at, region, "2024-03-01");
    const b = ask(at, region, "2024-07-01");
    // Warm: the fast path serves from the second question on.
    evaluate(compiled, a);
    const first = evaluate(compiled, a);
    const second = evaluate(compiled, b);
    expect(first).toEqual(general(compiled, a));
    expect(first.answer).toBe("not-used");
    expect(second).toBe(first);
  });

  it("where it applies, the two cases differ", () => {
    const compiled = compilePolicy(
      policy({
        controls: [control({ id: "a", scope: "future-only" })],
        statements: [
          statement({
            id: "s",
            consent: { default: "on", controls: [{ control: "a" }] },
            disputes: [
              dispute({
                where: { categories: ["posts"], from: "2024-08-01", until: "2024-10-01", regions: { include: ["US"] } },
                reading: { scopes: [{ chosenFrom: "2024-01-01", scope: "new-data-only" }] },
              }),
            ],
          }),
        ],
      }),
    );
    const a = ask("2024-09-01", "US", "2024-03-01");
    const b = ask("2024-09-01", "US", "2024-07-01");
    evaluate(compiled, a);
    expect(evaluate(compiled, a)).toEqual(general(compiled, a));
    expect(evaluate(compiled, a).answer).toBe("unknown");
    expect(evaluate(compiled, b).answer).toBe("not-used");
  });
});

describe("fast path memo rows that share a hash", () => {
  // With more than six statements to code, decisions are memoised by a hash of the codes, and rows
  // with the same hash are compared in full. These two members' codes collide on purpose: a member
  // who did not opt out codes [3, 3, 3, 3, 3, 4, 100] (the last statement's second dispute reads it
  // otherwise: 96 + 4), one who did codes [3, 3, 3, 3, 3, 5, 69] (its first dispute does: 64 + 5), and
  // 31 × 4 + 100 = 31 × 5 + 69. Each must still get their own decision, every time.
  const aged = (id: string) => statement({ id, age: { atLeast: 13 } });
  const p = policy({
    controls: [control({ id: "a", scope: "future-only" })],
    statements: [
      aged("s1"),
      aged("s2"),
      aged("s3"),
      aged("s4"),
      aged("s5"),
      statement({ id: "t", consent: { default: "on", controls: [{ control: "a" }] } }),
      statement({
        id: "u",
        consent: { default: "on", controls: [{ control: "a" }] },
        disputes: [
          dispute({
            id: "newer-only",
            claim: "Only newer posts.",
            reading: { scopes: [{ chosenFrom: "2024-01-01", scope: "new-data-only" }] },
            confidence: "low",
            sources: cite(),
          }),
          dispute({ id: "never", by: "A court", claim: "Not at all.", confidence: "low", sources: cite() }),
        ],
      }),
    ],
  });
  const member = (optOuts: { control: string; at: string }[], recipient?: string): Question => ({
    purpose: "generative-ai-training",
    category: "posts",
    at: "2024-09-01",
    user: { region: "US", age: 30, optOuts },
    data: { createdAt: "2024-03-01" },
    ...(recipient !== undefined && { recipient }),
  });
  const stayed = member([]);
  const left = member([{ control: "a", at: "2024-06-01" }]);

  it("tells them apart", () => {
    const compiled = compilePolicy(p);
    evaluate(compiled, stayed);
    const order = [stayed, left, stayed, left, left, stayed];
    const seen = order.map((q) => {
      const d = evaluate(compiled, q);
      expect(d).toEqual(general(compiled, q));
      return d;
    });
    // Both were memoised (so the second and later answers are shared), and they differ.
    expect(seen[2]).toBe(seen[0]);
    expect(seen[3]).toBe(seen[1]);
    expect(seen[0]).not.toEqual(seen[1]);
  });

  it("and tells apart the same codes for another recipient", () => {
    const compiled = compilePolicy(
      policy({
        ...p,
        recipients: [
          { id: "test", label: "Test", kind: "platform" },
          { id: "partner", label: "Partner", kind: "affiliate" },
        ],
      }),
    );
    evaluate(compiled, stayed);
    for (const q of [stayed, member([], "partner"), member([], "test"), left, member([{ control: "a", at: "2024-06-01" }], "partner")]) {
      expect(evaluate(compiled, q)).toEqual(general(compiled, q));
      expect(evaluate(compiled, q)).toEqual(general(compiled, q));
    }
  });
});
