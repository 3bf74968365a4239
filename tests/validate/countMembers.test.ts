import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { closingQuote } from "../../src/validate/json/closingQuote.js";
import { countKeys, countMembers } from "../../src/validate/json/countMembers.js";

// The quick path of validatePolicy trusts these two counts to agree exactly when no key was lost.
describe("countMembers and countKeys", () => {
  it("agree on any JSON value, however it is printed (keys and strings with quotes, backslashes, colons)", () => {
    const key = fc.string({ unit: fc.constantFrom("a", ":", '"', "\\", "{", "]", " ", "é") });
    const value = fc.letrec((tie) => ({
      node: fc.oneof({ depthSize: "small" }, fc.string(), fc.double(), fc.boolean(), fc.constant(null), fc.array(tie("node")), fc.dictionary(key, tie("node"))),
    })).node;
    fc.assert(
      fc.property(value, fc.constantFrom(0, 2, "\t"), (v, indent) => {
        const text = JSON.stringify(v, null, indent);
        expect(countMembers(text, 1000)).toBe(countKeys(JSON.parse(text)));
      }),
      { numRuns: 500 },
    );
  });

  it("count a duplicate key in the text but once in the value", () => {
    const text = '{"a": 1, "b": {"c": 2, "c": 3}}';
    expect(countMembers(text, 64)).toBe(4);
    expect(countKeys(JSON.parse(text))).toBe(3);
  });

  it("refuse nesting deeper than allowed, and a string that does not end", () => {
    expect(countMembers("[[[[1]]]]", 3)).toBe(-1);
    expect(countMembers("[[[[1]]]]", 4)).toBe(0);
    expect(countMembers('{"a": "open', 64)).toBe(-1);
  });

  it("find the quote that closes a string, past escaped quotes and backslashes", () => {
    expect(closingQuote('"a\\"b"', 0)).toBe(5);
    expect(closingQuote('"a\\\\"b"', 0)).toBe(4);
    expect(closingQuote('"a\\\\\\"b" ', 0)).toBe(7);
    expect(closingQuote('"never', 0)).toBe(-1);
  });
});
