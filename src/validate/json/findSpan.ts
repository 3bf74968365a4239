import { closingQuote } from "./closingQuote.js";
import type { JsonPath } from "./scanJson.js";

/** Where a value (and, for a property, its key) sits in the text. @internal */
export interface JsonSpan {
  readonly offset: number;
  readonly length: number;
  readonly keyOffset?: number;
  readonly keyLength?: number;
}

function skipSpace(text: string, from: number): number {
  let i = from;
  for (;;) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 10 || c === 13 || c === 9) i++;
    else return i;
  }
}

/** The offset just after the string that starts at `i`. */
function skipString(text: string, i: number): number {
  const end = closingQuote(text, i);
  return end === -1 ? text.length : end + 1;
}

/** The offset just after the value that starts at `i` (the text is known to be valid JSON). */
function skipValue(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c === 34) return skipString(text, i);
  if (c !== 123 && c !== 91) {
    let j = i;
    while (j < text.length) {
      const d = text.charCodeAt(j);
      if (d === 44 || d === 125 || d === 93 || d === 32 || d === 10 || d === 13 || d === 9) break;
      j++;
    }
    return j;
  }
  let depth = 0;
  for (let j = i; j < text.length; j++) {
    const d = text.charCodeAt(j);
    if (d === 34) j = skipString(text, j) - 1;
    else if (d === 123 || d === 91) depth++;
    else if (d === 125 || d === 93) {
      depth--;
      if (depth === 0) return j + 1;
    }
  }
  return text.length;
}

/**
 * Finds the value at `path` in valid JSON text, walking only the part of the text before it. Returns
 * the deepest value on the path that exists. For duplicate keys the last one counts, as in `JSON.parse`.
 *
 * @internal
 */
export function findSpan(text: string, path: JsonPath): JsonSpan {
  let i = skipSpace(text, text.charCodeAt(0) === 0xfeff ? 1 : 0);
  let key: { offset: number; length: number } | undefined;
  for (const segment of path) {
    const c = text.charCodeAt(i);
    let found = -1;
    let foundKey: { offset: number; length: number } | undefined;
    if (c === 123 && typeof segment === "string") {
      let j = skipSpace(text, i + 1);
      while (text.charCodeAt(j) === 34) {
        const keyEnd = skipString(text, j);
        const name = text.slice(j + 1, keyEnd - 1);
        const matches = name.includes("\\") ? (JSON.parse(text.slice(j, keyEnd)) as string) === segment : name === segment;
        const valueStart = skipSpace(text, skipSpace(text, keyEnd) + 1);
        if (matches) {
          found = valueStart;
          foundKey = { offset: j, length: keyEnd - j };
        }
        j = skipSpace(text, skipValue(text, valueStart));
        if (text.charCodeAt(j) !== 44) break;
        j = skipSpace(text, j + 1);
      }
    } else if (c === 91 && typeof segment === "number") {
      let j = skipSpace(text, i + 1);
      for (let n = 0; text.charCodeAt(j) !== 93 && j < text.length; n++) {
        if (n === segment) {
          found = j;
          break;
        }
        j = skipSpace(text, skipValue(text, j));
        if (text.charCodeAt(j) !== 44) break;
        j = skipSpace(text, j + 1);
      }
    }
    if (found < 0) break;
    i = found;
    key = foundKey;
  }
  const end = skipValue(text, i);
  return key ? { offset: i, length: end - i, keyOffset: key.offset, keyLength: key.length } : { offset: i, length: end - i };
}
