import { readFileSync, readdirSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { documentShape } from "../../src/validate/documentShape.js";
import { validatePolicy } from "../../src/validate/index.js";
import { countColons, keysAndColons } from "../../src/validate/json/countMembers.js";
import { findSpan } from "../../src/validate/json/findSpan.js";
import { LineIndex } from "../../src/validate/json/lineIndex.js";
import type { PolicyIssue } from "../../src/validate/PolicyIssue.js";
import { mutation } from "../support/mutation.js";

// A document with a problem is located from its text's colons (locateByColons), starting at the item
// of a list that holds the problem: how many colons come before that item is told by the compiled
// shape check's count (documentShape). Both must be exact, or an issue is shown at the wrong place.
const catalogue = readdirSync(new URL("../../policies/", import.meta.url))
  .filter((f) => f.endsWith(".json"))
  .map((f) => readFileSync(new URL(`../../policies/${f}`, import.meta.url), "utf8"));

const LISTS = ["purposes", "categories", "regionGroups", "recipients", "controls", "sources", "statements"];

/** A catalogue document with some random changes, printed one of three ways. */
const damaged = fc
  .tuple(fc.nat(catalogue.length - 1), fc.array(mutation(), { minLength: 1, maxLength: 4 }), fc.constantFrom(0, 2, "\t"))
  .map(([which, mutations, indent]) => {
    const doc = JSON.parse(catalogue[which] as string) as unknown;
    for (const mutate of mutations) mutate(doc);
    return JSON.stringify(doc, null, indent);
  });

describe("documentShape", () => {
  it("says how many of the text's colons come before each item of each list, rejected or not", () => {
    let rejected = 0;
    let counted = 0;
    let runs = 0;
    fc.assert(
      fc.property(damaged, (text) => {
        runs++;
        if (text.includes("\\u")) return;
        const value = JSON.parse(text) as Record<string, unknown>;
        const { members, shape } = documentShape(value, 64);
        if (members < 0) return;
        expect(members).toBe(keysAndColons(value, 64));
        rejected += shape.rejected?.length ?? 0;
        for (const list of LISTS) {
          const items = value[list];
          if (!Array.isArray(items)) continue;
          items.forEach((_, index) => {
            counted++;
            expect(shape.colonsBefore?.(list, index)).toBe(countColons(text.slice(0, findSpan(text, [list, index]).offset)));
          });
          expect(shape.colonsBefore?.(list, items.length)).toBeUndefined();
        }
      }),
      { numRuns: 150 },
    );
    // Per run (about 1.8 rejected items and 36 items a run), since a mutation run caps the number of
    // runs (tests/support/fastCheckForMutation.ts).
    expect(rejected).toBeGreaterThan(runs / 2);
    expect(counted).toBeGreaterThan(runs * 15);
  });

  it("is -1, with nothing known, for a document whose own fields are not the policy's", () => {
    const doc = { ...(JSON.parse(catalogue[0] as string) as object), name: 7 };
    expect(documentShape(doc, 64)).toEqual({ members: -1, shape: { shaped: false } });
    // A rejected item nested deeper than allowed.
    const deep = JSON.parse(catalogue[0] as string) as { statements: unknown[] };
    deep.statements[0] = [[[[[[[["x"]]]]]]]];
    expect(documentShape(deep, 9).members).toBe(-1);
    expect(documentShape(deep, 64).members).toBe(keysAndColons(deep, 64));
  });
});

describe("validatePolicy's locations", () => {
  /** Where findSpan and a LineIndex put an issue, as validatePolicy did before it read colons. */
  const expected = (text: string, issue: PolicyIssue) => {
    const path = issue.code === "missing_property" ? issue.path.slice(0, -1) : issue.path;
    const span = findSpan(text, path);
    const onKey = issue.code === "unrecognized_keys" && span.keyOffset !== undefined;
    const offset = onKey ? (span.keyOffset as number) : span.offset;
    const length = onKey ? (span.keyLength as number) : span.length;
    return { ...new LineIndex(text).locate(offset), offset, length };
  };

  it("are where findSpan finds each issue's value, in damaged catalogue documents", () => {
    let located = 0;
    let runs = 0;
    fc.assert(
      fc.property(damaged, (text) => {
        runs++;
        for (const issue of validatePolicy(text).issues) {
          if (issue.path.length === 0 || issue.code === "duplicate_key") continue;
          located++;
          expect(issue.location, issue.message).toEqual(expected(text, issue));
        }
      }),
      { numRuns: 400 },
    );
    expect(located).toBeGreaterThan(runs);
  });
});
