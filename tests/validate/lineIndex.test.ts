import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { LineIndex } from "../../src/validate/json/lineIndex.js";

/** Line and column by counting from the start: a line break is \n, \r\n or a lone \r. */
function naive(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = 0; i < Math.min(offset, text.length); i++) {
    const c = text[i];
    if (c === "\n" || (c === "\r" && text[i + 1] !== "\n")) {
      line++;
      start = i + 1;
    }
  }
  return { line, column: offset - start + 1 };
}

describe("LineIndex", () => {
  it("gives the line and column of any offset, asked in any order, as counting from the start does", () => {
    const text = fc.string({ unit: fc.constantFrom("a", "é", "\n", "\r", "\r\n", " "), maxLength: 60 });
    fc.assert(
      fc.property(text, fc.array(fc.nat(70), { maxLength: 12 }), (t, offsets) => {
        const lines = new LineIndex(t);
        for (const offset of offsets) {
          const o = Math.min(offset, t.length);
          expect(lines.locate(o)).toEqual(naive(t, o));
        }
      }),
      { numRuns: 2000 },
    );
  });

  it("gives the same on a text of thousands of lines, asked forwards, backwards and at random (only every 64th line start is kept)", () => {
    const unit = fc.constantFrom("a", "é", "\n", "\n", "\r", "\r\n", " ");
    fc.assert(
      fc.property(fc.string({ unit, minLength: 2000, maxLength: 4000 }), fc.array(fc.nat(4100), { minLength: 1, maxLength: 20 }), (t, offsets) => {
        const asked = [...offsets, t.length, 0, ...offsets.map((o) => Math.max(0, t.length - o))].map((o) => Math.min(o, t.length));
        const lines = new LineIndex(t);
        for (const o of asked) expect(lines.locate(o)).toEqual(naive(t, o));
      }),
      { numRuns: 100 },
    );
    const text = "x\n".repeat(1000);
    const lines = new LineIndex(text);
    expect(lines.locate(text.length)).toEqual({ line: 1001, column: 1 });
    for (const line of [1000, 129, 128, 127, 65, 64, 63, 1]) expect(lines.locate((line - 1) * 2 + 1)).toEqual({ line, column: 2 });
    const feeds = new LineIndex(text.replaceAll("\n", "\r\n"));
    expect(feeds.locate(3 * 640)).toEqual({ line: 641, column: 1 });
    expect(feeds.locate(3 * 130 + 1)).toEqual({ line: 131, column: 2 });
  });

  it("counts a break that ends the text, and one just before the offset asked", () => {
    const lines = new LineIndex("ab\ncd\n");
    expect(lines.locate(6)).toEqual({ line: 3, column: 1 });
    expect(lines.locate(3)).toEqual({ line: 2, column: 1 });
    expect(lines.locate(2)).toEqual({ line: 1, column: 3 });
    const crlf = new LineIndex("a\r\nb\rc");
    expect(crlf.locate(2)).toEqual({ line: 1, column: 3 });
    expect(crlf.locate(3)).toEqual({ line: 2, column: 1 });
    expect(crlf.locate(5)).toEqual({ line: 3, column: 1 });
  });
});
