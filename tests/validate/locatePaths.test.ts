import { readFileSync, readdirSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { COLON_CHECKPOINT, countColons, countColonsMarking, countKeys, countMembers, keysAndColons } from "../../src/validate/json/countMembers.js";
import { findSpan } from "../../src/validate/json/findSpan.js";
import { LineIndex } from "../../src/validate/json/lineIndex.js";
import { locateByColons } from "../../src/validate/json/locateByColons.js";
import { locatePaths } from "../../src/validate/json/locatePaths.js";
import type { JsonPath } from "../../src/validate/json/scanJson.js";

const policies = new URL("../../policies/", import.meta.url);
const catalogue = readdirSync(policies)
  .filter((f) => f.endsWith(".json"))
  .map((f) => readFileSync(new URL(f, policies), "utf8"));

/** Every path into a value, and each one made longer by a segment that leads nowhere. */
function pathsOf(value: unknown, prefix: (string | number)[] = [], out: JsonPath[] = []): JsonPath[] {
  out.push(prefix, [...prefix, "nowhere"], [...prefix, 7]);
  if (Array.isArray(value)) {
    for (const [i, v] of value.entries()) pathsOf(v, [...prefix, i], out);
  } else if (typeof value === "object" && value !== null) for (const [k, v] of Object.entries(value)) pathsOf(v, [...prefix, k], out);
  return out;
}

/** What validatePolicy located before the guided pass: findSpan for each path, lines from a LineIndex. */
function expected(text: string, path: JsonPath) {
  const lines = new LineIndex(text);
  const span = findSpan(text, path);
  const at = (offset: number, length: number) => ({ offset, length, ...lines.locate(offset) });
  return {
    value: at(span.offset, span.length),
    key: span.keyOffset === undefined ? undefined : at(span.keyOffset, span.keyLength as number),
  };
}

type Locate = (text: string, value: unknown, paths: readonly JsonPath[]) => ReturnType<typeof locatePaths>;
const byColons: Locate = (text, value, paths) => locateByColons(text, value, paths, new LineIndex(text));
/** The same, with the text's colons counted beforehand, a checkpoint every 64. */
const byCheckpoints: Locate = (text, value, paths) => {
  const checkpoints: number[] = [];
  expect(countColonsMarking(text, checkpoints)).toBe(countColons(text));
  expect(checkpoints.length).toBe(Math.ceil(countColons(text) / COLON_CHECKPOINT));
  return locateByColons(text, value, paths, new LineIndex(text), undefined, checkpoints);
};

function check(text: string, paths: readonly JsonPath[], locate: Locate = locatePaths): boolean {
  const spans = locate(text, JSON.parse(text), paths);
  if (spans === undefined) return false;
  paths.forEach((path, n) => {
    const span = spans[n];
    expect(span).toBeDefined();
    const { key, ...value } = span as NonNullable<typeof span>;
    const want = expected(text, path);
    expect({ value: { offset: value.offset, length: value.length, line: value.line, column: value.column }, key }).toEqual(want);
  });
  return true;
}

/** Any JSON value, with keys and strings made of the characters given (those that make text hard to follow). */
const jsonValue = (keyUnits: readonly string[], stringUnits: readonly string[]) =>
  fc.letrec((tie) => ({
    node: fc.oneof(
      { depthSize: "small" },
      fc.string({ unit: fc.constantFrom(...stringUnits) }),
      fc.double({ noNaN: true, noDefaultInfinity: true }),
      fc.boolean(),
      fc.constant(null),
      fc.array(tie("node")),
      fc.dictionary(fc.string({ unit: fc.constantFrom(...keyUnits) }), tie("node")),
    ),
  })).node;

const printings = (value: unknown): string[] => {
  const pretty = JSON.stringify(value, null, 2);
  return [pretty, JSON.stringify(value), JSON.stringify(value, null, "\t"), pretty.replace(/\n/g, "\r\n"), pretty.replace(/\n/g, "\r"), ` \n${pretty}\n`];
};

describe("locatePaths", () => {
  it("finds what findSpan and a LineIndex find, for every path into a catalogue policy, however printed", () => {
    for (const text of catalogue.slice(0, 3)) {
      const value = JSON.parse(text) as unknown;
      const paths = pathsOf(value).filter((_, i) => i % 7 === 0);
      for (const printed of printings(value)) expect(check(printed, paths)).toBe(true);
    }
  });

  it("agrees with findSpan on any JSON value, or gives up", () => {
    const value = jsonValue(["a", "b", ":", '"', "\\", "{", "]", " ", "é", "\n"], ["x", '"', "\\", "/", "\n", "é", "\u2028"]);
    let located = 0;
    let runs = 0;
    fc.assert(
      fc.property(value, (v) => {
        runs++;
        const paths = pathsOf(v).slice(0, 40);
        for (const printed of printings(v)) if (check(printed, paths)) located++;
      }),
      { numRuns: 300 },
    );
    // It gives up only on what it cannot follow (keys the engine reorders): rarely.
    // Per run, since a mutation run caps the number of runs (tests/support/fastCheckForMutation.ts).
    expect(located).toBeGreaterThan(runs * 6 * 0.8);
  });

  it("gives up on text whose members the parsed value does not match, and on numeric keys", () => {
    expect(locatePaths('{"a": 1, "a": 2}', { a: 2 }, [["a"]])).toBeUndefined();
    expect(locatePaths('{"b": 1, "1": 2}', JSON.parse('{"b": 1, "1": 2}'), [["b"]])).toBeUndefined();
    expect(locatePaths('\ufeff{"a": 1}', { a: 1 }, [["a"]])).toBeUndefined();
  });

  it("follows nesting deeper than it recurses, by counting brackets", () => {
    const deep = `{"a": ${"[".repeat(300)}"x"${"]".repeat(300)},\n "b": 1}`;
    expect(check(deep, [["b"], ["a"], []])).toBe(true);
    expect(locatePaths(deep, JSON.parse(deep), [["a", ...Array.from({ length: 250 }, () => 0)]])).toBeUndefined();
  });
});

describe("the quick check that no member was lost", () => {
  /** JSON text from a value, with some members written twice (the second time with another value). */
  const withDuplicates = fc.letrec((tie) => ({
    node: fc.oneof(
      { depthSize: "small" },
      fc.constantFrom('"x:y"', '"a\\"b"', "1", "null", '"\\\\u"', '"\\u003a"'),
      fc.array(tie("node")).map((items) => `[${items.join(", ")}]`),
      fc
        .array(fc.tuple(fc.constantFrom("a", "b", "c:d", 'e"f'), tie("node")), { maxLength: 4 })
        .map((members) => `{${members.map(([k, v]) => `${JSON.stringify(k)}: ${v}`).join(",\n ")}}`),
    ),
  })).node;

  it("accepts text exactly when counting the members in the text does", () => {
    fc.assert(
      fc.property(withDuplicates, fc.integer({ min: 1, max: 8 }), (text, maxDepth) => {
        const value = JSON.parse(text) as unknown;
        const counted = keysAndColons(value, maxDepth);
        const quick = counted >= 0 && !text.includes("\\u") && countColons(text) === counted;
        const members = countMembers(text, maxDepth);
        const careful = members >= 0 && members === countKeys(value);
        if (!text.includes("\\u")) expect(quick).toBe(careful);
        // Never accepts what the careful count refuses, with or without escapes.
        if (quick) expect(careful).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it("counts colons in keys and strings, and refuses nesting deeper than allowed", () => {
    expect(keysAndColons(JSON.parse('{"a:b": ["c:d", {"e": ":"}]}'), 64)).toBe(2 + 3); // two keys, three colons in keys and strings
    expect(keysAndColons("a:b", 64)).toBe(1);
    expect(keysAndColons(JSON.parse("[[[[1]]]]"), 3)).toBe(-1);
    expect(keysAndColons(JSON.parse("[[[[1]]]]"), 4)).toBe(0);
    expect(countColons('{"a": "b:c"}')).toBe(2);
  });
});

describe("locateByColons", () => {
  it("finds what findSpan and a LineIndex find, for every path into a catalogue policy, however printed", () => {
    for (const text of catalogue.slice(0, 4)) {
      const value = JSON.parse(text) as unknown;
      const paths = pathsOf(value).filter((_, i) => i % 7 === 3);
      for (const printed of printings(value)) expect(check(printed, paths, byColons)).toBe(true);
      // One path at a time too: each stops the count at its own colon; and from the checkpoint before it.
      for (const path of paths.filter((_, i) => i % 13 === 0)) {
        expect(check(text, [path], byColons)).toBe(true);
        expect(check(text, [path], byCheckpoints)).toBe(true);
      }
      expect(check(text, paths, byCheckpoints)).toBe(true);
    }
  });

  it("agrees with findSpan on any JSON value without a \\u escape, or gives up", () => {
    const value = jsonValue(["a", "b", ":", '"', "\\", "{", "]", " ", "é", "\n", "/", "1"], ["x", ":", '"', "\\", "/", "\n", "é", "\u2028", "{"]);
    let located = 0;
    let tried = 0;
    fc.assert(
      fc.property(value, fc.nat(), (v, pick) => {
        const all = pathsOf(v);
        const paths = [all[pick % all.length] as JsonPath, ...all.filter((_, i) => i % 3 === pick % 3).slice(0, 30)];
        for (const printed of printings(v)) {
          if (printed.includes("\\u")) continue;
          tried++;
          if (check(printed, paths, byColons)) located++;
        }
      }),
      { numRuns: 400 },
    );
    // It gives up on keys it cannot check (quotes, backslashes) and keys the engine reorders: not often.
    expect(located).toBeGreaterThan(tried * 0.6);
  });

  it("gives up where the engine lists keys out of the text's order, or a key is not the one expected", () => {
    expect(byColons('{"b": 1, "1": 2}', JSON.parse('{"b": 1, "1": 2}'), [["b"]])).toBeUndefined();
    expect(byColons('{"1": 2, "b": 1}', JSON.parse('{"1": 2, "b": 1}'), [["b"]])).toBeUndefined();
    // A key written with an escape is not the key itself between quotes.
    expect(byColons('{"a\\/b": 1}', { "a/b": 1 }, [["a/b"]])).toBeUndefined();
    expect(byColons('{"a\\"b": 1}', { 'a"b': 1 }, [['a"b']])).toBeUndefined();
    // A value that is not what the text holds (a member lost to a duplicate key).
    expect(byColons('{"a": 1, "a": 2, "b": 3}', { a: 2, b: 3 }, [["b"]])).toBeUndefined();
    // Paths through arrays alone from the root are left to locatePaths.
    expect(byColons('[{"a": 1}, [2]]', [{ a: 1 }, [2]], [[1, 0]])).toBeUndefined();
  });

  it("finds an item of an array of objects from its first member, and the whole document from its ends", () => {
    const text = '\n  {"list": [ {"x": 1}, {"y": {"z": [true, "a:b"]}} ], "k:": "v" }\n';
    expect(check(text, [["list", 1], ["list", 1, "y", "z", 1], [], ["k:"], ["list", 0, "x"], ["list", 5], ["k:", "deeper"]], byColons)).toBe(true);
  });
});
