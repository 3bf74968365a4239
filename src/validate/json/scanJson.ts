/**
 * A JSON scanner that checks syntax without building values. Hand-written rather than taken from a
 * library because it must survive what people feed a validator: it is iterative (100,000 levels of
 * nesting cannot overflow the stack; a depth limit stops it early), it reports duplicate keys (which
 * `JSON.parse` silently collapses), and it never builds objects (so `__proto__` keys are harmless).
 * Values are then built by the engine's own `JSON.parse`, and {@link findSpan} finds where a value is.
 *
 * @internal
 * @module
 */

/** A JSON path: keys and array indexes. */
export type JsonPath = readonly (string | number)[];

export interface JsonSyntaxError {
  readonly message: string;
  readonly offset: number;
  readonly length: number;
}

export interface DuplicateKey {
  readonly path: JsonPath;
  readonly key: string;
  readonly offset: number;
  readonly length: number;
  readonly firstOffset: number;
}

export interface ScanResult {
  readonly error: JsonSyntaxError | undefined;
  readonly duplicates: readonly DuplicateKey[];
}

export interface ScanOptions {
  /** Nesting deeper than this is an error. */
  readonly maxDepth?: number;
  /**
   * Check every character of every string (control characters, line breaks). Off by default: then
   * strings without a backslash are skipped in one step, and `JSON.parse` catches what remains, after
   * which a strict scan says where.
   */
  readonly strict?: boolean;
}

enum Char {
  Tab = 9,
  Newline = 10,
  Return = 13,
  Space = 32,
  Quote = 34,
  Plus = 43,
  Comma = 44,
  Minus = 45,
  Dot = 46,
  Slash = 47,
  Zero = 48,
  Nine = 57,
  Colon = 58,
  UpperE = 69,
  OpenBracket = 91,
  Backslash = 92,
  CloseBracket = 93,
  LowerE = 101,
  OpenBrace = 123,
  CloseBrace = 125,
}

interface Frame {
  readonly kind: "object" | "array";
  readonly start: number;
  /** The enclosing frame, and this container's key or index in it: the path is built only when needed. */
  readonly parent: Frame | undefined;
  readonly segment: string | number;
  /** Keys seen in an object, and where each first occurred (small objects search the list). */
  keyNames: string[] | undefined;
  keyOffsets: number[] | undefined;
  keyMap: Map<string, number> | undefined;
  index: number;
  /** The key of the property being read, and where it is. */
  key: string;
  keyOffset: number;
  keyLength: number;
}

/** The offset of the first character at or after `from` that is not a decimal digit. */
function skipDigits(text: string, from: number): number {
  let i = from;
  for (;;) {
    const c = text.charCodeAt(i);
    if (c < Char.Zero || c > Char.Nine || Number.isNaN(c)) return i;
    i++;
  }
}

/** What is at `at`, worded to follow "unexpected" or "found" (no article: "unexpected comment"). */
function describe(text: string, at: number): string {
  if (at >= text.length) return "end of the file";
  const c = text.charCodeAt(at);
  if (c === Char.Slash && (text.charCodeAt(at + 1) === Char.Slash || text.charCodeAt(at + 1) === 42)) return "comment (comments are not allowed in JSON)";
  if (c === 39) return "single quote (JSON strings use double quotes)";
  const ch = text[at] as string;
  if (c < 32) return `control character U+${c.toString(16).toUpperCase().padStart(4, "0")}`;
  return `"${ch}"`;
}

/** Scans `text` as JSON (RFC 8259). Stops at the first syntax error. */
export function scanJson(text: string, options: ScanOptions = {}): ScanResult {
  const maxDepth = options.maxDepth ?? 64;
  const strict = options.strict === true;
  const duplicates: DuplicateKey[] = [];
  const stack: Frame[] = [];
  const n = text.length;
  let i = 0;

  const fail = (message: string, offset: number, length = 1): ScanResult => ({
    error: { message, offset, length: Math.max(0, Math.min(length, n - offset)) },
    duplicates,
  });

  const skipSpace = () => {
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === Char.Space || c === Char.Newline || c === Char.Return || c === Char.Tab) i++;
      else break;
    }
  };

  // Where the next backslash is: found once and moved forward only when passed, so that checking every
  // string for escapes costs one pass over the text in all.
  let nextBackslash = -1;

  /** Reads a string at `i` (which is a quote); returns its decoded value (for keys) or "" (for values), or an error. */
  const readString = (isKey: boolean): string | JsonSyntaxError => {
    const start = i;
    if (!strict) {
      const end = text.indexOf('"', start + 1);
      if (nextBackslash !== Infinity && nextBackslash < start + 1) {
        const at = text.indexOf("\\", start + 1);
        nextBackslash = at === -1 ? Infinity : at;
      }
      if (end !== -1 && nextBackslash > end) {
        i = end + 1;
        return isKey ? text.slice(start + 1, end) : "";
      }
    }
    i++;
    let simple = true;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === Char.Quote) {
        i++;
        if (simple) return text.slice(start + 1, i - 1);
        try {
          return JSON.parse(text.slice(start, i)) as string;
        } catch {
          return { message: "invalid escape in string", offset: start, length: i - start };
        }
      }
      if (c === Char.Backslash) {
        simple = false;
        const e = text.charCodeAt(i + 1);
        if (e === 117 /* u */) {
          for (let k = 2; k < 6; k++) {
            const h = text.charCodeAt(i + k);
            const hex = (h >= 48 && h <= 57) || (h >= 65 && h <= 70) || (h >= 97 && h <= 102);
            if (!hex) return { message: "a \\u escape needs four hexadecimal digits", offset: i, length: 2 };
          }
          i += 6;
          continue;
        }
        if (e === Char.Quote || e === Char.Backslash || e === Char.Slash || e === 98 || e === 102 || e === 110 || e === 114 || e === 116) {
          i += 2;
          continue;
        }
        return { message: `invalid escape ${JSON.stringify(text.slice(i, i + 2))} in string`, offset: i, length: 2 };
      }
      if (c < 32) {
        return {
          message:
            c === Char.Newline
              ? "unterminated string (a line break inside a string must be written \\n)"
              : `unescaped control character U+${c.toString(16).toUpperCase().padStart(4, "0")} in string`,
          offset: i,
          length: 1,
        };
      }
      i++;
    }
    return { message: "unterminated string", offset: start, length: n - start };
  };

  const readNumber = (): JsonSyntaxError | undefined => {
    const start = i;
    if (text.charCodeAt(i) === Char.Minus) i++;
    let c = text.charCodeAt(i);
    if (c === Char.Zero) {
      i++;
      c = text.charCodeAt(i);
      if (c >= Char.Zero && c <= Char.Nine) return { message: "numbers cannot have leading zeros", offset: start, length: i - start + 1 };
    } else if (c >= 49 && c <= Char.Nine) {
      i = skipDigits(text, i);
    } else {
      return { message: `invalid number: expected a digit after "-", found ${describe(text, i)}`, offset: start, length: i - start + 1 };
    }
    if (text.charCodeAt(i) === Char.Dot) {
      i++;
      const digits = i;
      i = skipDigits(text, i);
      if (i === digits) return { message: "invalid number: expected a digit after the decimal point", offset: start, length: i - start + 1 };
    }
    c = text.charCodeAt(i);
    if (c === Char.LowerE || c === Char.UpperE) {
      i++;
      c = text.charCodeAt(i);
      if (c === Char.Plus || c === Char.Minus) i++;
      const digits = i;
      i = skipDigits(text, i);
      if (i === digits) return { message: "invalid number: expected a digit in the exponent", offset: start, length: i - start + 1 };
    }
    return undefined;
  };

  skipSpace();
  if (i >= n) return fail("the file is empty: expected a JSON object", 0, 0);

  // The main loop reads one value, then whatever follows it in its container.
  for (;;) {
    skipSpace();
    if (i >= n) return fail(`unexpected end of the file: expected a value`, n, 0);
    const parent = stack[stack.length - 1];
    const start = i;
    const c = text.charCodeAt(i);
    if (c === Char.OpenBrace || c === Char.OpenBracket) {
      if (stack.length >= maxDepth) return fail(`nesting deeper than ${maxDepth} levels`, i);
      const frame: Frame = {
        kind: c === Char.OpenBrace ? "object" : "array",
        start,
        parent,
        segment: parent ? (parent.kind === "array" ? parent.index : parent.key) : "",
        keyNames: undefined,
        keyOffsets: undefined,
        keyMap: undefined,
        index: 0,
        key: "",
        keyOffset: 0,
        keyLength: 0,
      };
      i++;
      skipSpace();
      const close = frame.kind === "object" ? Char.CloseBrace : Char.CloseBracket;
      if (text.charCodeAt(i) === close) {
        i++; // an empty container is a complete value: go on to what follows it
      } else {
        stack.push(frame);
        if (frame.kind === "object") {
          const err = readKey(frame);
          if (err) return fail(err.message, err.offset, err.length);
        }
        continue;
      }
    } else if (c === Char.Quote) {
      const value = readString(false);
      if (typeof value !== "string") return fail(value.message, value.offset, value.length);
    } else if (c === Char.Minus || (c >= Char.Zero && c <= Char.Nine)) {
      const err = readNumber();
      if (err) return fail(err.message, err.offset, err.length);
    } else if (text.startsWith("true", i)) {
      i += 4;
    } else if (text.startsWith("false", i)) {
      i += 5;
    } else if (text.startsWith("null", i)) {
      i += 4;
    } else {
      return fail(`unexpected ${describe(text, i)}: expected a value (an object, array, string, number, true, false or null)`, i);
    }

    // After a value: close containers or move to the next element.
    for (;;) {
      skipSpace();
      const frame = stack[stack.length - 1];
      if (!frame) {
        if (i < n) return fail(`unexpected ${describe(text, i)} after the end of the JSON value`, i);
        return { error: undefined, duplicates };
      }
      const close = frame.kind === "object" ? Char.CloseBrace : Char.CloseBracket;
      const ch = text.charCodeAt(i);
      if (ch === Char.Comma) {
        i++;
        skipSpace();
        if (text.charCodeAt(i) === close) return fail(`trailing comma before "${frame.kind === "object" ? "}" : "]"}" (JSON does not allow one)`, i - 1);
        frame.index++;
        if (frame.kind === "object") {
          const err = readKey(frame);
          if (err) return fail(err.message, err.offset, err.length);
        }
        break; // read the next value
      }
      if (ch === close) {
        i++;
        stack.pop();
        continue;
      }
      if (i >= n) return fail(`unexpected end of the file: expected "," or "${frame.kind === "object" ? "}" : "]"}"`, n, 0);
      if (ch === Char.Quote || ch === Char.OpenBrace || ch === Char.OpenBracket) {
        return fail(`missing "," before this ${frame.kind === "object" ? "property" : "element"}`, i);
      }
      return fail(
        `unexpected ${describe(text, i)}: expected "," or "${frame.kind === "object" ? "}" : "]"}" after ${frame.kind === "object" ? "a property's value" : "an array element"}`,
        i,
      );
    }
  }

  /** Reads `"key" :` at `i` into the frame. */
  function readKey(frame: Frame): JsonSyntaxError | undefined {
    skipSpace();
    if (text.charCodeAt(i) !== Char.Quote) {
      if (i >= n) return { message: 'unexpected end of the file: expected a property name in double quotes or "}"', offset: n, length: 0 };
      return { message: `unexpected ${describe(text, i)}: expected a property name in double quotes`, offset: i, length: 1 };
    }
    const keyStart = i;
    const key = readString(true);
    if (typeof key !== "string") return key;
    frame.key = key;
    frame.keyOffset = keyStart;
    frame.keyLength = i - keyStart;
    const first = firstOccurrence(frame, key, keyStart);
    if (first !== undefined) {
      duplicates.push({ path: [...pathOf(frame), key], key, offset: keyStart, length: i - keyStart, firstOffset: first });
    }
    skipSpace();
    if (text.charCodeAt(i) !== Char.Colon) {
      return { message: `unexpected ${describe(text, i)}: expected ":" after the property name ${JSON.stringify(key)}`, offset: i, length: 1 };
    }
    i++;
    return undefined;
  }
}

function pathOf(frame: Frame): (string | number)[] {
  const path: (string | number)[] = [];
  for (let f: Frame | undefined = frame; f?.parent; f = f.parent) path.push(f.segment);
  return path.reverse();
}

/** Records a key of an object; returns where it first occurred if it is a duplicate. */
function firstOccurrence(frame: Frame, key: string, offset: number): number | undefined {
  if (frame.keyMap) {
    const first = frame.keyMap.get(key);
    if (first === undefined) frame.keyMap.set(key, offset);
    return first;
  }
  if (frame.keyNames === undefined) frame.keyNames = [];
  if (frame.keyOffsets === undefined) frame.keyOffsets = [];
  const names = frame.keyNames;
  const offsets = frame.keyOffsets;
  const found = names.indexOf(key);
  if (found >= 0) return offsets[found];
  names.push(key);
  offsets.push(offset);
  if (names.length > 16) frame.keyMap = new Map(names.map((name, i) => [name, offsets[i] as number]));
  return undefined;
}
