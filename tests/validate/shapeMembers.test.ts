import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { KEBAB_CASE, mayMatchColon, policyShapeCheckCode } from "../../scripts/policyShapeCheck.mjs";
import isPolicyShape, { POLICY_SHAPE_DEPTH, isId, policyShapeMembers } from "../../src/validate/generated/isPolicyShape.js";
import { countColons, keysAndColons } from "../../src/validate/json/countMembers.js";
import { formatIssues, validatePolicy } from "../../src/validate/index.js";
import { mutation } from "../support/mutation.js";

// validatePolicy's quickest path: the compiled shape check counts a document's members and the colons in
// its strings as it checks it, and the text's colons must number the same, or a member was lost to a
// duplicate key. So the count must be exactly keysAndColons', for every document the check accepts.
const catalogue = readdirSync(new URL("../../policies/", import.meta.url))
  .filter((f) => f.endsWith(".json"))
  .map((f) => readFileSync(new URL(`../../policies/${f}`, import.meta.url), "utf8"));
const linkedin = readFileSync(new URL("../../policies/linkedin.json", import.meta.url), "utf8");
const lines = (text: string) => formatIssues(validatePolicy(text, { file: "p.json" }).issues);

describe("policyShapeMembers, the compiled check that counts", () => {
  it.each(catalogue.map((text, i) => [i, text] as const))("counts catalogue policy %i as keysAndColons does", (_, text) => {
    const doc = JSON.parse(text) as unknown;
    expect(policyShapeMembers(doc)).toBe(keysAndColons(doc, 64));
    // What the text's colons number, as there are no duplicate keys and no \u escapes of colons.
    expect(policyShapeMembers(doc)).toBe(countColons(text));
    expect(keysAndColons(doc, POLICY_SHAPE_DEPTH)).toBeGreaterThanOrEqual(0);
  });

  it("counts as keysAndColons does what it accepts, nests no deeper than it says, and is -1 for the rest", () => {
    let accepted = 0;
    let runs = 0;
    fc.assert(
      fc.property(fc.nat(catalogue.length - 1), fc.array(mutation(), { maxLength: 2 }), fc.string(), (which, mutations, extra) => {
        runs++;
        const doc = JSON.parse(catalogue[which] as string) as { summary: string };
        for (const mutate of mutations) mutate(doc);
        // Colons in free text, which is counted, and in an id, which is not.
        if (typeof doc === "object" && doc !== null && typeof doc.summary === "string") doc.summary += `${extra}: a: b`;
        const value = JSON.parse(JSON.stringify(doc)) as unknown;
        const members = policyShapeMembers(value);
        if (isPolicyShape(value)) {
          accepted++;
          expect(members).toBe(keysAndColons(value, 64));
          expect(keysAndColons(value, POLICY_SHAPE_DEPTH)).toBeGreaterThanOrEqual(0);
        } else expect(members).toBe(-1);
      }),
      { numRuns: 800 },
    );
    // Counted per run, since a mutation run caps the number of runs (tests/support/fastCheckForMutation.ts).
    expect(accepted).toBeGreaterThan(runs / 10);
  });

  it("with a report, names the items of the lists that fail and counts the rest, as if they were not there", () => {
    let reported = 0;
    let runs = 0;
    fc.assert(
      fc.property(fc.nat(catalogue.length - 1), fc.array(mutation(), { minLength: 1, maxLength: 3 }), (which, mutations) => {
        runs++;
        const doc = JSON.parse(catalogue[which] as string) as Record<string, unknown[]>;
        for (const mutate of mutations) mutate(doc);
        const value = JSON.parse(JSON.stringify(doc)) as Record<string, unknown[]>;
        const report: { list: string; index: number }[] = [];
        const members = policyShapeMembers(value, { rejected: report, starts: {} });
        // The check without a report is not changed by one.
        expect(policyShapeMembers(value)).toBe(report.length === 0 ? members : -1);
        if (members < 0) {
          expect(report).toEqual([]);
          return;
        }
        if (report.length === 0) return;
        reported++;
        // The document without the items reported (while each list keeps one) has the structure, and the same count.
        const without = structuredClone(value);
        for (const { list, index } of [...report].reverse()) (without[list] as unknown[]).splice(index, 1);
        if (report.every(({ list }) => (without[list] as unknown[]).length > 0)) {
          expect(policyShapeMembers(without)).toBe(members);
          expect(isPolicyShape(without)).toBe(true);
        }
        // And the items reported are those that fail alone, in order.
        const itemMembers = (item: unknown) => policyShapeMembers({ ...value, [report[0]?.list as string]: [item] });
        for (const { list, index } of report) expect(itemMembers(value[list]?.[index])).toBe(-1);
        expect(report).toEqual([...report].sort((a, b) => (a.list === b.list ? a.index - b.index : 0)));
      }),
      { numRuns: 800 },
    );
    expect(reported).toBeGreaterThan(runs / 10);
  });

  it("reports every bad item of a list, and nothing once the report is taken", () => {
    const doc = JSON.parse(linkedin) as { statements: { id: unknown }[]; sources: { url: unknown }[] };
    (doc.statements[1] as { id: unknown }).id = "NOT AN ID";
    (doc.statements[3] as { id: unknown }).id = 3;
    (doc.sources[0] as { url: unknown }).url = "http://insecure.example";
    const report: { list: string; index: number }[] = [];
    expect(policyShapeMembers(doc, { rejected: report, starts: {} })).toBeGreaterThan(0);
    expect(report).toEqual(
      [
        { list: "sources", index: 0 },
        { list: "statements", index: 1 },
        { list: "statements", index: 3 },
      ].sort((a, b) => Object.keys(doc).indexOf(a.list) - Object.keys(doc).indexOf(b.list)),
    );
    // The next check, without a report, fails the document on its first bad item.
    expect(policyShapeMembers(doc)).toBe(-1);
    expect(isPolicyShape(doc)).toBe(false);
    // A bad part that is not a list's item fails the document, reported or not.
    const report2 = { rejected: [], starts: {} };
    expect(policyShapeMembers({ ...doc, name: 7 }, report2)).toBe(-1);
    expect(report2).toEqual({ rejected: [], starts: {} });
  });

  it("undoes what an option of an anyOf counted before it failed", () => {
    const doc = JSON.parse(linkedin) as { statements: { from: unknown }[] };
    // An uncertain day, an object, is the second option of a day boundary: counted once.
    (doc.statements[0] as { from: unknown }).from = { earliest: "2020-01-01", latest: "2020-02-01" };
    expect(policyShapeMembers(doc)).toBeGreaterThan(0);
    expect(policyShapeMembers(doc)).toBe(keysAndColons(doc, 64));
    // An option that fails after counting some members: compiled from a schema made to have one.
    const free = { type: "string" };
    const schema = {
      $ref: "#/$defs/Root",
      $defs: {
        Root: {
          anyOf: [
            { type: "object", properties: { a: free }, required: ["a"], additionalProperties: false },
            { type: "object", properties: { a: free, b: free }, required: ["a"], additionalProperties: false },
          ],
        },
      },
    };
    const file = join(mkdtempSync(join(tmpdir(), "shape-")), "check.mjs");
    writeFileSync(file, policyShapeCheckCode(schema));
    return import(pathToFileURL(file).href).then((compiled: { policyShapeMembers: (v: unknown) => number; POLICY_SHAPE_DEPTH: number }) => {
      expect(compiled.policyShapeMembers({ a: "x:y", b: "z" })).toBe(3);
      expect(compiled.policyShapeMembers({ a: "x" })).toBe(1);
      expect(compiled.policyShapeMembers({ b: "x" })).toBe(-1);
      expect(compiled.POLICY_SHAPE_DEPTH).toBe(1);
    });
  });
});

describe("mayMatchColon: strings of which patterns are counted", () => {
  it.each([
    ["^[a-z0-9]+(?:-[a-z0-9]+)*$", false],
    ["^\\d{4}-\\d\\d-\\d\\d$", false],
    ["^(?:[A-Z]{2,3}|[a-z0-9]+)$", false],
    ["^[A-Za-z0-9_'+\\-]+@[A-Za-z]{2,}$", false],
    ["^https:\\/\\/\\S*$", true],
    ["^a:b$", true],
    ["^.$", true],
    ["^[^a]$", true],
    ["^\\S$", true],
    ["^\\W$", true],
    ["^\\x3a$", true],
    ["^\\u003a$", true],
    ["^[9-A]$", true],
    ["^[+-9]$", true],
    ["^[\\.-z]$", true],
    ["^[\\--\\[]$", true],
  ])("%s → %s", (source, expected) => {
    expect(mayMatchColon(source)).toBe(expected);
    // Never false for an expression that matches a colon.
    if (new RegExp(source).test(":")) expect(expected).toBe(true);
  });
});

describe("kebabCase, the id pattern written out", () => {
  it("accepts exactly what the regular expression does", () => {
    const pattern = new RegExp(KEBAB_CASE);
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom("a", "z", "0", "9", "-", "A", "_", ":", "é", " ", "\n"), maxLength: 12 }), (s) => {
        expect(isId(s)).toBe(pattern.test(s));
      }),
      { numRuns: 3000 },
    );
    for (const s of ["", "-", "a-", "-a", "a--b", "a-b", "ab-9c", "a\n", "\na"]) expect(isId(s)).toBe(pattern.test(s));
  });
});

describe("validatePolicy: duplicate keys in a document of the right shape", () => {
  const valid = validatePolicy(linkedin);
  it("finds the catalogue document valid on the quick path", () => {
    expect(valid.valid).toBe(true);
  });

  it.each([
    ["at the top", '"name": "LinkedIn",', '"name": "LinkedIn",\n  "name": "LinkedIn",', "name"],
    ["in a statement", '"effect": "used",', '"effect": "used",\n      "effect": "used",', "statements[0].effect"],
    ["holding an array of objects", '"labels": [', '"labels": [],\n      "labels": [', "controls[0].labels"],
    ["written with an escape", '"name": "LinkedIn",', '"name": "LinkedIn",\n  "n\\u0061me": "LinkedIn",', "name"],
  ])("reports one %s", (_, find, replace, path) => {
    const text = linkedin.replace(find, replace);
    const issues = validatePolicy(text).issues;
    expect(issues.map((i) => [i.code, i.path.join(".")])).toContainEqual(["duplicate_key", path.replace(/\[(\d+)\]/g, ".$1")]);
    expect(validatePolicy(text).valid).toBe(false);
  });

  it("says where, with the first one's line", () => {
    const text = linkedin.replace('"name": "LinkedIn",', '"name": "LinkedIn",\n  "name": "LinkedIn",');
    expect(lines(text)).toMatchInlineSnapshot(`
      "p.json:6:3 error duplicate key "name" (first at line 5, column 3); JSON parsers keep only the last one [duplicate_key] at name
      "
    `);
  });

  it("is not misled by keys and colons inside strings, or a key that only looks like another", () => {
    const inString = linkedin.replace('"name": "LinkedIn",', '"name": "LinkedIn \\"name\\": \\"x\\", {\\"a\\": 1}",');
    expect(validatePolicy(inString).issues).toEqual(valid.issues);
    expect(validatePolicy(inString).valid).toBe(true);
    // "n\u0061me" is "name": a duplicate; "n\u0062me" is another key, which the schema does not know.
    const other = linkedin.replace('"name": "LinkedIn",', '"name": "LinkedIn",\n  "n\\u0062me": "LinkedIn",');
    expect(validatePolicy(other).issues.map((i) => i.code)).toEqual(["unrecognized_keys"]);
  });
});
