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

/** How many colons apart the checkpoints of {@link countColonsMarking} are. */
export const COLON_CHECKPOINT = 64;

/**
 * The number of colons in `text`, as {@link countColons}, putting in `checkpoints` the offset of every
 * {@link COLON_CHECKPOINT}-th (the first, the 65th, ...): so that the n-th colon of the text can be
 * found later from the checkpoint before it, without counting again from the start.
 */
export function countColonsMarking(text: string, checkpoints: number[]): number {
  let count = 0;
  for (let i = text.indexOf(":"); i !== -1; i = text.indexOf(":", i + 1)) {
    if (count % COLON_CHECKPOINT === 0) checkpoints.push(i);
    count++;
  }
  return count;
}

/** The number of colons in `text`, found with `indexOf`. */
export function countColons(text: string): number {
  let count = 0;
  for (let i = text.indexOf(":"); i !== -1; i = text.indexOf(":", i + 1)) count++;
  return count;
}

/**
 * What the quicker check needs from a parsed JSON value, counted without recursion: the own keys of
 * its objects (as {@link countKeys}), plus the colons inside its keys and strings; or -1 when a
 * container is nested deeper than `maxDepth` (the outermost is at depth 1).
 *
 * In JSON text without a `\u` escape, every colon is either inside a string (where it stays a colon
 * once parsed) or separates a member's key from its value. So when the text's colons number this
 * count, no member was lost to a duplicate key: each lost member takes away a key from the parsed
 * value and takes no colon away from the text. This costs a walk of the value and one `indexOf` per
 * colon of the text, rather than a pass over every string of the text as {@link countMembers} makes.
 * (A document of the policy's structure is counted the same way by the compiled shape check, as it
 * checks it: `policyShapeMembers` in ../generated/isPolicyShape.js, which saves this walk.)
 */
export function keysAndColons(value: unknown, maxDepth: number): number {
  if (typeof value === "string") return countColons(value);
  if (typeof value !== "object" || value === null) return 0;
  let count = 0;
  const stack: object[] = [value];
  const depths: number[] = [0];
  while (stack.length > 0) {
    const item = stack.pop() as object;
    const depth = (depths.pop() as number) + 1;
    if (depth > maxDepth) return -1;
    if (Array.isArray(item)) {
      for (let i = 0; i < item.length; i++) {
        const element: unknown = item[i];
        if (typeof element === "string") count += countColons(element);
        else if (typeof element === "object" && element !== null) {
          stack.push(element);
          depths.push(depth);
        }
      }
      continue;
    }
    for (const key in item) {
      count += 1 + countColons(key);
      const child = (item as Record<string, unknown>)[key];
      if (typeof child === "string") count += countColons(child);
      else if (typeof child === "object" && child !== null) {
        stack.push(child);
        depths.push(depth);
      }
    }
  }
  return count;
}
