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
