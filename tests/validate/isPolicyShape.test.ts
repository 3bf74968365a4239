import { readFileSync, readdirSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { OUTPUT, TYPES, policyShapeCheckCode, policyShapeCheckTypes } from "../../scripts/policyShapeCheck.mjs";
import { PolicySchema } from "../../src/schema/policy.js";
import isPolicyShape from "../../src/validate/generated/isPolicyShape.js";
import { mutation } from "../support/mutation.js";

// validatePolicy accepts a document without zod when the check generated from the JSON Schema accepts
// it. So the check must never accept what zod rejects; and it should reject only what zod rejects, or
// valid documents pay for both.
const committedSchema = JSON.parse(readFileSync(new URL("../../schema/policy.schema.json", import.meta.url), "utf8")) as Record<string, unknown>;
const catalogue = readdirSync(new URL("../../policies/", import.meta.url))
  .filter((f) => f.endsWith(".json"))
  .map((f) => readFileSync(new URL(`../../policies/${f}`, import.meta.url), "utf8"));
const agree = (value: unknown) => expect(isPolicyShape(value)).toBe(PolicySchema.safeParse(value).success);

/** Every path to a string in a value. */
function stringPaths(value: unknown, path: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  if (typeof value === "string") out.push(path);
  else if (value && typeof value === "object") for (const [k, v] of Object.entries(value)) stringPaths(v, [...path, Array.isArray(value) ? Number(k) : k], out);
  return out;
}
function setAt(doc: unknown, path: (string | number)[], value: unknown): void {
  const parent = path.slice(0, -1).reduce<unknown>((o, k) => (o as Record<string | number, unknown>)[k], doc) as Record<string | number, unknown>;
  parent[path[path.length - 1] as string | number] = value;
}

describe("isPolicyShape, the JSON Schema compiled ahead of time", () => {
  it("is what scripts/policyShapeCheck.mjs makes of the committed schema (run `npm run schema`)", () => {
    expect(readFileSync(OUTPUT, "utf8")).toBe(policyShapeCheckCode(committedSchema));
    expect(readFileSync(TYPES, "utf8")).toBe(policyShapeCheckTypes(committedSchema));
  });

  it("needs no runtime module and no eval", () => {
    const code = readFileSync(OUTPUT, "utf8");
    expect(code).not.toMatch(/require\(|import |new Function|eval\(/);
  });

  it.each(catalogue.map((text, i) => [i, text] as const))("accepts catalogue policy %i, as zod does", (_, text) => {
    expect(isPolicyShape(JSON.parse(text))).toBe(true);
  });

  it("agrees with zod on randomly mutated catalogue documents", () => {
    fc.assert(
      fc.property(fc.nat(catalogue.length - 1), fc.array(mutation(), { minLength: 1, maxLength: 3 }), (which, mutations) => {
        // Round-tripped through JSON text, as validatePolicy's values are.
        const doc = JSON.parse(catalogue[which] as string) as unknown;
        for (const mutate of mutations) mutate(doc);
        agree(JSON.parse(JSON.stringify(doc)));
      }),
      { numRuns: 1500 },
    );
  });

  it("agrees with zod on any string in any string's place, at the length limits too", () => {
    const docs = catalogue.map((text) => JSON.parse(text) as unknown);
    const paths = docs.map((doc) => stringPaths(doc));
    // Every length limit in the schema, and one either side of it.
    const limits = JSON.stringify(committedSchema).matchAll(/"(?:min|max)Length":(\d+)/g);
    const lengths = [...new Set([0, 1, 2, ...[...limits].flatMap(([, n]) => [Number(n) - 1, Number(n), Number(n) + 1])])];
    // An astral character is two UTF-16 units and one character to both length limits, zod's and ajv's.
    const piece = fc.oneof(
      fc.string({ unit: "binary", maxLength: 6 }),
      fc.constantFrom("😀", "a", "A", "-", "DE", "2025-01-01", "https://x.org/", "é", "\u2028"),
    );
    // Replaced by a piece repeated to a length in UTF-16 units, or kept and padded with one character to
    // a length in code points: a padded URL, id or date still matches its pattern, so its limit is tried.
    const padding = fc.constantFrom("a", "😀", "0");
    fc.assert(
      fc.property(
        fc.nat(),
        fc.nat(),
        fc.oneof(
          piece,
          padding.map((pad) => ({ pad })),
        ),
        fc.constantFrom(...lengths),
        (d, p, change, length) => {
          const which = d % docs.length;
          const doc = structuredClone(docs[which]);
          const list = paths[which] as (string | number)[][];
          const path = list[p % list.length] as (string | number)[];
          const original = path.reduce<unknown>((o, k) => (o as Record<string | number, unknown>)[k], doc) as string;
          const text =
            typeof change === "string"
              ? change.repeat(Math.ceil(length / Math.max(1, change.length))).slice(0, length)
              : original + change.pad.repeat(Math.max(0, length - [...original].length));
          setAt(doc, path, text);
          agree(doc);
        },
      ),
      { numRuns: 1500 },
    );
  });

  it.each([
    ["a name of 200 emoji: 400 UTF-16 units, 200 characters, at the limit", (doc: Record<string, unknown>) => (doc.name = "😀".repeat(200))],
    ["a name of 201 emoji, over the limit", (doc: Record<string, unknown>) => (doc.name = "😀".repeat(201))],
    ["a name of 199 emoji and a lone surrogate", (doc: Record<string, unknown>) => (doc.name = `${"😀".repeat(199)}\ud800`)],
    ["an own __proto__ key", (doc: Record<string, unknown>) => Object.defineProperty(doc, "__proto__", { value: {}, enumerable: true })],
    ["a day with a line break after it", (doc: Record<string, unknown>) => (doc.lastReviewed = "2025-01-01\n")],
    ["an id in upper case", (doc: Record<string, unknown>) => (doc.id = "LinkedIn")],
    ["formatVersion 1.0", (doc: Record<string, unknown>) => (doc.formatVersion = 1.0)],
    ["formatVersion as a string", (doc: Record<string, unknown>) => (doc.formatVersion = "1")],
  ])("agrees with zod: %s", (_, change) => {
    const doc = JSON.parse(catalogue[0] as string) as Record<string, unknown>;
    change(doc);
    agree(doc);
  });
});
