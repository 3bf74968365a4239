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

  it("refuses a list that is not one of the format's, and knows every list the compiled check reports", () => {
    expect(() => localZodIssues({ x: [1] }, [{ list: "x", index: 0 }])).toThrow("not a list of the policy format: x");
    expect(() => localZodIssues({ id: ["x"] }, [{ list: "id", index: 0 }])).toThrow("not a list of the policy format: id");
    // A document with every list the format has, each with a bad item: the check reports each list.
    const all = ["purposes", "categories", "regionGroups", "recipients", "controls", "sources", "statements"];
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
    expect(lists.length).toBe(7);
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
