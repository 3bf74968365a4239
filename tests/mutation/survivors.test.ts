import { describe, expect, it } from "vitest";
import { type Policy, type Question, type Statement, evaluate } from "../../src/index.js";
import { SOURCE_ID, control, policy, statement } from "../support/builders.js";

// Cases found by surviving mutants of decideInWorld.ts and world.ts: each pins a behaviour that no
// other test told apart from a slightly different evaluator.

const recipients: Policy["recipients"] = [
  { id: "test", label: "Test", kind: "platform" },
  { id: "partner", label: "Partner", kind: "licensee" },
];
const s = (id: string, o: Partial<Statement> = {}) => statement({ id, ...o });
const ask = (p: Policy, q: Partial<Question> = {}) =>
  evaluate(p, { purpose: "generative-ai-training", category: "posts", at: "2025-01-01", user: { region: "US", age: 30 }, ...q });
const codes = (p: Policy, q: Partial<Question> = {}) => ask(p, q).reasons.map((r) => `${r.code}:${r.statement?.id ?? ""}`);

describe("decideInWorld", () => {
  it("an unknown for one recipient beats that recipient's use", () => {
    const p = policy({ recipients, statements: [s("u"), s("q", { effect: "unknown", recipients: ["test"] })] });
    expect(ask(p).answer).toBe("unknown");
    expect(codes(p)).toEqual(["undisclosed:q"]);
  });

  it("one recipient's exclusions do not strengthen another's", () => {
    const p = policy({
      recipients,
      statements: [
        s("x", { effect: "not-used", confidence: "low" }),
        s("own", { effect: "not-used", recipients: ["test"], confidence: "high" }),
        s("lic", { recipients: ["partner"] }),
      ],
    });
    const d = ask(p);
    expect(d.answer).toBe("not-used");
    expect(d.confidence).toBe("low");
  });

  it("with an exclusion, opt-outs join the reasons only when no use remains", () => {
    const p = policy({
      controls: [control({ id: "c" })],
      statements: [s("x", { effect: "not-used" }), s("plain"), s("off", { consent: { default: "on", controls: [{ control: "c" }] } })],
    });
    expect(codes(p, { user: { region: "US", age: 30, optOuts: [{ control: "c", at: "2024-06-01" }] } })).toEqual(["excluded:x"]);
  });

  it("of two opt-outs of one control, the weaker later one does not undo the earlier's reach", () => {
    // Chosen before 2024-09-01 the control asks recipients to remove earlier data; chosen after, it
    // covers only new data.
    const p = policy({
      controls: [control({ id: "c", scope: "removal-requested" })],
      statements: [s("u", { consent: { default: "on", controls: [{ control: "c", scopes: [{ chosenFrom: "2024-09-01", scope: "new-data-only" }] }] } })],
    });
    const optOuts = [
      { control: "c", at: "2024-06-01" },
      { control: "c", at: "2024-10-01" },
    ];
    expect(codes(p, { user: { region: "US", age: 30, optOuts }, data: { createdAt: "2024-01-01" } })).toEqual(["removal-requested:u"]);
    // The other way round: first the weaker choice, then the removal request.
    const q = policy({
      controls: [control({ id: "c", scope: "removal-requested" })],
      statements: [s("u", { consent: { default: "on", controls: [{ control: "c", scopes: [{ chosenUntil: "2024-09-01", scope: "new-data-only" }] }] } })],
    });
    expect(codes(q, { user: { region: "US", age: 30, optOuts }, data: { createdAt: "2024-01-01" } })).toEqual(["removal-requested:u"]);
  });

  it("an advisory control: the latest choice's reach names the reason when two reach as far", () => {
    const p = policy({
      controls: [control({ id: "c", scope: "future-only", enforcement: "advisory" })],
      statements: [s("u", { consent: { default: "on", controls: [{ control: "c", scopes: [{ chosenFrom: "2024-09-01", scope: "removal-requested" }] }] } })],
    });
    const optOuts = [
      { control: "c", at: "2024-06-01" },
      { control: "c", at: "2024-10-01" },
    ];
    expect(codes(p, { user: { region: "US", age: 30, optOuts }, data: { createdAt: "2024-01-01" } })).toEqual(["removal-requested:u"]);
  });

  it("readings that agree on unknown, one undisclosed and one a use an advisory opt-out leaves open, are not a dispute", () => {
    const dispute = (effect: "used" | "unknown") => ({
      id: "d",
      claim: "Another reading.",
      by: "A court",
      reading: { effect },
      confidence: "high" as const,
      sources: [{ source: SOURCE_ID, quote: "q" }],
    });
    const user = { region: "US", age: 30, optOuts: [{ control: "c", at: "2024-06-01" }] };
    const advisory = [control({ id: "c", enforcement: "advisory" })];
    const consent = { default: "on" as const, controls: [{ control: "c" }] };
    const undisclosed = policy({ controls: advisory, statements: [s("q", { effect: "unknown", consent, disputes: [dispute("used")] })] });
    expect(codes(undisclosed, { user })).toEqual(["undisclosed:q"]);
    expect(codes(undisclosed)).toEqual(["disputed:q", "undisclosed:q"]);
    const used = policy({ controls: advisory, statements: [s("q", { consent, disputes: [dispute("unknown")] })] });
    expect(ask(used, { user }).reasons.map((r) => `${r.code}:${r.statement?.id}:${r.control?.id}`)).toEqual(["advisory-control:q:c"]);
  });
});

describe("world: the order of splits on missing inputs", () => {
  // Each pair: the statement needing the later input comes first in the file; the split on the earlier
  // input is still made first (it is the outer case).
  const pairs: [string, Statement, Statement, Partial<Question>, string][] = [
    [
      "region before age",
      s("a", { effect: "not-used", age: { below: 18 } }),
      s("r", { effect: "not-used", regions: { include: ["CA"] } }),
      { user: {} },
      "region in CA",
    ],
    [
      "age before plan",
      s("p", { effect: "not-used", plans: ["free"] }),
      s("a", { effect: "not-used", age: { below: 18 } }),
      { user: { region: "US" } },
      "age under 18",
    ],
    [
      "plan before the creation day",
      s("c", { effect: "not-used", data: { createdUntil: "2024-06-01" } }),
      s("p", { effect: "not-used", plans: ["free"] }),
      { user: { region: "US", age: 30 } },
      "plan is free",
    ],
    [
      "the creation day before visibility",
      s("v", { effect: "not-used", data: { visibility: "public" } }),
      s("c", { effect: "not-used", data: { createdUntil: "2024-06-01" } }),
      { user: { region: "US", age: 30, plan: "free" } },
      "data created before 2024-06-01",
    ],
  ];
  it.each(pairs)("%s", (_, later, earlier, q, outer) => {
    const p = policy({ statements: [s("u"), later, earlier] });
    const d = ask(p, q);
    expect(d.answer).toBe("unknown");
    expect(d.cases?.[0]?.when[0]).toBe(outer);
  });

  it("visibility before a request's outcome", () => {
    const p = policy({
      controls: [control({ id: "form", kind: "form", mayBeRefused: true })],
      statements: [s("u", { consent: { default: "on", controls: [{ control: "form" }] } }), s("v", { effect: "not-used", data: { visibility: "public" } })],
    });
    const d = ask(p, { user: { region: "US", age: 30, optOuts: [{ control: "form", at: "2024-06-01" }] } });
    expect(d.cases?.[0]?.when[0]).toBe("data is public");
    expect(d.needs).toEqual(["optOut.outcome", "data.visibility"]);
  });
});

describe("world: edges of the unknown", () => {
  it("a new-data-only opt-out on the day of use, with no creation day: the data may be from that day", () => {
    const p = policy({
      controls: [control({ id: "c", scope: "new-data-only" })],
      statements: [s("u", { consent: { default: "on", controls: [{ control: "c" }] } })],
    });
    const d = ask(p, { user: { region: "US", age: 30, optOuts: [{ control: "c", at: "2025-01-01" }] } });
    expect(d.answer).toBe("unknown");
    expect(d.needs).toEqual(["data.createdAt"]);
  });

  it("an age condition at the top of the range still splits an unknown age", () => {
    const p = policy({ statements: [s("u", { age: { atLeast: 150 } })] });
    const d = ask(p, { user: { region: "US" } });
    expect(d.needs).toEqual(["age"]);
    expect(d.cases).toEqual([
      { when: ["age under 150"], answer: "unknown" },
      { when: ["age 150 or over"], answer: "used" },
    ]);
  });
});
