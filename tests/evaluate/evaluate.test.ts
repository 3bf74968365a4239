import { describe, expect, it, vi } from "vitest";
import { InputError, type Policy, PolicyError, type Question, controlsFor, evaluate, evaluateAll, evaluateMany, timeline } from "../../src/index.js";
import { control, policy, statement } from "../support/builders.js";

const ask = (p: ReturnType<typeof policy>, q: Partial<Question> & { at: string }) =>
  evaluate(p, { purpose: "generative-ai-training", category: "posts", user: { region: "US", age: 30 }, ...q });

describe("evaluate: validity intervals", () => {
  const p = policy({ statements: [statement({ id: "s", from: "2024-09-18", until: "2025-11-03" })] });

  it.each([
    ["2024-09-17", "unknown"], // before the statement: silent
    ["2024-09-18", "used"], // from is inclusive
    ["2025-11-02", "used"],
    ["2025-11-03", "unknown"], // until is exclusive
  ])("at %s the answer is %s", (at, answer) => {
    expect(ask(p, { at }).answer).toBe(answer);
  });

  it("says the policy is silent when no statement applies", () => {
    const decision = ask(p, { at: "2024-01-01" });
    expect(decision.reasons.map((r) => r.code)).toEqual(["policy-silent"]);
  });

  it("answers unknown outside the policy's coverage", () => {
    const covered = policy({ coverage: { from: "2024-01-01", until: "2026-01-01" }, statements: [statement({ id: "s", from: "2020-01-01" })] });
    expect(ask(covered, { at: "2023-12-31" }).reasons[0]?.code).toBe("outside-coverage");
    expect(ask(covered, { at: "2024-01-01" }).answer).toBe("used");
    expect(ask(covered, { at: "2026-01-01" }).reasons[0]?.code).toBe("outside-coverage");
  });
});

describe("evaluate: uncertain days", () => {
  // Paused on a day no later than 2024-12-10, but no earlier than 2024-09-18.
  const p = policy({
    statements: [
      statement({ id: "use", from: "2024-09-18" }),
      statement({ id: "pause", effect: "not-used", from: { earliest: "2024-09-18", latest: "2024-12-10" }, regions: { include: ["CA"] } }),
    ],
  });

  it.each([
    ["US", "2024-10-01", "used"],
    ["CA", "2024-09-17", "unknown"], // nothing said yet
    ["CA", "2024-09-18", "unknown"], // the pause may have begun on the first day
    ["CA", "2024-12-09", "unknown"],
    ["CA", "2024-12-10", "not-used"], // certain from the latest bound
  ])("%s at %s is %s", (region, at, answer) => {
    expect(ask(p, { at, user: { region, age: 30 } }).answer).toBe(answer);
  });

  it("names the undisclosed date as the reason", () => {
    const decision = ask(p, { at: "2024-11-01", user: { region: "CA", age: 30 } });
    expect(decision.reasons[0]?.code).toBe("uncertain-date");
    expect(decision.reasons[0]?.message).toContain("between 2024-09-18 and 2024-12-10");
    expect(decision.needs).toEqual([]);
  });

  it("treats an uncertain start with no earliest bound as unknown before its latest bound", () => {
    const q = policy({ statements: [statement({ id: "s", from: { latest: "2024-09-18" } })] });
    expect(ask(q, { at: "2021-05-05" }).answer).toBe("unknown");
    expect(ask(q, { at: "2024-09-18" }).answer).toBe("used");
  });
});

describe("evaluate: regions and groups", () => {
  const p = policy({
    regionGroups: [
      {
        id: "exempt",
        label: "Exempt",
        members: [{ member: "EEA" }, { member: "CH" }, { member: "GB", from: "2024-09-20" }],
        sources: [{ source: "test-source", quote: "q" }],
      },
    ],
    statements: [statement({ id: "s", from: "2024-01-01", regions: { exclude: ["exempt"] } })],
  });

  it.each([
    ["US", "2025-01-01", "used"],
    ["DE", "2025-01-01", "unknown"], // excluded from the only statement: the policy is silent there
    ["CH", "2025-01-01", "unknown"],
    ["GB", "2024-09-19", "used"],
    ["GB", "2024-09-20", "unknown"],
    ["uk", "2024-09-19", "used"], // alias and case
  ])("%s at %s", (region, at, answer) => {
    expect(ask(p, { at, user: { region, age: 30 } }).answer).toBe(answer);
  });

  it("takes EU membership on the day of use: the UK left on 2020-01-31", () => {
    const eu = policy({
      coverage: { from: "2010-01-01" },
      statements: [statement({ id: "s", effect: "not-used", from: "2010-01-01", regions: { include: ["EU"] } })],
    });
    expect(ask(eu, { at: "2020-01-31", user: { region: "GB", age: 30 } }).answer).toBe("not-used");
    expect(ask(eu, { at: "2020-02-01", user: { region: "GB", age: 30 } }).answer).toBe("unknown");
    expect(ask(eu, { at: "2013-06-30", user: { region: "HR", age: 30 } }).answer).toBe("unknown");
    expect(ask(eu, { at: "2013-07-01", user: { region: "HR", age: 30 } }).answer).toBe("not-used");
  });

  it("answers without a region when every region gives the same answer", () => {
    const everywhere = policy({ statements: [statement({ id: "s", effect: "not-used", categories: ["private-messages"] })] });
    const decision = evaluate(everywhere, { purpose: "generative-ai-training", category: "private-messages", at: "2025-01-01" });
    expect(decision.answer).toBe("not-used");
    expect(decision.needs).toEqual([]);
  });

  it("asks for the region when it matters", () => {
    const eu = policy({
      statements: [statement({ id: "s", from: "2020-01-01" }), statement({ id: "x", effect: "not-used", regions: { include: ["EU"] } })],
    });
    const decision = evaluate(eu, { purpose: "generative-ai-training", category: "posts", at: "2025-01-01", user: { age: 30 } });
    expect(decision.answer).toBe("unknown");
    expect(decision.needs).toEqual(["region"]);
    expect(decision.cases).toEqual([
      { when: ["region in European Union"], answer: "not-used" },
      { when: ["region not in European Union"], answer: "used" },
    ]);
  });
});

describe("evaluate: age", () => {
  const p = policy({
    statements: [statement({ id: "s" }), statement({ id: "minors", effect: "not-used", age: { below: 18 }, from: "2025-09-17" })],
  });

  it.each([
    [17, "2025-09-17", "not-used"],
    [18, "2025-09-17", "used"],
    [17, "2025-09-16", "used"],
  ])("age %i at %s is %s", (age, at, answer) => {
    expect(ask(p, { at, user: { region: "US", age } }).answer).toBe(answer);
  });

  it("needs the age only when it matters", () => {
    const after = evaluate(p, { purpose: "generative-ai-training", category: "posts", at: "2025-10-01", user: { region: "US" } });
    expect(after.answer).toBe("unknown");
    expect(after.needs).toEqual(["age"]);
    expect(after.cases).toEqual([
      { when: ["age under 18"], answer: "not-used" },
      { when: ["age 18 or over"], answer: "used" },
    ]);
    const before = evaluate(p, { purpose: "generative-ai-training", category: "posts", at: "2025-01-01", user: { region: "US" } });
    expect(before.answer).toBe("used");
    expect(before.needs).toEqual([]);
  });
});

describe("evaluate: opt-outs", () => {
  const setting = control({ id: "setting" });
  const base = (scope: "future-only" | "new-data-only" | "removal" | "removal-requested") =>
    policy({
      controls: [control({ id: "setting", scope })],
      statements: [statement({ id: "s", from: "2024-01-01", consent: { default: "on", controls: [{ control: "setting" }] } })],
    });
  const optedOut = (at: string) => ({ region: "US", age: 30, optOuts: [{ control: "setting", at }] });

  it("is used by default", () => {
    const decision = ask(base("future-only"), { at: "2025-01-01" });
    expect(decision.answer).toBe("used");
    expect(decision.reasons[0]?.code).toBe("used-by-default");
  });

  it.each([
    // [scope, opt-out day, use day, data created, answer]
    ["future-only", "2025-06-01", "2025-05-31", "2024-01-01", "used"], // training before the opt-out stays done
    ["future-only", "2025-06-01", "2025-06-01", "2024-01-01", "not-used"], // the opt-out holds from its own day
    ["future-only", "2025-06-01", "2025-07-01", "2024-01-01", "not-used"],
    ["new-data-only", "2025-06-01", "2025-07-01", "2024-01-01", "used"], // old data is not reached
    ["new-data-only", "2025-06-01", "2025-07-01", "2025-06-01", "not-used"],
    ["removal", "2025-06-01", "2025-07-01", "2024-01-01", "not-used"],
    ["removal-requested", "2025-06-01", "2025-07-01", "2024-01-01", "unknown"], // up to the recipients
    ["removal-requested", "2025-06-01", "2025-07-01", "2025-06-15", "not-used"],
  ] as const)("%s: opted out %s, used %s, data from %s: %s", (scope, out, at, created, answer) => {
    expect(ask(base(scope), { at, user: optedOut(out), data: { createdAt: created } }).answer).toBe(answer);
  });

  it("needs the creation day only for scopes that depend on it", () => {
    expect(ask(base("future-only"), { at: "2025-07-01", user: optedOut("2025-06-01") }).needs).toEqual([]);
    const decision = ask(base("new-data-only"), { at: "2025-07-01", user: optedOut("2025-06-01") });
    expect(decision.answer).toBe("unknown");
    expect(decision.needs).toEqual(["data.createdAt"]);
  });

  it("ignores controls that do not cover the statement", () => {
    const p = policy({
      controls: [setting, control({ id: "other" })],
      statements: [statement({ id: "s", consent: { default: "on", controls: [{ control: "setting" }] } })],
    });
    expect(ask(p, { at: "2025-07-01", user: { region: "US", age: 30, optOuts: [{ control: "other", at: "2025-01-01" }] } }).answer).toBe("used");
  });

  it("follows the latest choice: switching the setting back on restores the default", () => {
    const user = { region: "US", age: 30, optOuts: [{ control: "setting", at: "2025-01-01" }], optIns: [{ control: "setting", at: "2025-03-01" }] };
    expect(ask(base("future-only"), { at: "2025-02-01", user }).answer).toBe("not-used");
    expect(ask(base("future-only"), { at: "2025-03-01", user }).answer).toBe("used");
  });

  it("lets the scope depend on when the choice was made", () => {
    const p = policy({
      controls: [setting],
      statements: [
        statement({
          id: "s",
          consent: { default: "on", controls: [{ control: "setting", scopes: [{ chosenFrom: "2025-11-03", scope: "new-data-only" }] }] },
        }),
      ],
    });
    const data = { createdAt: "2023-01-01" };
    expect(ask(p, { at: "2025-12-01", user: optedOut("2025-10-20"), data }).answer).toBe("not-used");
    expect(ask(p, { at: "2025-12-01", user: optedOut("2025-11-10"), data }).answer).toBe("used");
  });
});

describe("evaluate: refusable objections, advisory signals, opt-ins", () => {
  const form = control({ id: "form", kind: "form", mayBeRefused: true });
  const p = policy({ controls: [form], statements: [statement({ id: "s", consent: { default: "on", controls: [{ control: "form" }] } })] });

  it.each([
    ["accepted", "not-used"],
    ["refused", "used"],
  ] as const)("an objection that was %s gives %s", (outcome, answer) => {
    expect(ask(p, { at: "2025-07-01", user: { region: "US", age: 30, optOuts: [{ control: "form", at: "2025-01-01", outcome }] } }).answer).toBe(answer);
  });

  it("needs the outcome of an objection when it is not given", () => {
    const decision = ask(p, { at: "2025-07-01", user: { region: "US", age: 30, optOuts: [{ control: "form", at: "2025-01-01" }] } });
    expect(decision.answer).toBe("unknown");
    expect(decision.needs).toEqual(["optOut.outcome"]);
    expect(decision.reasons[0]?.code).toBe("objection-outcome");
  });

  it("gives unknown when the only choice is advisory", () => {
    const signal = policy({
      controls: [control({ id: "signal", kind: "signal", enforcement: "advisory" })],
      statements: [statement({ id: "s", consent: { default: "on", controls: [{ control: "signal" }] } })],
    });
    const decision = ask(signal, { at: "2025-07-01", user: { region: "US", age: 30, optOuts: [{ control: "signal", at: "2025-01-01" }] } });
    expect(decision.answer).toBe("unknown");
    expect(decision.reasons[0]?.code).toBe("advisory-control");
  });

  it.each([
    ["future-only", "2024-01-01", "used"], // an opt-in that reaches stored data
    ["new-data-only", "2024-01-01", "not-used"],
    ["new-data-only", "2025-02-01", "used"],
  ] as const)("an opt-in with scope %s reaches data from %s: %s", (scope, createdAt, answer) => {
    const optIn = policy({
      controls: [control({ id: "audio", scope })],
      statements: [statement({ id: "s", consent: { default: "off", controls: [{ control: "audio" }] } })],
    });
    const user = { region: "US", age: 30, optIns: [{ control: "audio", at: "2025-01-01" }] };
    expect(ask(optIn, { at: "2025-06-01", user, data: { createdAt } }).answer).toBe(answer);
    expect(ask(optIn, { at: "2024-12-31", user, data: { createdAt: "2024-01-01" } }).answer).toBe("not-used");
  });
});

describe("evaluate: precedence and recipients", () => {
  it("lets an exclusion win over a use, and an exception that survives an opt-out win over the opt-out", () => {
    const p = policy({
      controls: [control({ id: "setting" })],
      statements: [
        statement({ id: "s", categories: ["posts", "feedback"], consent: { default: "on", controls: [{ control: "setting" }] } }),
        statement({ id: "feedback", categories: ["feedback"] }),
        statement({ id: "minors", effect: "not-used", categories: ["posts", "feedback"], age: { below: 18 } }),
      ],
    });
    const optedOut = { region: "US", age: 30, optOuts: [{ control: "setting", at: "2024-06-01" }] };
    const at = "2025-01-01";
    expect(evaluate(p, { purpose: "generative-ai-training", category: "posts", at, user: optedOut }).answer).toBe("not-used");
    expect(evaluate(p, { purpose: "generative-ai-training", category: "feedback", at, user: optedOut }).answer).toBe("used");
    expect(evaluate(p, { purpose: "generative-ai-training", category: "feedback", at, user: { ...optedOut, age: 16 } }).answer).toBe("not-used");
  });

  it("lets a statement that the use is undisclosed win over a use", () => {
    const p = policy({
      statements: [statement({ id: "s" }), statement({ id: "u", effect: "unknown", unknownBecause: "undisclosed", age: { below: 18 } })],
    });
    expect(ask(p, { at: "2025-01-01", user: { region: "US", age: 17 } }).answer).toBe("unknown");
    expect(ask(p, { at: "2025-01-01", user: { region: "US", age: 17 } }).reasons[0]?.code).toBe("undisclosed");
  });

  it("answers per recipient, and used if any recipient uses the data", () => {
    const p = policy({
      recipients: [
        { id: "test", label: "Test", kind: "platform" },
        { id: "partner", label: "Partner", kind: "affiliate", sources: [{ source: "test-source", quote: "q" }] },
      ],
      controls: [control({ id: "setting" })],
      statements: [
        statement({ id: "own", consent: { default: "on", controls: [{ control: "setting" }] } }),
        statement({ id: "shared", recipients: ["partner"], regions: { include: ["GB"] } }),
      ],
    });
    const user = { region: "GB", age: 30, optOuts: [{ control: "setting", at: "2024-06-01" }] };
    expect(ask(p, { at: "2025-01-01", user }).answer).toBe("used"); // the partner still uses it
    expect(ask(p, { at: "2025-01-01", user, recipient: "test" }).answer).toBe("not-used");
    expect(ask(p, { at: "2025-01-01", user, recipient: "partner" }).answer).toBe("used");
    expect(ask(p, { at: "2025-01-01", user: { ...user, region: "US" }, recipient: "partner" }).answer).toBe("unknown");
  });
});

describe("evaluate: disputes", () => {
  const p = policy({
    controls: [control({ id: "setting" })],
    statements: [
      statement({
        id: "s",
        consent: { default: "on", controls: [{ control: "setting" }] },
        disputes: [
          {
            id: "regulator",
            claim: "An opt-out after the start reaches only later data.",
            by: "A regulator",
            where: { regions: { include: ["EEA"] } },
            reading: { scopes: [{ chosenFrom: "2025-11-03", scope: "new-data-only" }] },
            confidence: "high",
            sources: [{ source: "test-source", quote: "q" }],
          },
        ],
      }),
    ],
  });
  const user = (region: string, at: string) => ({ region, age: 30, optOuts: [{ control: "setting", at }] });

  it.each([
    ["DE", "2025-11-10", "2023-01-01", "unknown"], // readings differ
    ["DE", "2025-11-10", "2025-11-20", "not-used"], // both readings agree
    ["DE", "2025-10-20", "2023-01-01", "not-used"], // opted out before the start: both agree
    ["US", "2025-11-10", "2023-01-01", "not-used"], // the dispute does not concern the US
  ])("%s, opted out %s, data from %s: %s", (region, out, created, answer) => {
    expect(ask(p, { at: "2025-12-15", user: user(region, out), data: { createdAt: created } }).answer).toBe(answer);
  });

  it("cites the dispute", () => {
    const decision = ask(p, { at: "2025-12-15", user: user("DE", "2025-11-10"), data: { createdAt: "2023-01-01" } });
    expect(decision.reasons[0]?.code).toBe("disputed");
    expect(decision.reasons[0]?.dispute?.by).toBe("A regulator");
  });
});

describe("evaluate: data conditions and partial categories", () => {
  it("applies creation windows, including an undisclosed cut-off", () => {
    const p = policy({
      statements: [
        statement({ id: "s" }),
        statement({ id: "lookback", effect: "not-used", data: { createdUntil: { earliest: "2003-05-05", latest: "2025-11-03" } } }),
      ],
    });
    expect(ask(p, { at: "2025-12-01", data: { createdAt: "2025-11-20" } }).answer).toBe("used");
    expect(ask(p, { at: "2025-12-01", data: { createdAt: "2003-01-01" } }).answer).toBe("not-used");
    const middle = ask(p, { at: "2025-12-01", data: { createdAt: "2023-06-01" } });
    expect(middle.answer).toBe("unknown");
    expect(middle.reasons[0]?.code).toBe("uncertain-date");
    expect(ask(p, { at: "2025-12-01" }).needs).toEqual(["data.createdAt"]);
  });

  it("answers not-used for data that did not exist yet", () => {
    const p = policy();
    expect(ask(p, { at: "2025-01-01", data: { createdAt: "2025-02-01" } }).reasons[0]?.code).toBe("not-yet-created");
  });

  it("splits on visibility and plan", () => {
    const p = policy({ statements: [statement({ id: "s", plans: ["free", "paid"], data: { visibility: "public" } })] });
    expect(ask(p, { at: "2025-01-01", user: { region: "US", plan: "free" }, data: { visibility: "public" } }).answer).toBe("used");
    expect(ask(p, { at: "2025-01-01", user: { region: "US", plan: "enterprise" }, data: { visibility: "public" } }).answer).toBe("unknown");
    expect(ask(p, { at: "2025-01-01", user: { region: "US" }, data: { visibility: "public" } }).needs).toEqual(["plan"]);
    expect(ask(p, { at: "2025-01-01", user: { region: "US", plan: "free" } }).needs).toEqual(["data.visibility"]);
  });

  it("answers a question about a declared sub-category from its parent's statements, and a parent from a used part", () => {
    const p = policy({
      categories: [{ id: "learning-videos", label: "Learning videos", description: "Course videos.", parent: "posts" }],
      statements: [statement({ id: "s", categories: ["posts"] }), statement({ id: "part", categories: ["learning-videos"], purposes: ["ai-inference"] })],
    });
    expect(evaluate(p, { purpose: "generative-ai-training", category: "learning-videos", at: "2025-01-01", user: { region: "US" } }).answer).toBe("used");
    const parent = evaluate(p, { purpose: "ai-inference", category: "posts", at: "2025-01-01", user: { region: "US" } });
    expect(parent.answer).toBe("used");
    expect(parent.reasons[0]?.message).toMatch(/^Part of this data/);
    // The reason says so as data too, and only where the statement speaks of a part.
    expect(parent.reasons.map((r) => r.partial)).toEqual([true]);
    const whole = evaluate(p, { purpose: "generative-ai-training", category: "learning-videos", at: "2025-01-01", user: { region: "US" } });
    expect(whole.reasons.map((r) => r.partial)).toEqual([undefined]);
    // And the decision says so, for tools that read only the answer.
    expect(parent.inPart).toBe(true);
    expect(whole).not.toHaveProperty("inPart");
  });

  it.each([
    ["only the part is used (the rest is opted out of)", { optOuts: [{ control: "setting", at: "2025-01-01" }] }, "used", true],
    ["the whole is used", {}, "used", undefined],
  ])("marks a use as in part when %s", (_, choices, answer, inPart) => {
    const p = policy({
      categories: [{ id: "flagged", label: "Flagged posts", description: "Posts flagged for review.", parent: "posts" }],
      controls: [control({ id: "setting" })],
      statements: [
        statement({ id: "all", categories: ["posts"], consent: { default: "on", controls: [{ control: "setting" }] } }),
        statement({ id: "flagged", categories: ["flagged"] }),
      ],
    });
    const d = evaluate(p, { purpose: "generative-ai-training", category: "posts", at: "2025-06-01", user: { region: "US", age: 30, ...choices } });
    expect(d.answer).toBe(answer);
    expect(d.inPart).toBe(inPart);
    // The same decision through the fast path (a policy's second question onwards).
    expect(evaluate(p, { purpose: "generative-ai-training", category: "posts", at: "2025-06-02", user: { region: "US", age: 30, ...choices } }).inPart).toBe(
      inPart,
    );
  });

  it("never marks an answer other than used as in part", () => {
    const p = policy({
      categories: [{ id: "flagged", label: "Flagged posts", description: "Posts flagged for review.", parent: "posts" }],
      statements: [statement({ id: "flagged", categories: ["flagged"], until: "2025-01-01" })],
    });
    const d = evaluate(p, { purpose: "generative-ai-training", category: "posts", at: "2025-06-01", user: { region: "US", age: 30 } });
    expect(d.answer).not.toBe("used");
    expect(d).not.toHaveProperty("inPart");
  });
});

describe("decisions are shared, and cannot be changed by one caller for the next", () => {
  it("freezes reasons, their sources and what they name, on every path", () => {
    const p = policy({
      controls: [control({ id: "setting" })],
      statements: [statement({ id: "s", consent: { default: "on", controls: [{ control: "setting" }] } })],
    });
    const q: Question = { purpose: "generative-ai-training", category: "posts", at: "2025-06-01", user: { region: "US", age: 30 } };
    // The general path (a policy's first question), the fast path, a timeline and the cross-platform answer.
    const decisions = [
      evaluate(p, q),
      evaluate(p, { ...q, at: "2025-06-02" }),
      ...timeline(p, { ...q, at: undefined } as never),
      ...evaluateAll([p], q).map((a) => a.decision),
    ];
    for (const d of decisions) {
      expect(d.reasons.length).toBeGreaterThan(0);
      for (const r of d.reasons) {
        expect(Object.isFrozen(r)).toBe(true);
        expect(Object.isFrozen(r.sources)).toBe(true);
        for (const s of r.sources) expect(Object.isFrozen(s)).toBe(true);
        if (r.statement) expect(Object.isFrozen(r.statement)).toBe(true);
        if (r.control) expect(Object.isFrozen(r.control)).toBe(true);
      }
    }
    const reason = evaluate(p, q).reasons[0] as unknown as { message: string; sources: unknown[] };
    expect(() => {
      reason.message = "changed";
    }).toThrow(TypeError);
    expect(() => reason.sources.pop()).toThrow(TypeError);
    expect(evaluate(p, { ...q, user: { region: "CA", age: 40 } }).reasons[0]?.message).not.toBe("changed");
  });
});

describe("arguments that are not what a function takes", () => {
  const q: Question = { purpose: "generative-ai-training", category: "posts", at: "2025-06-01", user: { region: "US", age: 30 } };
  it.each([
    [
      "a platform's id",
      "linkedin",
      '(policy): expected a policy object (getPolicy("linkedin") from ai-data-policy/catalog, or parsePolicy(text) from ai-data-policy/validate), got "linkedin"',
    ],
    ["null", null, "(policy): expected a policy object"],
    ["an empty object", {}, "statements: must be an array, got undefined (is this a policy? validate it with validatePolicy)"],
    ["a policy without a coverage", { statements: [], sources: [], recipients: [] }, "coverage: must be an object { from, until? }, got undefined"],
  ])("refuses %s as a policy with a PolicyError that says what it expected", (_, value, message) => {
    expect(() => evaluate(value as never, q)).toThrow(PolicyError);
    expect(() => evaluate(value as never, q)).toThrow(message);
    expect(() => timeline(value as never, q)).toThrow(PolicyError);
  });

  it("refuses undefined as a policy, before and after a policy was asked about (prepare's cache of the last one)", async () => {
    // A fresh copy of the module: no policy asked about yet.
    vi.resetModules();
    const fresh = (await import("../../src/index.js")) as typeof import("../../src/index.js");
    expect(() => fresh.evaluate(undefined as never, q)).toThrow(fresh.PolicyError);
    expect(() => fresh.evaluate(null as never, q)).toThrow(fresh.PolicyError);
    const p = policy();
    expect(evaluate(p, q).answer).toBe("used");
    expect(() => evaluate(undefined as never, q)).toThrow(PolicyError);
    // Another object with the same content is compiled for itself: a changed copy gets its own answers.
    const changed = policy({ statements: [{ ...(p.statements[0] as Policy["statements"][number]), effect: "not-used" }] });
    expect(evaluate(changed, q).answer).toBe("not-used");
    expect(evaluate(p, q).answer).toBe("used");
  });

  it("refuses a range, options or questions of the wrong kind with an InputError naming them", () => {
    const p = policy();
    const { at: _, ...withoutDay } = q;
    expect(() => timeline(p, withoutDay, null as never)).toThrow(new InputError("invalid-range", "range", null, "must be an object { from?, until? }"));
    expect(() => controlsFor(p, undefined as never)).toThrow(new InputError("invalid-question", "options", undefined, "must be an object { region, at }"));
    expect(() => controlsFor(p, { region: "XX", at: "2025-01-01" })).toThrow(/^region: /);
    expect(() => [...evaluateMany(p, null as never)]).toThrow(/^questions: must be an iterable of questions/);
  });
});

describe("the value an InputError shows", () => {
  it("shows an invalid Date as one, not as null", () => {
    const q: Question = { purpose: "generative-ai-training", category: "posts", at: new Date("x"), user: { region: "US", age: 30 } };
    expect(() => evaluate(policy(), q)).toThrow(/^at: Invalid Date is not a real date/);
  });
});
