import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { validatePolicy } from "../../src/validate/index.js";

const linkedin = readFileSync(new URL("../../policies/linkedin.json", import.meta.url), "utf8");

// The semantic checks read JSON.parse's objects with plain property reads, which is right only while
// Object.prototype has nothing of its own beyond the standard: they must notice when it has.
describe("validatePolicy when Object.prototype has been added to", () => {
  it("reads only a document's own properties, as before", () => {
    const clean = validatePolicy(linkedin).issues;
    Object.defineProperty(Object.prototype, "unknownBecause", { value: "disputed", configurable: true, writable: true });
    try {
      const issues = validatePolicy(linkedin).issues;
      expect(issues.some((i) => i.code === "reason_without_unknown")).toBe(false);
      expect(issues).toEqual(clean);
    } finally {
      delete (Object.prototype as { unknownBecause?: unknown }).unknownBecause;
    }
  });
});
