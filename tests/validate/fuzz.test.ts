import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compilePolicy } from "../../src/index.js";
import { PolicySchema, validatePolicy } from "../../src/validate/index.js";
import { mutation } from "../support/mutation.js";

const linkedin = readFileSync(new URL("../../policies/linkedin.json", import.meta.url), "utf8");

function check(input: unknown) {
  const started = performance.now();
  const result = validatePolicy(input, { file: "f.json" });
  expect(performance.now() - started).toBeLessThan(2000); // never hangs
  expect(typeof result.valid).toBe("boolean");
  for (const issue of result.issues) {
    expect(issue.message.length).toBeGreaterThan(0);
    expect(Array.isArray(issue.path)).toBe(true);
    if (issue.location) {
      expect(issue.location.line).toBeGreaterThanOrEqual(1);
      expect(issue.location.column).toBeGreaterThanOrEqual(1);
    }
  }
  return result;
}

describe("validatePolicy under fuzzing", () => {
  it("survives any JSON value, and never accepts what zod rejects", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const result = check(JSON.stringify(value));
        if (result.valid) expect(PolicySchema.safeParse(value).success).toBe(true);
        check(value);
      }),
      { numRuns: 300 },
    );
  });

  it("survives mutated catalogue documents, and accepts one only if zod does", () => {
    fc.assert(
      fc.property(fc.array(mutation(), { minLength: 1, maxLength: 3 }), (mutations) => {
        const doc = JSON.parse(linkedin) as unknown;
        for (const mutate of mutations) mutate(doc);
        const text = JSON.stringify(doc, null, 2);
        const result = check(text);
        if (result.valid) {
          expect(PolicySchema.safeParse(JSON.parse(text)).success).toBe(true);
          // What the validator accepts, the evaluator can read.
          expect(() => compilePolicy(result.policy as never)).not.toThrow();
        }
        // Every issue is located in the text.
        for (const issue of result.issues) expect(issue.location).toBeDefined();
      }),
      { numRuns: 200 },
    );
  });

  it("survives damaged text: cut, spliced and byte-flipped copies of a real policy", () => {
    fc.assert(
      fc.property(fc.nat(), fc.nat(), fc.string({ maxLength: 4 }), fc.integer({ min: 0, max: 255 }), (a, b, insert, byte) => {
        const i = a % linkedin.length;
        const j = b % linkedin.length;
        check(linkedin.slice(0, i));
        check(linkedin.slice(0, Math.min(i, j)) + insert + linkedin.slice(Math.max(i, j)));
        const bytes = new TextEncoder().encode(linkedin);
        bytes[i % bytes.length] = byte;
        check(bytes);
      }),
      { numRuns: 150 },
    );
  });
});
