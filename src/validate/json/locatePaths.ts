/**
 * Where the values at some paths sit in JSON text, found in one pass over the text up to the last of
 * them, guided by the value `JSON.parse` made of that text. The parsed value says what comes next, so
 * that most of the text is stepped over rather than read: a string is as long as its parsed value plus
 * its quotes when there is no backslash in it, a value off every path is skipped by walking its parsed
 * form, and only whitespace and numbers are read character by character (counting lines on the way,
 * since a line break can only be in whitespace). Every step is checked against the text; at the first
 * thing that does not agree (duplicate keys, numeric keys that the engine reorders, a nesting too deep
 * to follow) it gives up, and the caller falls back on {@link findSpan} for each path.
 *
 * @internal
 * @module
 */
import { closingQuote } from "./closingQuote.js";
import type { JsonPath } from "./scanJson.js";

/** Where a value (and, for a property, its key) sits in the text, with lines and columns. @internal */
export interface LocatedSpan {
  readonly offset: number;
  readonly length: number;
  readonly line: number;
  readonly column: number;
  readonly key?: { readonly offset: number; readonly length: number; readonly line: number; readonly column: number };
}

/** A node of the tree of requested paths. */
interface Want {
  /** Indexes of the requests that end here. */
  readonly ends: number[];
  readonly children: Map<string | number, Want>;
}

class GiveUp {}
const GIVE_UP = new GiveUp();
/** Deeper values are skipped by counting brackets, not by recursion. */
const MAX_RECURSION = 200;

/** Where in the text a walk starts: the offset of a value, and its line and the offset that line starts at. @internal */
export interface WalkStart {
  readonly offset: number;
  readonly line: number;
  readonly lineStart: number;
}

/**
 * The span of the value at each path, or of the deepest value on it that exists (as {@link findSpan}
 * finds it); `undefined` when the text and the value do not agree in a way this walk can follow.
 *
 * @param text - Valid JSON text, without a byte-order mark.
 * @param value - `JSON.parse(text)`, with no member lost to a duplicate key; or, with `from`, the
 *   part of it whose text starts there (the paths are then from it).
 * @param from - Where `value` starts, when not at the start of the text.
 */
export function locatePaths(text: string, value: unknown, paths: readonly JsonPath[], from?: WalkStart): (LocatedSpan | undefined)[] | undefined {
  const root: Want = { ends: [], children: new Map() };
  paths.forEach((path, n) => {
    let node = root;
    for (const segment of path) {
      let child = node.children.get(segment);
      if (child === undefined) {
        child = { ends: [], children: new Map() };
        node.children.set(segment, child);
      }
      node = child;
    }
    node.ends.push(n);
  });
  const found: (LocatedSpan | undefined)[] = paths.map(() => undefined);
  const n = text.length;
  let i = from?.offset ?? 0;
  let line = from?.line ?? 1;
  let lineStart = from?.lineStart ?? 0;
  // The next backslash at or after i (n when none): strings before it have no escape.
  let nextBackslash = -1;

  const skipSpace = (): void => {
    for (;;) {
      const c = text.charCodeAt(i);
      if (c === 32 || c === 9) i++;
      else if (c === 10) {
        i++;
        line++;
        lineStart = i;
      } else if (c === 13) {
        i++;
        if (text.charCodeAt(i) !== 10) {
          line++;
          lineStart = i;
        }
      } else return;
    }
  };

  const skipString = (s: string): void => {
    if (text.charCodeAt(i) !== 34) throw GIVE_UP;
    if (nextBackslash < i) {
      const at = text.indexOf("\\", i);
      nextBackslash = at === -1 ? n : at;
    }
    const end = i + s.length + 1;
    if (nextBackslash > end) {
      if (text.charCodeAt(end) !== 34) throw GIVE_UP;
      i = end + 1;
      return;
    }
    const close = closingQuote(text, i);
    if (close === -1) throw GIVE_UP;
    i = close + 1;
  };

  /** Moves past a number, true, false or null at i, to where findSpan ends it. */
  const skipPrimitive = (): void => {
    const c = text.charCodeAt(i);
    if (c === 34 || c === 123 || c === 91) throw GIVE_UP;
    while (i < n) {
      const d = text.charCodeAt(i);
      if (d === 44 || d === 125 || d === 93 || d === 32 || d === 10 || d === 13 || d === 9) break;
      i++;
    }
  };

  /** Moves past the value at i, guided by its parsed form. */
  const skip = (v: unknown, depth: number): void => {
    if (typeof v === "string") skipString(v);
    else if (typeof v !== "object" || v === null) skipPrimitive();
    else if (depth > MAX_RECURSION) skipByBrackets();
    else if (Array.isArray(v)) skipArray(v, depth);
    else skipObject(v as Record<string, unknown>, depth);
  };

  const skipArray = (v: readonly unknown[], depth: number): void => {
    if (text.charCodeAt(i) !== 91) throw GIVE_UP;
    i++;
    skipSpace();
    for (let k = 0; k < v.length; k++) {
      if (k > 0) {
        if (text.charCodeAt(i) !== 44) throw GIVE_UP;
        i++;
        skipSpace();
      }
      const child = v[k];
      if (typeof child === "string") skipString(child);
      else if (typeof child !== "object" || child === null) skipPrimitive();
      else skip(child, depth + 1);
      skipSpace();
    }
    if (text.charCodeAt(i) !== 93) throw GIVE_UP;
    i++;
  };

  const skipObject = (v: Record<string, unknown>, depth: number): void => {
    if (text.charCodeAt(i) !== 123) throw GIVE_UP;
    i++;
    skipSpace();
    let first = true;
    for (const key in v) {
      if (first) {
        if (isIndexLike(key)) throw GIVE_UP;
        first = false;
      } else {
        if (text.charCodeAt(i) !== 44) throw GIVE_UP;
        i++;
        skipSpace();
      }
      skipString(key);
      skipSpace();
      if (text.charCodeAt(i) !== 58) throw GIVE_UP;
      i++;
      skipSpace();
      const child = v[key];
      if (typeof child === "string") skipString(child);
      else if (typeof child !== "object" || child === null) skipPrimitive();
      else skip(child, depth + 1);
      skipSpace();
    }
    if (text.charCodeAt(i) !== 125) throw GIVE_UP;
    i++;
  };

  /** Expects `expected` at i (a comma between members, or the closing bracket) and moves past it. */
  const afterMember = (expected: number, closing: boolean): void => {
    if (text.charCodeAt(i) !== expected) throw GIVE_UP;
    i++;
    if (!closing) skipSpace();
  };

  /** Past a container too deep to follow by recursion, counting lines in the brackets' way. */
  const skipByBrackets = (): void => {
    let depth = 0;
    for (; i < n; i++) {
      const d = text.charCodeAt(i);
      if (d === 34) {
        const close = closingQuote(text, i);
        if (close === -1) throw GIVE_UP;
        i = close;
      } else if (d === 123 || d === 91) depth++;
      else if (d === 125 || d === 93) {
        depth--;
        if (depth === 0) {
          i++;
          return;
        }
      } else if (d === 10 || (d === 13 && text.charCodeAt(i + 1) !== 10)) {
        line++;
        lineStart = i + 1;
      }
    }
    throw GIVE_UP;
  };

  type Key = LocatedSpan["key"];
  /** Visits the value at i that `want` asks about, and records its span for every request it answers. */
  const visit = (v: unknown, want: Want, key: Key, depth: number): void => {
    const offset = i;
    const startLine = line;
    const column = i - lineStart + 1;
    const unmatched = new Set(want.children.values());
    if (want.children.size > 0 && typeof v === "object" && v !== null && depth <= MAX_RECURSION) {
      if (Array.isArray(v)) {
        if (text.charCodeAt(i) !== 91) throw GIVE_UP;
        i++;
        skipSpace();
        for (let k = 0; k < v.length; k++) {
          if (k > 0) afterMember(44, false);
          const child = want.children.get(k);
          if (child) {
            unmatched.delete(child);
            visit(v[k], child, undefined, depth + 1);
          } else skip(v[k], depth + 1);
          skipSpace();
        }
        afterMember(93, true);
      } else {
        if (text.charCodeAt(i) !== 123) throw GIVE_UP;
        i++;
        skipSpace();
        let first = true;
        for (const name in v) {
          if (first) {
            if (isIndexLike(name)) throw GIVE_UP;
            first = false;
          } else afterMember(44, false);
          const child = want.children.get(name);
          const keyOffset = i;
          const keyLine = line;
          const keyColumn = i - lineStart + 1;
          skipString(name);
          const keyLength = i - keyOffset;
          skipSpace();
          if (text.charCodeAt(i) !== 58) throw GIVE_UP;
          i++;
          skipSpace();
          if (child) {
            unmatched.delete(child);
            visit((v as Record<string, unknown>)[name], child, { offset: keyOffset, length: keyLength, line: keyLine, column: keyColumn }, depth + 1);
          } else skip((v as Record<string, unknown>)[name], depth + 1);
          skipSpace();
        }
        afterMember(125, true);
      }
    } else if (want.children.size > 0 && depth > MAX_RECURSION) {
      throw GIVE_UP;
    } else {
      skip(v, depth);
    }
    const span: LocatedSpan = key ? { offset, length: i - offset, line: startLine, column, key } : { offset, length: i - offset, line: startLine, column };
    for (const r of want.ends) found[r] = span;
    // Paths that go on past what exists end at this value, the deepest that does.
    for (const child of unmatched) answerAll(child, span);
  };

  const answerAll = (want: Want, span: LocatedSpan): void => {
    for (const r of want.ends) found[r] = span;
    for (const child of want.children.values()) answerAll(child, span);
  };

  try {
    skipSpace();
    visit(value, root, undefined, 0);
  } catch (error) {
    if (error === GIVE_UP) return undefined;
    throw error;
  }
  return found;
}

/** Keys the engine puts first, in numeric order, whatever their order in the text. */
function isIndexLike(key: string): boolean {
  const c = key.charCodeAt(0);
  return c >= 48 && c <= 57;
}
