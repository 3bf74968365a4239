/** How many lines apart the line starts that {@link LineIndex} keeps are. */
const STRIDE = 64;

/**
 * Turns offsets into 1-based line and column numbers. Lines are counted as far into the text as an
 * offset asked about, and only every {@link STRIDE}-th line's start is kept, with the last one found:
 * an issue near the start of a long document costs a scan of the start alone, and one deep inside a
 * scan without an array of every line start (on a 200-statement document, that array was most of
 * what locating an issue allocated). An offset before the last line found is counted from the kept
 * start before it.
 *
 * @internal
 */
export class LineIndex {
  /** `marks[k]` is where line `k * STRIDE` (0-based) starts. */
  private readonly marks: number[] = [0];
  /** The last line start found, and its line (0-based). */
  private lastStart = 0;
  private lastLine = 0;
  /** Line feeds only (the usual case): found with indexOf, far faster than a loop over characters. */
  private readonly feedsOnly: boolean;

  constructor(private readonly text: string) {
    this.feedsOnly = !text.includes("\r");
  }

  /** Where the line after the one that starts at `start` starts; -1 if it is the last. */
  private next(start: number): number {
    const { text } = this;
    if (this.feedsOnly) {
      const i = text.indexOf("\n", start);
      return i === -1 ? -1 : i + 1;
    }
    for (let i = start; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) return i + 1;
    }
    return -1;
  }

  /** The line and column of an offset; columns count UTF-16 code units, as editors do. */
  locate(offset: number): { line: number; column: number } {
    let line: number;
    let start: number;
    if (offset >= this.lastStart) {
      // On from the last line found, keeping every STRIDE-th start.
      line = this.lastLine;
      start = this.lastStart;
      for (let s = this.next(start); s !== -1 && s <= offset; s = this.next(s)) {
        line++;
        start = s;
        if (line % STRIDE === 0) this.marks.push(s);
      }
      this.lastLine = line;
      this.lastStart = start;
    } else {
      // From the kept start at or before it.
      const { marks } = this;
      let lo = 0;
      let hi = marks.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if ((marks[mid] as number) <= offset) lo = mid;
        else hi = mid - 1;
      }
      line = lo * STRIDE;
      start = marks[lo] as number;
      for (let s = this.next(start); s !== -1 && s <= offset; s = this.next(s)) {
        line++;
        start = s;
      }
    }
    return { line: line + 1, column: offset - start + 1 };
  }
}
