import { describe, expect, it } from "vitest";
import { prepare } from "../../src/evaluate/compile.js";
import { formatDay } from "../../src/time/calendarDay.js";
import { type Policy, PolicyError, type Question, compilePolicy, controlsFor, evaluate } from "../../src/index.js";
import { SOURCE_ID, cite, control, dispute, policy, statement } from "../support/builders.js";

// What compilePolicy makes of a policy: the error it throws for each kind of broken reference (with
// its path and words), the sources it cites, and the words of the reasons it builds once per policy.

const ask = (p: Policy, q: Partial<Question> = {}) =>
  evaluate(p, { purpose: "generative-ai-training", category: "posts", at: "2025-01-01", user: { region: "US", age: 30 }, ...q });

function compileError(p: Policy): { path: string; message: string } {
  try {
    compilePolicy(p);
  } catch (error) {
    expect(error).toBeInstanceOf(PolicyError);
    const e = error as PolicyError;
    expect(e.name).toBe("PolicyError");
    return { path: e.path, message: e.message };
  }
  throw new Error("compilePolicy did not throw");
}

describe("compilePolicy refuses broken references", () => {
  const cases: [string, Policy, string, string][] = [
    [
      "a citation of an unknown source",
      policy({ statements: [statement({ id: "s", sources: [{ source: "nowhere", quote: "q" }] })] }),
      "statements[0].sources[0].source",
      'no source with id "nowhere"',
    ],
    [
      "a second citation of an unknown source",
      policy({
        statements: [
          statement({
            id: "s",
            sources: [
              { source: SOURCE_ID, quote: "q" },
              { source: "gone", quote: "q" },
            ],
          }),
        ],
      }),
      "statements[0].sources[1].source",
      'no source with id "gone"',
    ],
    [
      "a day that is not a day",
      policy({ statements: [statement({ id: "s", from: "2025-02-30" })] }),
      "statements[0].from",
      '"2025-02-30" is not a calendar day',
    ],
    [
      "an uncertain day with a bad bound",
      policy({ statements: [statement({ id: "s", from: { earliest: "2025-02-30", latest: "2025-03-01" } })] }),
      "statements[0].from",
      "an uncertain day's bounds must be calendar days",
    ],
    [
      "an uncertain day with a bad latest bound",
      policy({ statements: [statement({ id: "s", until: { earliest: "2025-02-01", latest: "2025-13-01" } })] }),
      "statements[0].until",
      "an uncertain day's bounds must be calendar days",
    ],
    [
      "an uncertain day with no bound",
      policy({ statements: [statement({ id: "s", from: {} as never })] }),
      "statements[0].from",
      "an uncertain day needs at least one bound",
    ],
    [
      "bounds out of order",
      policy({ statements: [statement({ id: "s", from: { earliest: "2025-03-02", latest: "2025-03-01" } })] }),
      "statements[0].from",
      "earliest is after latest",
    ],
    [
      "an unknown purpose",
      policy({ statements: [statement({ id: "s", purposes: ["generative-ai-training", "dreaming"] })] }),
      "statements[0].purposes[1]",
      'unknown purpose "dreaming"',
    ],
    [
      "an unknown category",
      policy({ statements: [statement({ id: "s", categories: ["posts", "thoughts"] })] }),
      "statements[0].categories[1]",
      'unknown category "thoughts"',
    ],
    [
      "an unknown recipient",
      policy({ statements: [statement({ id: "s", recipients: ["test", "acme"] })] }),
      "statements[0].recipients[1]",
      'unknown recipient "acme"',
    ],
    [
      "an unknown control",
      policy({ statements: [statement({ id: "s", consent: { default: "on", controls: [{ control: "nope" }] } })] }),
      "statements[0].consent.controls[0].control",
      'unknown control "nope"',
    ],
    [
      "an unknown region code",
      policy({ statements: [statement({ id: "s", regions: { include: ["US", "XX"] } })] }),
      "statements[0].regions.include[1]",
      '"XX" is not an ISO 3166-1 alpha-2 code',
    ],
    [
      "an unknown region group",
      policy({ statements: [statement({ id: "s", regions: { exclude: ["Narnia"] } })] }),
      "statements[0].regions.exclude[0]",
      '"Narnia" is neither a country code nor a known region group',
    ],
    [
      "a group that contains itself",
      policy({ regionGroups: [{ id: "loop", label: "Loop", members: [{ member: "loop" }], sources: [{ source: SOURCE_ID, quote: "q" }] }] }),
      "regionGroups[0].members[0].member",
      'region group "loop" contains itself',
    ],
    [
      "a purpose that is its own ancestor",
      policy({
        purposes: [
          { id: "a", label: "A", description: "A.", parent: "b" },
          { id: "b", label: "B", description: "B.", parent: "a" },
        ] as never,
      }),
      "purposes",
      '"a" is its own ancestor',
    ],
    [
      "a category with an unknown parent",
      policy({ categories: [{ id: "clips", label: "Clips", description: "Clips.", parent: "videos" }] }),
      "categories",
      '"clips" has an unknown parent "videos"',
    ],
    [
      "a dispute citing an unknown source",
      policy({ statements: [statement({ id: "s", disputes: [dispute({ sources: [{ source: "rumour", quote: "q" }] })] })] }),
      "statements[0].disputes[0].sources[0].source",
      'no source with id "rumour"',
    ],
    [
      "a dispute in an unknown region",
      policy({ statements: [statement({ id: "s", disputes: [dispute({}), dispute({ where: { regions: { include: ["FR", "QQ"] } } })] })] }),
      "statements[0].disputes[1].where.regions.include[1]",
      '"QQ" is not an ISO 3166-1 alpha-2 code',
    ],
    [
      "a dispute outside an unknown region",
      policy({ statements: [statement({ id: "s", disputes: [dispute({ where: { regions: { exclude: ["QQ"] } } })] })] }),
      "statements[0].disputes[0].where.regions.exclude[0]",
      '"QQ" is not an ISO 3166-1 alpha-2 code',
    ],
    [
      "a dispute ending on a day that is not a day",
      policy({ statements: [statement({ id: "s", disputes: [dispute({ where: { until: "2025-04-31" } })] })] }),
      "statements[0].disputes[0].where.until",
      '"2025-04-31" is not a calendar day',
    ],
    [
      "a policy's second group with an unknown member",
      policy({
        regionGroups: [
          { id: "one", label: "One", members: [{ member: "US" }], sources: cite() },
          { id: "two", label: "Two", members: [{ member: "CA" }, { member: "QQ" }], sources: cite() },
        ],
      }),
      "regionGroups[1].members[1].member",
      '"QQ" is not an ISO 3166-1 alpha-2 code',
    ],
    [
      "a control citing an unknown source",
      policy({ controls: [control({ id: "c", sources: [{ source: "gone", quote: "q" }] })] }),
      "controls[0].sources[0].source",
      'no source with id "gone"',
    ],
    [
      "a control with an undisclosed opening day citing an unknown source",
      policy({
        controls: [
          control({ id: "c" }),
          control({
            id: "d",
            availability: [{ from: { earliest: "2024-01-01", latest: "2024-02-01" }, sources: cite() }],
            sources: [{ source: "gone", quote: "q" }],
          }),
        ],
      }),
      "controls[1].sources[0].source",
      'no source with id "gone"',
    ],
    ["no platform recipient", policy({ recipients: [{ id: "acme", label: "Acme", kind: "affiliate" }] }), "recipients", 'no recipient of kind "platform"'],
    ["a coverage day that is not a day", policy({ coverage: { from: "2020-02-30" } }), "coverage.from", '"2020-02-30" is not a calendar day'],
    [
      "a coverage end that is not a day",
      policy({ coverage: { from: "2020-01-01", until: "2020-13-01" } }),
      "coverage.until",
      '"2020-13-01" is not a calendar day',
    ],
  ];

  it.each(cases)("%s", (_, p, path, message) => {
    expect(compileError(p)).toEqual({ path, message: `${path}: ${message}` });
  });

  it("reads a two-letter code as a country, UK as GB, and EU as the group", () => {
    const p = policy({ statements: [statement({ id: "s", regions: { include: ["UK", "EU"] } })] });
    expect(ask(p, { user: { region: "GB", age: 30 } }).answer).toBe("used");
    expect(ask(p, { user: { region: "FR", age: 30 } }).answer).toBe("used");
    expect(ask(p, { user: { region: "US", age: 30 } }).answer).toBe("unknown");
  });

  it("lets a group refer to a group defined after it", () => {
    const p = policy({
      regionGroups: [
        { id: "outer", label: "Outer", members: [{ member: "inner" }, { member: "US" }], sources: [{ source: SOURCE_ID, quote: "q" }] },
        { id: "inner", label: "Inner", members: [{ member: "CA" }], sources: [{ source: SOURCE_ID, quote: "q" }] },
      ],
      statements: [statement({ id: "s", regions: { include: ["outer"] } })],
    });
    expect(ask(p, { user: { region: "CA", age: 30 } }).answer).toBe("used");
    expect(ask(p, { user: { region: "US", age: 30 } }).answer).toBe("used");
    expect(ask(p, { user: { region: "MX", age: 30 } }).answer).toBe("unknown");
  });
});

describe("compilePolicy refuses values a policy that skipped validation can hold", () => {
  const s = (overrides: Record<string, unknown>) => policy({ statements: [statement({ id: "s", ...overrides } as never)] });
  it.each([
    ["an effect in another case", s({ effect: "Used" }), "statements[0].effect", '"Used" is not an effect (used, not-used, unknown)'],
    [
      "a default in capitals, which would have read as on",
      s({ consent: { default: "OFF", controls: [] } }),
      "statements[0].consent.default",
      '"OFF" is not "on", "off" or "undisclosed"',
    ],
    ["an age as text, which split without end", s({ age: { below: "x" } }), "statements[0].age.below", '"x" is not a whole number of years'],
    ["a plan in another case", s({ plans: ["Free"] }), "statements[0].plans[0]", '"Free" is not a plan (free, paid, business, enterprise, education)'],
    ["a confidence not in the scale", s({ confidence: "certain" }), "statements[0].confidence", '"certain" is not a confidence (high, medium, low)'],
  ])("%s", (_, p, path, message) => {
    expect(compileError(p)).toEqual({ path, message: `${path}: ${message}` });
  });

  it("turns an error of the engine's, from a shape it does not foresee, into a PolicyError that says what to do", () => {
    const broken = s({ purposes: null });
    const { path, message } = compileError(broken);
    expect(path).toBe("(policy)");
    expect(message).toMatch(
      /^\(policy\): is not a valid policy \(.+\); validatePolicy from ai-data-policy\/validate, or ai-data-policy validate FILE, says where$/,
    );
  });
});

describe("citations", () => {
  it("carry every field of the source that is given, and only those", () => {
    const p = policy({
      sources: [
        {
          id: SOURCE_ID,
          url: "https://example.com/a",
          title: "A",
          publisher: "P",
          published: "2024-01-01",
          captured: "2024-02-02",
          accessed: "2024-03-03",
          kind: "archive",
        },
        { id: "bare", url: "https://example.com/b", title: "B", publisher: "Q", accessed: "2024-04-04", kind: "secondary" },
        { id: "dated", url: "https://example.com/c", title: "C", publisher: "R", published: "2024-05-05", kind: "primary" },
      ] as never,
      statements: [
        statement({
          id: "s",
          sources: [
            { source: SOURCE_ID, quote: "first", locator: "section 2" },
            { source: "bare", quote: "second" },
            { source: "dated", quote: "third" },
          ],
        }),
      ],
    });
    expect(ask(p).reasons[0]?.sources).toEqual([
      {
        id: SOURCE_ID,
        url: "https://example.com/a",
        title: "A",
        publisher: "P",
        published: "2024-01-01",
        captured: "2024-02-02",
        accessed: "2024-03-03",
        kind: "archive",
        quote: "first",
        locator: "section 2",
      },
      { id: "bare", url: "https://example.com/b", title: "B", publisher: "Q", accessed: "2024-04-04", kind: "secondary", quote: "second" },
      { id: "dated", url: "https://example.com/c", title: "C", publisher: "R", published: "2024-05-05", kind: "primary", quote: "third" },
    ]);
    const [, bare, dated] = ask(p).reasons[0]?.sources ?? [];
    expect(Object.keys(bare as object)).toEqual(["id", "url", "title", "publisher", "accessed", "kind", "quote"]);
    expect(Object.keys(dated as object)).toEqual(["id", "url", "title", "publisher", "published", "kind", "quote"]);
  });
});

describe("reasons built by the compiler", () => {
  it("silent and outside coverage name the platform and the coverage", () => {
    const open = policy({ name: "Acme", coverage: { from: "2024-01-01" }, statements: [statement({ id: "s", purposes: ["ai-inference"] })] });
    expect(ask(open).reasons).toEqual([
      { code: "policy-silent", message: "Acme's policy says nothing about this purpose and data category on that day.", confidence: "high", sources: [] },
    ]);
    expect(ask(open, { at: "2023-12-31" }).reasons).toEqual([
      {
        code: "outside-coverage",
        message: "This history of Acme's policy covers 2024-01-01 onwards; the day asked about lies outside it.",
        confidence: "high",
        sources: [],
      },
    ]);
    const closed = policy({ name: "Acme", coverage: { from: "2024-01-01", until: "2025-06-01" } });
    expect(ask(closed, { at: "2025-06-01" }).reasons[0]?.message).toBe(
      "This history of Acme's policy covers 2024-01-01 to 2025-06-01; the day asked about lies outside it.",
    );
    expect(ask(closed, { at: "2025-05-31" }).answer).toBe("used");
    expect(ask(closed, { at: "2024-01-01" }).answer).toBe("used");
  });

  it("an undisclosed day names every fact that turns on it, sorted, with their notes, sources and the weakest confidence", () => {
    const p = policy({
      sources: [
        { id: SOURCE_ID, url: "https://example.com/a", title: "A", publisher: "P", published: "2024-01-01", kind: "primary" },
        { id: "other", url: "https://example.com/b", title: "B", publisher: "Q", published: "2024-01-01", kind: "secondary" },
      ],
      statements: [
        statement({ id: "s", summary: "Use starts." }),
        statement({
          id: "z",
          summary: "Zebra pause.",
          effect: "not-used",
          confidence: "medium",
          from: { earliest: "2024-09-18", latest: "2024-12-10", note: "Reported late." },
          sources: [{ source: "other", quote: "z" }],
        }),
        statement({
          id: "a",
          summary: "Alpha pause.",
          effect: "not-used",
          categories: ["posts"],
          from: { earliest: "2024-09-18", latest: "2024-12-10", note: "Reported late." },
          sources: [{ source: SOURCE_ID, quote: "a" }],
        }),
      ],
    });
    const d = ask(p, { at: "2024-10-01" });
    expect(d.answer).toBe("unknown");
    expect(d.reasons[0]).toMatchObject({
      code: "uncertain-date",
      message:
        "The answer turns on a date known only to lie between 2024-09-18 and 2024-12-10. Reported late. Facts that turn on it: Alpha pause; Zebra pause.",
      confidence: "medium",
    });
    expect(d.reasons[0]?.sources.map((s) => [s.id, s.quote])).toEqual([
      [SOURCE_ID, "a"],
      ["other", "z"],
    ]);
  });

  it.each([
    [{ latest: "2024-12-10" }, "2024-11-01", "no later than 2024-12-10"],
    [{ earliest: "2024-09-18" }, "2024-11-01", "no earlier than 2024-09-18"],
  ])("an undisclosed day %j is described as %s", (from, at, words) => {
    const p = policy({ statements: [statement({ id: "s", summary: "Use.", from })] });
    const d = ask(p, { at });
    expect(d.answer).toBe("unknown");
    expect(d.reasons[0]?.message).toBe(`The answer turns on a date known only to lie ${words}. Facts that turn on it: Use.`);
  });

  it("an uncertain day with equal bounds is an exact day", () => {
    const p = policy({ statements: [statement({ id: "s", from: { earliest: "2024-09-18", latest: "2024-09-18" } })] });
    expect(ask(p, { at: "2024-09-17" }).answer).toBe("unknown");
    expect(ask(p, { at: "2024-09-17" }).reasons[0]?.code).toBe("policy-silent");
    expect(ask(p, { at: "2024-09-18" }).answer).toBe("used");
  });

  it("a refusable request's reason names the control and the platform", () => {
    const p = policy({
      name: "Acme",
      controls: [control({ id: "form", kind: "form", mayBeRefused: true, labels: [{ text: "Object", sources: [{ source: SOURCE_ID, quote: "q" }] }] })],
      statements: [statement({ id: "s", consent: { default: "on", controls: [{ control: "form" }] } })],
    });
    const d = ask(p, { user: { region: "US", age: 30, optOuts: [{ control: "form", at: "2024-06-01" }] } });
    expect(d.answer).toBe("unknown");
    expect(d.needs).toEqual(["optOut.outcome"]);
    expect(d.reasons[0]).toMatchObject({
      code: "objection-outcome",
      message: "“Object” is a request Acme may refuse; the answer depends on whether it was accepted.",
      control: { id: "form", label: "Object" },
      confidence: "high",
    });
  });

  it("a dispute names who reads it differently and what they claim", () => {
    const p = policy({
      statements: [
        statement({
          id: "s",
          summary: "Use.",
          disputes: [
            {
              id: "d",
              by: "The regulator",
              claim: "It is not allowed.",
              reading: { effect: "not-used" },
              confidence: "low",
              sources: [{ source: SOURCE_ID, quote: "regulator" }],
            },
          ],
        }),
      ],
    });
    const d = ask(p);
    expect(d.answer).toBe("unknown");
    expect(d.reasons[0]).toMatchObject({
      code: "disputed",
      message: "Disputed: The regulator reads it differently. It is not allowed.",
      statement: { id: "s", summary: "Use.", effect: "used" },
      dispute: { id: "d", by: "The regulator", claim: "It is not allowed." },
      confidence: "low",
    });
    expect(d.reasons[0]?.sources.map((s) => s.quote)).toEqual(["regulator", "A quote from the test source."]);
    expect(d.reasons[1]?.code).toBe("used");
  });
});

describe("prepare", () => {
  it("compiles a policy once, and passes a compiled one through", () => {
    const p = policy();
    const a = prepare(p);
    expect(prepare(p)).toBe(a);
    expect(prepare(a)).toBe(a);
    expect(prepare(policy())).not.toBe(a);
  });
});

// Every calendar day and every region a catalogue policy writes, made impossible one at a time: where
// compilePolicy reads it, it must refuse the policy with the path of that very value (an uncertain day's
// bound is reported at the day it bounds). Which fields it reads is pinned below.
describe("compilePolicy names the path of every impossible day and region", () => {
  const show = (path: (string | number)[]) => path.map((k, i) => (typeof k === "number" ? `[${k}]` : i === 0 ? k : `.${k}`)).join("");
  function* places(value: unknown, path: (string | number)[] = []): Generator<{ path: (string | number)[]; kind: "day" | "region" }> {
    if (typeof value === "string") {
      if (/^\d{4}-\d{2}-\d{2}$/.test(value)) yield { path, kind: "day" };
      else if (/^[A-Z]{2}$/.test(value) && value !== "EU") yield { path, kind: "region" };
    } else if (Array.isArray(value)) for (const [i, v] of value.entries()) yield* places(v, [...path, i]);
    else if (value && typeof value === "object") for (const [k, v] of Object.entries(value)) yield* places(v, [...path, k]);
  }

  it("on every catalogue policy", async () => {
    const { getPolicy, listPolicies } = await import("../../src/catalog/index.js");
    const read = new Set<string>();
    for (const { id } of listPolicies()) {
      const original = getPolicy(id);
      for (const { path, kind } of places(original)) {
        const doc = structuredClone(original) as unknown as Record<string | number, unknown>;
        const parent = path.slice(0, -1).reduce<Record<string | number, unknown>>((o, k) => o[k] as Record<string | number, unknown>, doc);
        parent[path[path.length - 1] as string | number] = kind === "day" ? "2025-02-30" : "ZZ";
        let error: unknown;
        try {
          compilePolicy(doc as unknown as Policy);
        } catch (e) {
          error = e;
        }
        if (error === undefined) continue;
        expect(error).toBeInstanceOf(PolicyError);
        const last = path[path.length - 1];
        const expected = kind === "day" && (last === "earliest" || last === "latest") ? path.slice(0, -1) : path;
        expect((error as PolicyError).path, `${id}: ${show(path)}`).toBe(show(expected));
        expect((error as PolicyError).message).toContain(kind === "day" ? "calendar day" : '"ZZ" is not an ISO 3166-1 alpha-2 code');
        read.add(`${kind} ${show(path.map((k) => (typeof k === "number" ? 0 : k)))}`);
      }
    }
    expect([...read].sort()).toMatchInlineSnapshot(`
      [
        "day controls[0].availability[0].from",
        "day controls[0].availability[0].from.earliest",
        "day controls[0].availability[0].from.latest",
        "day controls[0].availability[0].until",
        "day controls[0].availability[0].until.earliest",
        "day controls[0].availability[0].until.latest",
        "day controls[0].labels[0].from",
        "day controls[0].labels[0].from.earliest",
        "day controls[0].labels[0].from.latest",
        "day controls[0].labels[0].until",
        "day controls[0].labels[0].until.earliest",
        "day controls[0].labels[0].until.latest",
        "day coverage.from",
        "day lastReviewed",
        "day minimumAge[0].from",
        "day minimumAge[0].from.latest",
        "day minimumAge[0].until",
        "day regionGroups[0].members[0].from",
        "day statements[0].consent.controls[0].scopes[0].chosenFrom",
        "day statements[0].consent.controls[0].scopes[0].chosenUntil",
        "day statements[0].consent.controls[0].scopes[0].chosenUntil.earliest",
        "day statements[0].consent.controls[0].scopes[0].chosenUntil.latest",
        "day statements[0].data.createdFrom",
        "day statements[0].data.createdFrom.earliest",
        "day statements[0].data.createdFrom.latest",
        "day statements[0].data.createdUntil",
        "day statements[0].data.createdUntil.earliest",
        "day statements[0].data.createdUntil.latest",
        "day statements[0].disputes[0].reading.scopes[0].chosenFrom",
        "day statements[0].disputes[0].reading.scopes[0].chosenUntil",
        "day statements[0].disputes[0].where.from",
        "day statements[0].disputes[0].where.from.earliest",
        "day statements[0].disputes[0].where.from.latest",
        "day statements[0].disputes[0].where.until",
        "day statements[0].from",
        "day statements[0].from.earliest",
        "day statements[0].from.latest",
        "day statements[0].until",
        "day statements[0].until.earliest",
        "day statements[0].until.latest",
        "region controls[0].availability[0].regions.exclude[0]",
        "region controls[0].availability[0].regions.include[0]",
        "region coverage.regions.include[0]",
        "region minimumAge[0].regions.exclude[0]",
        "region minimumAge[0].regions.include[0]",
        "region regionGroups[0].members[0].member",
        "region statements[0].regions.exclude[0]",
        "region statements[0].regions.include[0]",
      ]
    `);
  });
});

describe("the undisclosed days a question turns on", () => {
  // Variables are numbered in the order the compiler meets them: the built-in groups' (0: the EU's
  // outermost regions, joined no later than 1 December 2009), then the policy's groups, controls and
  // statements. The list for a question is every variable its candidate statements, their disputes and
  // the groups they name (nested groups too) depend on, ordered by bounds, not by the file.
  const p = policy({
    coverage: { from: "2000-01-01" },
    regionGroups: [
      { id: "other", label: "Other", members: [{ member: "MX", from: { earliest: "2022-01-01", latest: "2022-02-01" } }], sources: cite() },
      { id: "g", label: "G", members: [{ member: "EU" }, { member: "CA", from: { earliest: "2023-01-01", latest: "2023-03-01" } }], sources: cite() },
    ],
    statements: [
      statement({ id: "s3", until: { earliest: "2024-03-01", latest: "2024-05-01" } }),
      statement({ id: "s1", regions: { include: ["g"] }, from: { earliest: "2024-03-01", latest: "2024-04-01" } }),
      statement({ id: "s4", disputes: [dispute({ where: { from: { earliest: "2021-01-01" } } })] }),
      statement({ id: "s2", purposes: ["ai-inference"], effect: "not-used", from: { earliest: "2022-06-01", latest: "2022-07-01" } }),
    ],
  });
  // Compiled in each test, not when the file is collected: a mutant that makes compilePolicy throw must
  // fail a test, not stop the file from loading (which Stryker would count as a survivor).
  const compiled = () => compilePolicy(p);
  const day = (n: number) => (Number.isFinite(n) ? formatDay(n) : String(n));

  it("numbers them in the order met", () => {
    expect(compiled().variables.map((v) => [v.index, day(v.lo), day(v.hi)])).toEqual([
      [0, "-Infinity", "2009-12-01"],
      [1, "2022-01-01", "2022-02-01"],
      [2, "2023-01-01", "2023-03-01"],
      [3, "2024-03-01", "2024-05-01"],
      [4, "2024-03-01", "2024-04-01"],
      [5, "2021-01-01", "Infinity"],
      [6, "2022-06-01", "2022-07-01"],
    ]);
  });

  it("lists those of the candidates, by earliest then latest bound", () => {
    const c = compiled();
    expect(c.candidateVariables("generative-ai-training", "posts")).toEqual([0, 5, 2, 4, 3]);
    expect(c.candidateVariables("ai-inference", "posts")).toEqual([6]);
    expect(c.candidateVariables("ai-inference", "messages")).toEqual([]);
  });

  it("an uncertain day with equal bounds makes no variable", () => {
    const exact = compilePolicy(policy({ statements: [statement({ id: "s", from: { earliest: "2024-09-18", latest: "2024-09-18" } })] }));
    expect(exact.variables.map((v) => v.index)).toEqual([0]);
  });
});

describe("the reason of an undisclosed day", () => {
  it("names a built-in group's membership, with the group's notes and sources", () => {
    const p = policy({ coverage: { from: "2000-01-01" }, statements: [statement({ id: "s", from: "2000-01-01", regions: { include: ["EU"] } })] });
    const d = ask(p, { at: "2005-06-01", user: { region: "GF", age: 30 } });
    expect(d.answer).toBe("unknown");
    expect(d.reasons[0]?.message).toBe(
      "The answer turns on a date known only to lie no later than 2009-12-01. Outermost region under Articles 349 and 355(1) TFEU, in force 1 December 2009. Facts that turn on it: membership of European Union.",
    );
    const sources = d.reasons[0]?.sources ?? [];
    expect(sources.map((s) => [s.id, s.kind])).toEqual([
      ["eu-0", "primary"],
      ["eu-1", "primary"],
    ]);
    expect(Object.keys(sources[0] as object)).toEqual(["id", "url", "title", "publisher", "kind", "quote"]);
    expect(sources[1]?.quote.length).toBeGreaterThan(0);
  });

  it("names the facts that turn on the day among those the question is about, and all of them for a question about all", () => {
    const day = { latest: "2024-12-10", note: "Reported late." };
    const p = policy({
      categories: [{ id: "stories", label: "Stories", description: "Stories.", parent: "posts" }],
      controls: [control({ id: "setting", availability: [{ from: day, sources: [{ source: SOURCE_ID, quote: "a" }] }] })],
      statements: [
        statement({ id: "posts", summary: "Posts are used.", from: day, consent: { default: "on", controls: [{ control: "setting" }] } }),
        statement({ id: "inference", summary: "Inference on profiles.", purposes: ["ai-inference"], categories: ["profile"], from: day, effect: "not-used" }),
        statement({ id: "stories", summary: "Stories are used.", categories: ["stories"], from: day }),
      ],
    });
    const message = (q: Record<string, unknown>) => ask(p, { at: "2024-11-01", ...q }).reasons.find((r) => r.code === "uncertain-date")?.message;
    // Posts: their own statement, the part about stories (a used part counts), the control they link.
    expect(message({})).toBe(
      "The answer turns on a date known only to lie no later than 2024-12-10. Reported late. Facts that turn on it: Posts are used; Stories are used; availability of “Setting setting”.",
    );
    expect(message({ purpose: "ai-inference", category: "profile" })).toBe(
      "The answer turns on a date known only to lie no later than 2024-12-10. Reported late. Facts that turn on it: Inference on profiles.",
    );
    // The same reason object for every question that names the same facts.
    expect(ask(p, { at: "2024-11-02" }).reasons[0]).toBe(ask(p, { at: "2024-11-03" }).reasons[0]);
  });

  it("takes the weakest confidence of its facts, keeps the dots inside their words and joins their notes", () => {
    const day = (note: string) => ({ earliest: "2024-09-18", latest: "2024-12-10", note });
    const p = policy({
      statements: [
        statement({ id: "a", summary: "Acme Inc. pauses.", effect: "not-used", confidence: "low", from: day("First note.") }),
        statement({ id: "z", summary: "Zed starts.", effect: "used", confidence: "high", from: day("Second note.") }),
      ],
    });
    const d = ask(p, { at: "2024-10-01" });
    expect(d.reasons[0]).toMatchObject({
      code: "uncertain-date",
      message:
        "The answer turns on a date known only to lie between 2024-09-18 and 2024-12-10. First note. Second note. Facts that turn on it: Acme Inc. pauses; Zed starts.",
      confidence: "low",
    });
  });
});

describe("controls", () => {
  it("a control without labels is named by its id", () => {
    const p = policy({
      name: "Acme",
      controls: [control({ id: "form", kind: "form", mayBeRefused: true, labels: [] as never })],
      statements: [statement({ id: "s", consent: { default: "on", controls: [{ control: "form" }] } })],
    });
    const d = ask(p, { user: { region: "US", age: 30, optOuts: [{ control: "form", at: "2024-06-01" }] } });
    expect(d.reasons[0]?.message).toBe("“form” is a request Acme may refuse; the answer depends on whether it was accepted.");
  });

  it("a control's availability windows say where and when it could be used", () => {
    const p = policy({
      controls: [
        control({ id: "eu-only", availability: [{ from: "2024-06-01", regions: { include: ["EU"] }, sources: cite() }] }),
        control({ id: "anywhere" }),
      ],
    });
    const at = (region: string, day: string) => controlsFor(p, { region, at: day }).map((c) => c.availability);
    expect(at("FR", "2024-06-01")).toEqual(["available", "unknown"]);
    expect(at("FR", "2024-05-31")).toEqual(["not-available", "unknown"]);
    expect(at("US", "2024-06-01")).toEqual(["not-available", "unknown"]);
  });
});
