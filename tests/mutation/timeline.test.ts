import { describe, expect, it } from "vitest";
import { InputError, type Policy, type QuestionWithoutDay, type Statement, timeline as timelineOf } from "../../src/index.js";
import { SOURCE_ID, control, policy, statement } from "../support/builders.js";

// timeline(): the days a run can start on (statements, creation windows, region memberships,
// disputes, scope rules, the user's choices and the data's creation), how runs merge, and the range.

// The fixture's last review (2099-12-31) starts a last run, from 2100-01-01, that carries the
// after-last-review caveat (tests/evaluate/lastReview.test.ts). These tests are about the runs before
// it: it is taken off, and the run before it is again the open-ended one.
const REVIEW_RUN = "2100-01-01";
const timeline = (...args: Parameters<typeof timelineOf>): ReturnType<typeof timelineOf> => {
  const all = timelineOf(...args);
  const last = all.at(-1);
  if (last === undefined || last.from !== REVIEW_RUN || all.length < 2 || !last.reasons.some((r) => r.code === "after-last-review")) return all;
  const before = all[all.length - 2] as (typeof all)[number];
  const { until: _, ...open } = before;
  return [...all.slice(0, -2), open];
};

const s = (id: string, o: Partial<Statement> = {}) => statement({ id, ...o });
const q: QuestionWithoutDay = { purpose: "generative-ai-training", category: "posts", user: { region: "US", age: 30 } };
const runs = (p: Policy, question: Partial<QuestionWithoutDay> = {}, range?: Parameters<typeof timeline>[2]) =>
  timeline(p, { ...q, ...question }, range).map((r) => [r.from, r.until ?? null, r.answer, r.reasons.map((x) => x.code).join(",")]);

describe("timeline: where runs start", () => {
  it("at the coverage's start, a statement's start and end, and no further", () => {
    const p = policy({ coverage: { from: "2024-01-01" }, statements: [s("u", { from: "2024-03-01", until: "2024-09-01" })] });
    expect(runs(p)).toEqual([
      ["2024-01-01", "2024-03-01", "unknown", "policy-silent"],
      ["2024-03-01", "2024-09-01", "used", "used"],
      ["2024-09-01", null, "unknown", "policy-silent"],
    ]);
  });

  it("a closed coverage ends the last run, and outside it nothing is said", () => {
    const p = policy({ coverage: { from: "2024-01-01", until: "2025-01-01" }, statements: [s("u", { from: "2023-01-01" })] });
    expect(runs(p)).toEqual([["2024-01-01", "2025-01-01", "used", "used"]]);
  });

  it("both bounds of an undisclosed day", () => {
    const p = policy({ coverage: { from: "2024-01-01" }, statements: [s("u", { from: { earliest: "2024-03-01", latest: "2024-06-01" } })] });
    expect(runs(p)).toEqual([
      ["2024-01-01", "2024-03-01", "unknown", "policy-silent"],
      ["2024-03-01", "2024-06-01", "unknown", "uncertain-date,used,policy-silent"],
      ["2024-06-01", null, "used", "used"],
    ]);
  });

  it("the data's creation day, and a creation window's edges", () => {
    const p = policy({ coverage: { from: "2024-01-01" }, statements: [s("u"), s("x", { effect: "not-used", data: { createdUntil: "2024-06-01" } })] });
    expect(runs(p, { data: { createdAt: "2024-03-01" } })).toEqual([
      ["2024-01-01", "2024-03-01", "not-used", "not-yet-created"],
      ["2024-03-01", null, "not-used", "excluded"],
    ]);
    const from = policy({ coverage: { from: "2024-01-01" }, statements: [s("u", { data: { createdFrom: "2024-06-01" } })] });
    expect(runs(from, { data: { createdAt: "2024-08-01" } })).toEqual([
      ["2024-01-01", "2024-08-01", "not-used", "not-yet-created"],
      ["2024-08-01", null, "used", "used"],
    ]);
    // Without a creation day, the window's start is where the answer may change.
    const d = timeline(from, q);
    expect(d.map((r) => r.from)).toEqual(["2024-01-01", "2024-06-01"]);
    expect(d[1]?.needs).toEqual(["data.createdAt"]);
  });

  it("the day of each choice", () => {
    const p = policy({
      coverage: { from: "2024-01-01" },
      controls: [control({ id: "c" })],
      statements: [s("u", { consent: { default: "on", controls: [{ control: "c" }] } })],
    });
    expect(runs(p, { user: { region: "US", age: 30, optOuts: [{ control: "c", at: "2024-05-05" }], optIns: [{ control: "c", at: "2024-07-07" }] } })).toEqual([
      ["2024-01-01", "2024-05-05", "used", "used-by-default"],
      ["2024-05-05", "2024-07-07", "not-used", "opted-out"],
      ["2024-07-07", null, "used", "used-by-default"],
    ]);
  });

  it("the days a region joins or leaves a group, also of a group inside a group", () => {
    const p = policy({
      coverage: { from: "2024-01-01" },
      regionGroups: [
        { id: "outer", label: "Outer", members: [{ member: "inner" }], sources: [{ source: SOURCE_ID, quote: "q" }] },
        { id: "inner", label: "Inner", members: [{ member: "US", from: "2024-04-01", until: "2024-10-01" }], sources: [{ source: SOURCE_ID, quote: "q" }] },
      ],
      statements: [s("u"), s("x", { effect: "not-used", regions: { include: ["outer"] } })],
    });
    expect(runs(p)).toEqual([
      ["2024-01-01", "2024-04-01", "used", "used"],
      ["2024-04-01", "2024-10-01", "not-used", "excluded"],
      ["2024-10-01", null, "used", "used"],
    ]);
    const ex = policy({ ...p, statements: [s("u", { regions: { exclude: ["inner"] } })] });
    expect(runs(ex).map((r) => r[0])).toEqual(["2024-01-01", "2024-04-01", "2024-10-01"]);
  });

  it("a dispute's days and regions", () => {
    const p = policy({
      coverage: { from: "2024-01-01" },
      regionGroups: [{ id: "g", label: "G", members: [{ member: "US", from: "2024-08-01" }], sources: [{ source: SOURCE_ID, quote: "q" }] }],
      statements: [
        s("u", {
          disputes: [
            {
              id: "d",
              by: "A regulator",
              claim: "Otherwise.",
              where: { from: "2024-03-01", until: "2024-12-01", regions: { exclude: ["g"] } },
              reading: { effect: "not-used" },
              confidence: "high",
              sources: [{ source: SOURCE_ID, quote: "q" }],
            },
          ],
        }),
      ],
    });
    expect(runs(p)).toEqual([
      ["2024-01-01", "2024-03-01", "used", "used"],
      ["2024-03-01", "2024-08-01", "unknown", "disputed,used"],
      ["2024-08-01", null, "used", "used"],
    ]);
    const inc = policy({
      ...p,
      statements: [
        {
          ...(p.statements[0] as Statement),
          disputes: [{ ...(p.statements[0]?.disputes?.[0] as NonNullable<Statement["disputes"]>[number]), where: { regions: { include: ["g"] } } }],
        },
      ],
    });
    expect(runs(inc).map((r) => r[0])).toEqual(["2024-01-01", "2024-08-01"]);
  });

  it("the days of scope rules, of a control's and of a dispute's reading", () => {
    const base = { coverage: { from: "2024-01-01" }, controls: [control({ id: "c", scope: "future-only" as const })] };
    const ruled = policy({
      ...base,
      statements: [
        s("u", {
          consent: { default: "on", controls: [{ control: "c", scopes: [{ chosenFrom: "2024-03-03", chosenUntil: "2024-09-09", scope: "new-data-only" }] }] },
        }),
      ],
    });
    const days = (p: Policy) => timeline(p, q).map((r) => r.from);
    // The answer does not change without a choice: one run, but every day was looked at.
    expect(days(ruled)).toEqual(["2024-01-01"]);
    const withOut = (p: Policy) =>
      timeline(p, { ...q, user: { region: "US", age: 30, optOuts: [{ control: "c", at: "2024-01-10" }] }, data: { createdAt: "2024-01-05" } }).map((r) => [
        r.from,
        r.answer,
      ]);
    expect(withOut(ruled)).toEqual([
      ["2024-01-01", "not-used"],
      ["2024-01-05", "used"],
      ["2024-01-10", "not-used"],
    ]);
    const disputed = policy({
      ...base,
      statements: [
        s("u", {
          consent: { default: "on", controls: [{ control: "c" }] },
          disputes: [
            {
              id: "d",
              by: "A regulator",
              claim: "Otherwise.",
              reading: { scopes: [{ chosenFrom: "2024-03-03", scope: "new-data-only" }] },
              confidence: "high",
              sources: [{ source: SOURCE_ID, quote: "q" }],
            },
          ],
        }),
      ],
    });
    expect(days(disputed)).toEqual(["2024-01-01"]);
  });
});

describe("timeline: more run starts", () => {
  it("the end of the coverage inside the range", () => {
    const p = policy({ coverage: { from: "2024-01-01", until: "2025-01-01" }, statements: [s("u", { from: "2023-01-01" })] });
    expect(runs(p, {}, { from: "2024-06-01", until: "2025-06-01" })).toEqual([
      ["2024-06-01", "2025-01-01", "used", "used"],
      ["2025-01-01", "2025-06-01", "unknown", "outside-coverage"],
    ]);
  });

  it("the end of a creation window, for data of unknown age", () => {
    const p = policy({ coverage: { from: "2024-01-01" }, statements: [s("u"), s("x", { effect: "not-used", data: { createdUntil: "2024-06-01" } })] });
    const r = timeline(p, q);
    expect(r.map((x) => [x.from, x.answer, x.needs])).toEqual([
      ["2024-01-01", "not-used", []],
      ["2024-06-01", "unknown", ["data.createdAt"]],
    ]);
  });
});

describe("timeline: runs and range", () => {
  it("merges days with the same answer, reasons and needs, and splits where the reasons change", () => {
    const p = policy({ coverage: { from: "2024-01-01" }, statements: [s("u", { until: "2024-06-01" }), s("v", { from: "2024-06-01" })] });
    expect(runs(p)).toEqual([
      ["2024-01-01", "2024-06-01", "used", "used"],
      ["2024-06-01", null, "used", "used"],
    ]);
    const same = policy({
      coverage: { from: "2024-01-01" },
      statements: [s("u"), s("v", { from: "2024-06-01", until: "2024-09-01", summary: "Statement u." })],
    });
    expect(timeline(same, q).map((r) => [r.from, r.reasons.map((x) => x.statement?.id)])).toEqual([
      ["2024-01-01", ["u"]],
      ["2024-06-01", ["u", "v"]],
      ["2024-09-01", ["u"]],
    ]);
    const needs = policy({ coverage: { from: "2024-01-01" }, statements: [s("u"), s("x", { effect: "not-used", from: "2024-06-01", age: { below: 18 } })] });
    const r = timeline(needs, { ...q, user: { region: "US" } });
    expect(r.map((x) => [x.from, x.answer, x.needs])).toEqual([
      ["2024-01-01", "used", []],
      ["2024-06-01", "unknown", ["age"]],
    ]);
  });

  it("keeps to the range: from inclusive, until exclusive, starts after from only", () => {
    const p = policy({ coverage: { from: "2024-01-01" }, statements: [s("u", { from: "2024-03-01", until: "2024-09-01" })] });
    expect(runs(p, {}, { from: "2024-03-01", until: "2024-09-01" })).toEqual([["2024-03-01", "2024-09-01", "used", "used"]]);
    expect(runs(p, {}, { from: "2024-02-01", until: "2024-09-02" })).toEqual([
      ["2024-02-01", "2024-03-01", "unknown", "policy-silent"],
      ["2024-03-01", "2024-09-01", "used", "used"],
      ["2024-09-01", "2024-09-02", "unknown", "policy-silent"],
    ]);
    expect(runs(p, {}, { from: "2024-04-01" })).toEqual([
      ["2024-04-01", "2024-09-01", "used", "used"],
      ["2024-09-01", null, "unknown", "policy-silent"],
    ]);
    expect(runs(p, {}, { until: "2024-03-02" })).toEqual([
      ["2024-01-01", "2024-03-01", "unknown", "policy-silent"],
      ["2024-03-01", "2024-03-02", "used", "used"],
    ]);
    expect(runs(p, {}, { from: "2024-03-01", until: "2024-03-02" })).toEqual([["2024-03-01", "2024-03-02", "used", "used"]]);
    expect(runs(p, {}, { from: new Date(Date.UTC(2024, 2, 1)) as never, until: "2024-03-02" })).toEqual([["2024-03-01", "2024-03-02", "used", "used"]]);
  });

  it.each([
    [{ from: "2024-03-01", until: "2024-03-01" }, "range.until", "must be after range.from"],
    [{ from: "2024-03-02", until: "2024-03-01" }, "range.until", "must be after range.from"],
    [{ from: "2024-02-30" }, "range.from", '"2024-02-30" is not a real date; give a calendar day as YYYY-MM-DD (or an ISO date-time with an offset)'],
    [{ until: "soon" }, "range.until", '"soon" is not a real date; give a calendar day as YYYY-MM-DD (or an ISO date-time with an offset)'],
  ])("refuses the range %j", (range, field, words) => {
    const p = policy();
    let error: unknown;
    try {
      timeline(p, q, range);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).code).toBe(field === "range.until" && words.startsWith("must") ? "invalid-range" : "invalid-date");
    expect((error as InputError).field).toBe(field);
    expect((error as InputError).message).toContain(words);
  });
});

// Cases found by surviving mutants of timeline.ts.
describe("timeline: the coverage's start, merged runs and the array returned", () => {
  it("a range that starts before the coverage: outside it, then silent from the coverage's start", () => {
    const p = policy({ coverage: { from: "2024-01-01" }, statements: [s("u", { from: "2024-03-01" })] });
    expect(runs(p, {}, { from: "2023-06-01" })).toEqual([
      ["2023-06-01", "2024-01-01", "unknown", "outside-coverage"],
      ["2024-01-01", "2024-03-01", "unknown", "policy-silent"],
      ["2024-03-01", null, "used", "used"],
    ]);
  });

  it("a day that changes nothing does not split a run that needs an input", () => {
    // The opt-out of a control for another purpose is a candidate day; without a region, each run needs it.
    const p = policy({
      controls: [control({ id: "other", purposes: ["ai-inference"] })],
      statements: [
        s("u", { regions: { include: ["US"] } }),
        s("i", { purposes: ["ai-inference"], consent: { default: "on", controls: [{ control: "other" }] } }),
      ],
    });
    const result = timeline(p, { ...q, user: { age: 30, optOuts: [{ control: "other", at: "2025-05-05" }] } });
    expect(result.map((r) => [r.from, r.until ?? null, r.answer, r.needs])).toEqual([
      ["2020-01-01", "2024-01-01", "unknown", []],
      ["2024-01-01", null, "unknown", ["region"]],
    ]);
  });

  it("a plain array of runs, with no other keys", () => {
    const p = policy({ coverage: { from: "2024-01-01" }, statements: [s("u", { from: "2024-03-01" })] });
    expect(Object.keys(timeline(p, q))).toEqual(["0", "1"]);
    expect(Object.keys(timeline(p, q, { until: "2024-02-01" }))).toEqual(["0"]);
  });
});
