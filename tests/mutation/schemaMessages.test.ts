import { describe, expect, it } from "vitest";
import type { Policy } from "../../src/index.js";
import { validatePolicy } from "../../src/validate/index.js";
import { policy, statement } from "../support/builders.js";

// The words of the schema's own errors, for the patterns and the one list that must not be empty.
// Cases found by surviving mutants of src/schema.

const first = (p: Policy) => {
  const result = validatePolicy(p);
  return result.issues.map((e) => [e.path, e.message])[0];
};

describe("schema error messages", () => {
  it.each([
    ["an id that is not kebab-case", policy({ id: "Bad_Id" }), ["id"], '"Bad_Id" must be a kebab-case id: lower-case letters, digits and single hyphens'],
    ["a name of spaces only", policy({ name: "   " }), ["name"], '"   " must have some text, not only spaces'],
    [
      "a URL that is not https",
      policy({ homepage: "http://example.com" }),
      ["homepage"],
      '"http://example.com" must be an https URL (with no space, quote or angle bracket; escape them as %20, %22, %3C, %3E)',
    ],
    [
      "a URL with a quote and angle brackets, which would end a page's link and start markup",
      policy({ homepage: 'https://example.com/"><script>alert(2)</script>' }),
      ["homepage"],
      '"https://example.com/\\"><script>alert(2)</script>" must be an https URL (with no space, quote or angle bracket; escape them as %20, %22, %3C, %3E)',
    ],
    [
      "a region that is neither a code nor a group id",
      policy({ statements: [statement({ id: "u", regions: { include: ["usa!"] } })] }),
      ["statements", 0, "regions", "include", 0],
      '"usa!" must be an ISO 3166-1 alpha-2 code (DE), a built-in group (EU, EEA) or a group id (designated-countries)',
    ],
    [
      "a fact without sources",
      policy({ statements: [statement({ id: "u", sources: [] as never })] }),
      ["statements", 0, "sources"],
      'every fact needs at least one source: add a citation { "source", "quote" }',
    ],
  ])("%s", (_, p, path, message) => {
    expect(first(p)).toEqual([path, message]);
  });
});
