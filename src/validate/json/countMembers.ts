/**
 * The quick path of reading policy text: most documents are well-formed, so the engine's own
 * `JSON.parse` reads them, and two cheap counts show that nothing was lost on the way. The members of
 * objects are counted in the text (a colon outside strings is one member) and in the parsed value; if
 * `JSON.parse` kept only the last of duplicate keys, the counts differ. Anything unusual (a count that
 * differs, nesting deeper than allowed, text `JSON.parse` refuses) goes to {@link scanJson}, which says
 * where the problem is.
 *
 * @internal
 * @module
 */
import { closingQuote } from "./closingQuote.js";

/**
 * The number of object members in `text`, or -1 when the nesting is deeper than `maxDepth` or a string
 * does not end. Strings are skipped with `indexOf`, which is what makes this cheap on text-heavy policies.
 */
export function countMembers(text: string, maxDepth: number): number {
  const n = text.length;
  let members = 0;
  let depth = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) {
      const end = closingQuote(text, i);
      if (end === -1) return -1;
      i = end;
    } else if (c === 58) {
      members++;
    } else if (c === 123 || c === 91) {
      if (++depth > maxDepth) return -1;
    } else if (c === 125 || c === 93) {
      depth--;
    }
  }
  return members;
}

/** The number of own keys of every object in a parsed JSON value, counted without recursion. */
export function countKeys(value: unknown): number {
  let count = 0;
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const item = stack.pop();
    if (typeof item !== "object" || item === null) continue;
    if (Array.isArray(item)) {
      for (const element of item) if (typeof element === "object" && element !== null) stack.push(element);
      continue;
    }
    for (const key in item) {
      count++;
      const child = (item as Record<string, unknown>)[key];
      if (typeof child === "object" && child !== null) stack.push(child);
    }
  }
  return count;
}
