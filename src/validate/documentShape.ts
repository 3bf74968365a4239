import { policyShapeMembers } from "./generated/isPolicyShape.js";
import { keysAndColons } from "./json/countMembers.js";
import type { RejectedItem } from "./localZodIssues.js";

/**
 * What the compiled check said of a document: `shaped`, it has the policy's structure; or it would
 * have but for the `rejected` items of its lists (when known).
 *
 * @internal
 */
export interface Shape {
  readonly shaped: boolean;
  readonly rejected?: readonly RejectedItem[];
  /**
   * How many of the text's colons come before the first character of an item of one of its lists (for
   * `locateByColons`); undefined for an item the check did not see.
   */
  readonly colonsBefore?: (list: string, index: number) => number | undefined;
}

type ShapeReport = { readonly rejected: RejectedItem[]; readonly starts: Record<string, number[]>; readonly failed: (unknown[] | null)[] };

/**
 * What the compiled check says of a document parsed from text: -1 when the document does not have the
 * policy's structure (items of its lists apart) or nests deeper than `maxDepth`; otherwise the colons
 * its text must have (its members and the colons in its strings, as `keysAndColons` counts them),
 * with what it found.
 *
 * @internal
 */
export function documentShape(document: unknown, maxDepth: number): { members: number; shape: Shape } {
  const report: ShapeReport = { rejected: [], starts: {}, failed: [] };
  let members = policyShapeMembers(document, report);
  if (members < 0) return { members, shape: { shaped: false } };
  const { starts, failed } = report;
  // Each rejected item with the members of its objects that failed, when it has its structure but for them.
  const rejected = report.rejected.map((item, k) => (failed[k] ? { ...item, failed: failed[k] } : item));
  const items = document as Record<string, unknown[]>;
  // What each rejected item holds, counted apart: an item is at depth 3, in a list, in the document.
  const held = rejected.map(({ list, index }) => keysAndColons(items[list]?.[index], maxDepth - 2));
  for (const count of held) {
    // Too deep: the scanner says where, and nothing found here is used.
    if (count < 0) return { members: -1, shape: { shaped: false } };
    members += count;
  }
  const order = new Map(Object.keys(items).map((key, i) => [key, i]));
  const colonsBefore = (list: string, index: number): number | undefined => {
    const start = starts[list]?.[index];
    if (start === undefined) return undefined;
    // The list's own colon comes before its items in the text (the check counts it after them), and
    // so do the rejected items before this one, which the check did not count.
    let before = start + 1;
    rejected.forEach((r, k) => {
      if (r.list === list ? r.index < index : (order.get(r.list) as number) < (order.get(list) as number)) before += held[k] as number;
    });
    return before;
  };
  return { members, shape: { shaped: rejected.length === 0, rejected, colonsBefore } };
}
