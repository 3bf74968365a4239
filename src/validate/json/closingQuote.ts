/**
 * The offset of the quote that closes the JSON string opening at `i` (a quote), or -1 if it does not
 * close: the first quote not preceded by an odd number of backslashes. Found with `indexOf`, which
 * skips a policy's long quotes and summaries far faster than a loop over their characters.
 *
 * @internal
 */
export function closingQuote(text: string, i: number): number {
  let end = text.indexOf('"', i + 1);
  while (end !== -1) {
    let k = end - 1;
    while (text.charCodeAt(k) === 92) k--;
    if ((end - 1 - k) % 2 === 0) return end;
    end = text.indexOf('"', end + 1);
  }
  return -1;
}
