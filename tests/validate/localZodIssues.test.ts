import { readFileSync, readdirSync } from "node:fs";
import fc from "fast-check";
import type * as z from "zod";
import { describe, expect, it } from "vitest";
import { PolicySchema } from "../../src/schema/policy.js";
import { policyShapeMembers } from "../../src/validate/generated/isPolicyShape.js";
import { localZodIssues, type RejectedItem } from "../../src/validate/localZodIssues.js";
import { mutation } from "../support/mutation.js";

// validatePolicy reports the structural problems of a JSON document from zod run part by part; they must
// be exactly the problems zod finds in the whole document, in any order.
const catalogue = readdirSync(new URL("../../policies/", import.meta.url))
  .filter((f) => f.endsWith(".json"))
  .map((f) => readFileSync(new URL(`../../policies/${f}`, import.meta.url), "utf8"));

const sorted = (issues: readonly z.core.$ZodIssue[]) => issues.map((issue) => JSON.stringify({ ...issue, input: JSON.stringify(issue.input) })).sort();
const whole = (value: unknown) => {
  const parsed = PolicySchema.safeParse(value);
  return parsed.success ? [] : parsed.error.issues;
};

describe("localZodIssues", () => {
  it("finds nothing in the catalogue", () => {
    for (const text of catalogue) expect(localZodIssues(JSON.parse(text))).toEqual([]);
  });

  it("finds what zod finds in the whole of a mutated catalogue document", () => {
    let found = 0;
    fc.assert(
      fc.property(fc.nat(catalogue.length - 1), fc.array(mutation(), { minLength: 1, maxLength: 4 }), (which, mutations) => {
        const doc = JSON.parse(catalogue[which] as string) as unknown;
        for (const mutate of mutations) mutate(doc);
        const value = JSON.parse(JSON.stringify(doc)) as unknown;
        const expected = whole(value);
        if (expected.length > 0) found++;
        expect(sorted(localZodIssues(value))).toEqual(sorted(expected));
      }),
      { numRuns: 1500 },
    );
    // Most mutations break the structure; the comparison is not made on valid documents alone.
    expect(found).toBeGreaterThan(0);
  });

  it("finds the same, from only the items the compiled check reports, when it accepts the rest", () => {
    let reported = 0;
    let runs = 0;
    fc.assert(
      fc.property(fc.nat(catalogue.length - 1), fc.array(mutation(), { minLength: 1, maxLength: 4 }), (which, mutations) => {
        runs++;
        const doc = JSON.parse(catalogue[which] as string) as unknown;
        for (const mutate of mutations) mutate(doc);
        const value = JSON.parse(JSON.stringify(doc)) as unknown;
        const rejected: RejectedItem[] = [];
        if (policyShapeMembers(value, { rejected, starts: {} }) < 0) return;
        if (rejected.length > 0) reported++;
        expect(sorted(localZodIssues(value, rejected))).toEqual(sorted(whole(value)));
      }),
      { numRuns: 1500 },
    );
    // Many mutations land inside a statement or a source, and are reported as that item.
    // Per run: a mutation run caps the number of runs (tests/support/fastCheckForMutation.ts).
    expect(reported).toBeGreaterThan(runs / 10);
  });

  it("finds the same, from only the members of items' objects that the compiled check reports, when it accepts the rest", () => {
    let members = 0;
    let runs = 0;
    fc.assert(
      fc.property(fc.nat(catalogue.length - 1), fc.array(mutation(), { minLength: 1, maxLength: 4 }), (which, mutations) => {
        runs++;
        const doc = JSON.parse(catalogue[which] as string) as unknown;
        for (const mutate of mutations) mutate(doc);
        const value = JSON.parse(JSON.stringify(doc)) as unknown;
        const rejected: RejectedItem[] = [];
        const failed: (unknown[] | null)[] = [];
        if (policyShapeMembers(value, { rejected, starts: {}, failed }) < 0) return;
        expect(failed).toHaveLength(rejected.length);
        members += failed.filter((f) => f !== null).length;
        const items = rejected.map((item, k) => ({ ...item, failed: failed[k] ?? null }));
        expect(sorted(localZodIssues(value, items))).toEqual(sorted(whole(value)));
      }),
      { numRuns: 1500 },
    );
    // Most items reported fail in the value of a member: a day, an id, a list of them.
    expect(members).toBeGreaterThan(runs / 10);
  });

  it("checks a member's value alone, and the whole item when a member's schema is not found", () => {
    const doc = JSON.parse(catalogue[0] as string) as { statements: Record<string, unknown>[] };
    const statement = doc.statements[0] as Record<string, unknown> & { sources: Record<string, unknown>[] };
    statement.from = "2025-02-30";
    (statement.sources[0] as Record<string, unknown>).source = 7;
    const rejected: RejectedItem[] = [];
    const failed: (unknown[] | null)[] = [];
    expect(policyShapeMembers(doc, { rejected, starts: {}, failed })).toBeGreaterThan(0);
    expect(rejected).toEqual([{ list: "statements", index: 0 }]);
    expect(failed).toEqual([[statement, "from", statement.sources[0], "source"]]);
    const expected = sorted(whole(doc));
    expect(expected).toHaveLength(2);
    expect(sorted(localZodIssues(doc, [{ ...rejected[0], failed: failed[0] } as RejectedItem]))).toEqual(expected);
    // A member whose object the walk does not meet (it is inside another reported member) is left to that one.
    const inner = { source: 7 };
    expect(
      sorted(localZodIssues(doc, [{ list: "statements", index: 0, failed: [statement, "from", inner, "source", statement.sources[0], "source"] }])),
    ).toEqual(expected);
    // A member whose schema is not found through objects and arrays (inside a union, which the compiled
    // check never reports): the whole item is checked.
    statement.from = { earliest: "2025-02-30" };
    const union = sorted(whole(doc));
    expect(union).toHaveLength(2);
    // The compiled check reports the member that holds the union, not the member inside it.
    const failed3: (unknown[] | null)[] = [];
    expect(policyShapeMembers(doc, { rejected: [], starts: {}, failed: failed3 })).toBeGreaterThan(0);
    expect(failed3).toEqual([[statement, "from", statement.sources[0], "source"]]);
    expect(sorted(localZodIssues(doc, [{ list: "statements", index: 0, failed: failed3[0] as unknown[] }]))).toEqual(union);
    expect(sorted(localZodIssues(doc, [{ list: "statements", index: 0, failed: [statement.from, "earliest", statement.sources[0], "source"] }]))).toEqual(
      union,
    );
    // When the compiled check fails the item itself, its members are not reported.
    statement.extra = true;
    const failed2: (unknown[] | null)[] = [];
    expect(policyShapeMembers(doc, { rejected: [], starts: {}, failed: failed2 })).toBeGreaterThan(0);
    expect(failed2).toEqual([null]);
  });

  it("refuses a list that is not one of the format's, and knows every list the compiled check reports", () => {
    expect(() => localZodIssues({ x: [1] }, [{ list: "x", index: 0 }])).toThrow("not a list of the policy format: x");
    expect(() => localZodIssues({ id: ["x"] }, [{ list: "id", index: 0 }])).toThrow("not a list of the policy format: id");
    // A document with every list the format has, each with a bad item: the check reports each list.
    const all = ["purposes", "categories", "regionGroups", "recipients", "minimumAge", "controls", "sources", "statements"];
    const doc = catalogue.map((t) => JSON.parse(t) as Record<string, unknown[]>).find((d) => all.every((key) => Array.isArray(d[key]))) as Record<
      string,
      unknown[]
    >;
    const lists = Object.keys(doc).filter((key) => Array.isArray(doc[key]));
    for (const list of lists) (doc[list] as unknown[]).push({ wrong: true });
    const rejected: RejectedItem[] = [];
    const starts: Record<string, number[]> = {};
    expect(policyShapeMembers(doc, { rejected, starts })).toBeGreaterThan(0);
    expect(Object.keys(starts).sort()).toEqual([...lists].sort());
    expect(new Set(rejected.map((r) => r.list))).toEqual(new Set(lists));
    expect(lists.length).toBe(8);
    expect(sorted(localZodIssues(doc, rejected))).toEqual(sorted(whole(doc)));
  });

  it.each([
    ["not an object", 42],
    ["an array", []],
    ["null", null],
    ["an empty object", {}],
    ["lists that are not lists", { statements: {}, sources: "x", recipients: 3, controls: null }],
    ["empty lists", { statements: [], sources: [], recipients: [], controls: [] }],
    ["an unknown key and a bad item", { extra: 1, statements: [{ id: "BAD" }] }],
  ])("finds what zod finds in %s", (_, value) => {
    expect(sorted(localZodIssues(value))).toEqual(sorted(whole(value)));
  });
});
