/**
 * Turns offsets into 1-based line and column numbers. Line starts are found as far into the text as
 * an offset asked about, and kept: an issue near the start of a long document costs a scan of the
 * start alone.
 *
 * @internal
 */
export class LineIndex {
  private readonly starts: number[] = [0];
  /** How far the text has been scanned for line breaks. */
  private scanned = 0;
  /** Line feeds only (the usual case): found with indexOf, far faster than a loop over characters. */
  private readonly feedsOnly: boolean;

  constructor(private readonly text: string) {
    this.feedsOnly = !text.includes("\r");
  }

  /** Finds the line starts up to and including `offset`. */
  private scanTo(offset: number): void {
    const { text, starts } = this;
    // A break before `offset` starts a line at or before it.
    if (this.feedsOnly) {
      let i = text.indexOf("\n", this.scanned);
      for (; i !== -1 && i < offset; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
      this.scanned = i === -1 ? text.length : i;
      return;
    }
    const end = Math.min(offset, text.length);
    let i = this.scanned;
    for (; i < end; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) starts.push(i + 1);
      else if (c === 13 && text.charCodeAt(i + 1) !== 10) starts.push(i + 1);
    }
    this.scanned = i;
  }

  /** The line and column of an offset; columns count UTF-16 code units, as editors do. */
  locate(offset: number): { line: number; column: number } {
    if (offset > this.scanned) this.scanTo(offset);
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((this.starts[mid] as number) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - (this.starts[lo] as number) + 1 };
  }
}
