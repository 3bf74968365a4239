/**
 * Where the values at some paths sit in JSON text, found from the text's colons rather than by reading
 * the text up to them. In text that `JSON.parse` read with no member lost to a duplicate key and no
 * `\u` escape, the colons are, in order: for each member, those inside its key, the one after its key,
 * then those inside its value. So the colon after a member's key is the n-th of the text, where n is
 * counted in the parsed value alone (as `keysAndColons` counts), and `indexOf` finds it without the
 * text before it being read: a tenth of the cost of {@link locatePaths} reading its way there. Only
 * the rest of a path (items of arrays, below the last member on it) and the value's own extent are
 * read, by {@link locatePaths} started there.
 *
 * The walk counts in the order the engine lists an object's keys, which is the text's unless the
 * object has keys that look like array indexes (the engine puts them first): on such an object, on
 * the way to a member asked for, it gives up, as it does when the key found before a colon is not the
 * one expected. The caller then falls back on {@link locatePaths}.
 *
 * @internal
 * @module
 */
import { COLON_CHECKPOINT, countColons, keysAndColons } from "./countMembers.js";
import type { LineIndex } from "./lineIndex.js";
import { type LocatedSpan, locatePaths } from "./locatePaths.js";
import type { JsonPath } from "./scanJson.js";

/** A step on the way to a value asked for (a member of an object, or an item of an array), and what the walk learns of it. */
interface Step {
  readonly key: string;
  /** The steps below it that are on the way to a value asked for. */
  readonly children: Map<string | number, Step>;
  /** A member whose colon a request is found from. */
  asked: boolean;
  /** Which colon of the text follows its key (0 is the first), once the walk has reached it. */
  ordinal: number;
}

/** How a request is answered: from which anchor, and what is left of its path from that anchor's value. */
interface Plan {
  /** The anchor whose colon leads there; undefined for the whole document. */
  readonly anchor: Step | undefined;
  /** The anchor is the first member of the value asked for, which starts before it. */
  readonly firstMember: boolean;
  /** The value the rest of the path is followed from. */
  readonly from: unknown;
  readonly rest: JsonPath;
}

class GiveUp {}
const GIVE_UP = new GiveUp();

/** Keys the engine lists first, in numeric order, whatever their order in the text. */
const indexLike = (key: string) => {
  const c = key.charCodeAt(0);
  return c >= 48 && c <= 57;
};

/** Keys whose text is the key itself between quotes: no quote, backslash or control character. */
function plain(key: string): boolean {
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    if (c < 32 || c === 34 || c === 92) return false;
  }
  return true;
}

const isSpace = (c: number) => c === 32 || c === 10 || c === 13 || c === 9;

/** Deeper values are counted by keysAndColons, which does not recurse. */
const MAX_RECURSION = 100;

/**
 * The colons a value's text holds, as keysAndColons counts them (a member's, and those in keys and
 * strings); by recursion, which allocates nothing, down to a depth.
 */
function colonsIn(v: unknown, depth: number): number {
  if (typeof v === "string") return countColons(v);
  if (typeof v !== "object" || v === null) return 0;
  if (depth > MAX_RECURSION) return keysAndColons(v, Number.MAX_SAFE_INTEGER);
  let n = 0;
  if (Array.isArray(v)) {
    for (let i = 0; i < v.length; i++) n += colonsIn(v[i], depth + 1);
    return n;
  }
  for (const key in v) n += 1 + countColons(key) + colonsIn((v as Record<string, unknown>)[key], depth + 1);
  return n;
}

/**
 * The span of the value at each path, or of the deepest value on it that exists, as
 * {@link locatePaths} gives them; `undefined` when it cannot follow the text this way.
 *
 * @param text - Valid JSON text, without a byte-order mark or a `\u` escape.
 * @param value - `JSON.parse(text)`, with no member lost to a duplicate key.
 * @param lines - The text's line starts, for the lines and columns.
 * @param colonsBefore - When known, how many of the text's colons come before an item of one of the
 *   document's lists (the compiled shape check counts them as it checks the document): a walk to a
 *   member inside that item then starts at it, not at the start of the document.
 * @param checkpoints - When known, the offsets of the text's colons numbered 0, 64, 128, ...
 *   (`countColonsMarking`): the search for a colon starts at the one before it.
 */
export function locateByColons(
  text: string,
  value: unknown,
  paths: readonly JsonPath[],
  lines: LineIndex,
  colonsBefore?: (list: string, index: number) => number | undefined,
  checkpoints?: readonly number[],
): (LocatedSpan | undefined)[] | undefined {
  const root = new Map<string | number, Step>();
  /** The member at the end of `path`, which a request is found from. */
  const anchorAt = (path: JsonPath): Step => {
    let children = root;
    let step: Step | undefined;
    for (const segment of path) {
      let next = children.get(segment);
      if (next === undefined) {
        next = { key: String(segment), children: new Map(), asked: false, ordinal: -1 };
        children.set(segment, next);
      }
      step = next;
      children = next.children;
    }
    (step as Step).asked = true;
    return step as Step;
  };

  const plans: (Plan | undefined)[] = paths.map((path) => {
    // The deepest value on the path that exists, as locatePaths and findSpan take it.
    let v = value;
    let depth = 0;
    for (; depth < path.length; depth++) {
      const segment = path[depth] as string | number;
      if (Array.isArray(v)) {
        if (typeof segment !== "number" || !Number.isInteger(segment) || segment < 0 || segment >= v.length) break;
      } else if (typeof v !== "object" || v === null || typeof segment !== "string" || !Object.hasOwn(v, segment)) break;
      v = (v as Record<string | number, unknown>)[segment];
    }
    const reached = path.slice(0, depth);
    if (reached.length === 0) return { anchor: undefined, firstMember: false, from: value, rest: [] };
    let lastKey = reached.length - 1;
    while (lastKey >= 0 && typeof reached[lastKey] !== "string") lastKey--;
    // An object reached by an item of an array: found from its first member, which it starts just before.
    if (lastKey < reached.length - 1 && typeof v === "object" && v !== null && !Array.isArray(v)) {
      for (const first in v) return { anchor: anchorAt([...reached, first]), firstMember: true, from: v, rest: [] };
    }
    // Paths from the document's root through arrays alone: left to locatePaths.
    if (lastKey < 0) return undefined;
    const through = reached.slice(0, lastKey + 1);
    let from = value;
    for (const segment of through) from = (from as Record<string | number, unknown>)[segment];
    return { anchor: anchorAt(through), firstMember: false, from, rest: reached.slice(lastKey + 1) };
  });
  if (plans.includes(undefined)) return undefined;

  // Which colon follows each anchor's key: counted over the value in the text's order, stopping at the last.
  const asked: Step[] = [];
  const collect = (steps: Map<string | number, Step>) => {
    for (const step of steps.values()) {
      if (step.asked) asked.push(step);
      collect(step.children);
    }
  };
  collect(root);
  let wanted = asked.length;
  let colons = 0;
  /** Counts through `v`, some of whose members or items `steps` are on the way to a value asked for. */
  const walk = (v: unknown, steps: Map<string | number, Step>): void => {
    if (Array.isArray(v)) {
      for (let i = 0; i < v.length && wanted > 0; i++) {
        const step = steps.get(i);
        if (step === undefined) colons += colonsIn(v[i], 0);
        else walk(v[i], step.children);
      }
      return;
    }
    const object = v as Record<string, unknown>;
    for (const key in object) {
      if (wanted === 0) return;
      // The engine may list this key before others that come before it in the text.
      if (indexLike(key)) throw GIVE_UP;
      colons += countColons(key);
      const step = steps.get(key);
      if (step === undefined) {
        colons += 1 + colonsIn(object[key], 0);
        continue;
      }
      step.ordinal = colons++;
      if (step.asked) wanted--;
      if (step.children.size > 0) walk(object[key], step.children);
      else colons += colonsIn(object[key], 0);
    }
  };

  try {
    // Items whose first colon is known are walked from there, and the document only for the rest.
    if (colonsBefore !== undefined && typeof value === "object" && value !== null && !Array.isArray(value)) {
      for (const [list, listStep] of root) {
        const items = (value as Record<string, unknown>)[list];
        if (typeof list !== "string" || !Array.isArray(items)) continue;
        for (const [index, itemStep] of listStep.children) {
          const before = typeof index === "number" ? colonsBefore(list, index) : undefined;
          if (before === undefined || typeof index !== "number") continue;
          colons = before;
          walk(items[index], itemStep.children);
          listStep.children.delete(index);
        }
      }
      colons = 0;
    }
    if (wanted > 0) walk(value, root);
    if (wanted > 0) return undefined;

    // The anchors' colons, found in one pass of indexOf up to the last.
    const ordinals = [...asked].sort((a, b) => a.ordinal - b.ordinal);
    const colonAt = new Map<Step, number>();
    let at = -1;
    let n = -1;
    for (const anchor of ordinals) {
      const checkpoint = checkpoints?.[Math.floor(anchor.ordinal / COLON_CHECKPOINT)];
      if (checkpoint !== undefined && checkpoint > at) {
        at = checkpoint;
        n = Math.floor(anchor.ordinal / COLON_CHECKPOINT) * COLON_CHECKPOINT;
      }
      while (n < anchor.ordinal) {
        at = text.indexOf(":", at + 1);
        if (at === -1) return undefined;
        n++;
      }
      colonAt.set(anchor, at);
    }

    const start = (offset: number) => {
      const { line, column } = lines.locate(offset);
      return { offset, line, lineStart: offset - column + 1 };
    };
    return plans.map((plan) => {
      const { anchor, firstMember, from, rest } = plan as Plan;
      if (anchor === undefined) {
        // The whole document: from its first character to its last.
        let offset = 0;
        while (isSpace(text.charCodeAt(offset))) offset++;
        let end = text.length;
        while (end > offset && isSpace(text.charCodeAt(end - 1))) end--;
        const { line, column } = lines.locate(offset);
        return { offset, length: end - offset, line, column };
      }
      // The key before the colon, checked to be the anchor's.
      const colon = colonAt.get(anchor) as number;
      let close = colon - 1;
      while (isSpace(text.charCodeAt(close))) close--;
      const open = close - anchor.key.length - 1;
      if (!plain(anchor.key) || text.charCodeAt(close) !== 34 || text.charCodeAt(open) !== 34 || !text.startsWith(anchor.key, open + 1)) throw GIVE_UP;
      let offset: number;
      if (firstMember) {
        offset = open - 1;
        while (offset >= 0 && isSpace(text.charCodeAt(offset))) offset--;
        if (text.charCodeAt(offset) !== 123) throw GIVE_UP;
      } else {
        offset = colon + 1;
        while (isSpace(text.charCodeAt(offset))) offset++;
      }
      const found = locatePaths(text, from, [rest], start(offset));
      const span = found?.[0];
      if (span === undefined) throw GIVE_UP;
      if (firstMember || rest.length > 0) return span;
      const { line, column } = lines.locate(open);
      return { ...span, key: { offset: open, length: close + 1 - open, line, column } };
    });
  } catch (error) {
    if (error === GIVE_UP) return undefined;
    throw error;
  }
}
