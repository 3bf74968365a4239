/**
 * Levenshtein distance between two strings, for "did you mean" hints.
 *
 * @internal
 */
export function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0] as number;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j] as number;
      row[j] = Math.min(current + 1, (row[j - 1] as number) + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length] as number;
}

/**
 * `; did you mean "x"?` for the closest option, or an empty string when none is close.
 *
 * @internal
 */
export function didYouMean(value: string, options: Iterable<string>): string {
  let best = "";
  let bestScore = Infinity;
  for (const option of options) {
    const score = editDistance(value.toLowerCase(), option.toLowerCase());
    if (score < bestScore) {
      best = option;
      bestScore = score;
    }
  }
  return bestScore <= Math.max(2, Math.floor(value.length / 3)) ? `; did you mean "${best}"?` : "";
}

/**
 * Shows a value in a message: JSON-quoted, shortened when long.
 *
 * @internal
 */
export function showValue(value: unknown): string {
  let text: string;
  try {
    // Numbers as written, not as JSON writes them: NaN and Infinity would read "null".
    if (typeof value === "number") text = Object.is(value, -0) ? "-0" : String(value);
    else if (typeof value === "bigint") text = `${value}n`;
    // A Date (of any realm) as itself: JSON writes an invalid one as "null".
    else if (Object.prototype.toString.call(value) === "[object Date]")
      text = Number.isNaN(Date.prototype.getTime.call(value)) ? "Invalid Date" : `Date ${Date.prototype.toISOString.call(value)}`;
    else text = typeof value === "string" ? JSON.stringify(value) : String(JSON.stringify(value) ?? value);
  } catch {
    text = Object.prototype.toString.call(value);
  }
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
