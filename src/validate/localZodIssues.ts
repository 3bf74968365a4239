import * as z from "zod";
import { type $ZodErrorClass, _safeParse } from "zod/v4/core";
import { PolicySchema } from "../schema/policy.js";
import {
  isCategoryDefinition,
  isControl,
  isMinimumAge,
  isPurposeDefinition,
  isRecipient,
  isRegionGroup,
  isSource,
  isStatement,
} from "./generated/isPolicyShape.js";

// zod's issues for a document that the compiled check rejected, found without running zod over all of
// it: the document's own fields are checked by zod with its lists' items left out, and then only the
// items that the compiled check of their kind rejects. zod's issues are local to the value they are
// about, so the list is the one zod gives for the whole document (tests/validate/localZodIssues.test.ts
// holds the two to each other); a 200-statement document with one bad day costs one statement's check.
// When the compiled check says which members of an item's objects fail, and that the rest of the item
// has its structure, zod checks only their values, each against its member's schema: zod's issues for
// an object whose keys are right are those of its members' values. A bad day costs the check of a day,
// where a statement's was several times that (more still when zod is cold, as it is after a walk of a
// large document).
// zod is not asked to put each issue's input in it (`reportInput`), which makes its check about three
// times as slow: structuralIssues reads the values at the issues' paths in the document.

type Check = (data: unknown) => boolean;

/**
 * What a failed check gives: zod's issues and nothing more. `safeParse` makes a ZodError of them (an
 * Error, with its stack and methods), which nothing here reads.
 */
class ZodIssues {
  readonly issues: z.core.$ZodIssue[];
  constructor(issues: z.core.$ZodIssue[]) {
    this.issues = issues;
  }
}

/** `schema.safeParse(value)`, without the ZodError. */
export const checkWithZod = _safeParse(ZodIssues as unknown as $ZodErrorClass);

/** zod's issues for `value` against `schema`, none when it is valid. */
function issuesOf(schema: z.ZodType, value: unknown): readonly z.core.$ZodIssue[] {
  const result = checkWithZod(schema, value);
  return result.success ? [] : result.error.issues;
}

/** The top-level lists of items, each with its compiled check. */
const LISTS: readonly (readonly [key: keyof typeof PolicySchema.shape, check: Check])[] = [
  ["purposes", isPurposeDefinition],
  ["categories", isCategoryDefinition],
  ["regionGroups", isRegionGroup],
  ["recipients", isRecipient],
  ["minimumAge", isMinimumAge],
  ["controls", isControl],
  ["sources", isSource],
  ["statements", isStatement],
];

/** The schema of a list's items (the field may be optional). */
function itemSchema(key: string): z.ZodType {
  const schema = schemaAt(PolicySchema, [key, 0]);
  if (schema === undefined) throw new Error(`not a list of the policy format: ${key}`);
  return schema;
}

/** The item schemas of the lists the compiled check has reported items of, by list. */
const itemSchemas = new Map<string, z.ZodType>();

let prepared: { skeleton: z.ZodType; items: (readonly [string, Check, z.ZodType])[] } | undefined;

/** Built on first use, so that importing the validator costs nothing for it. */
function prepare() {
  if (prepared) return prepared;
  const items = LISTS.map(([key, check]) => [key, check, itemSchema(key)] as const);
  const lists: Record<string, z.ZodType> = {};
  for (const [key] of LISTS) {
    // Every list of the format has at least one item; the items are checked apart.
    const list = z.array(z.unknown()).min(1);
    lists[key] = PolicySchema.shape[key].safeParse(undefined).success ? list.optional() : list;
  }
  prepared = { skeleton: PolicySchema.extend(lists), items };
  return prepared;
}

/** An item of one of the document's lists, which the compiled check rejected. */
export interface RejectedItem {
  readonly list: string;
  readonly index: number;
  /**
   * When the item has its structure but for the values of some members of its objects: those members,
   * each as the object, then the key (what `policyShapeMembers` reports in `failed`).
   */
  readonly failed?: readonly unknown[] | null;
}

type Segment = string | number;

interface Def {
  readonly type: string;
  readonly shape?: Record<string, z.ZodType>;
  readonly element?: z.ZodType;
  readonly innerType?: z.ZodType;
}

const defOf = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** The schema of what is at `path` in a value of `schema`, through objects, arrays and optional members only. */
function schemaAt(schema: z.ZodType, path: readonly Segment[]): z.ZodType | undefined {
  let at: z.ZodType | undefined = schema;
  for (const segment of path) {
    let def: Def = defOf(at);
    while (def.type === "optional" && def.innerType) def = defOf(def.innerType);
    if (typeof segment === "number") at = def.type === "array" ? def.element : undefined;
    else at = def.type === "object" && def.shape && Object.hasOwn(def.shape, segment) ? def.shape[segment] : undefined;
    if (at === undefined) return undefined;
  }
  return at;
}

/** A member that failed: its path in the item, its schema (when found) and its value. */
type Member = readonly [path: Segment[], schema: z.ZodType | undefined, value: unknown];

/**
 * The members of objects in `v` (of `schema`, at `path` in its item) that failed (`failed`: object, key,
 * object, key, ...), leaving out those inside another that failed: zod checks that one whole. Found by
 * a walk that leaves the failed members' values out: a value parsed from JSON holds no object twice, so
 * an object the walk does not meet is inside one of them. The walk is short, as what it walks has the
 * item's structure.
 */
function failedMembers(v: unknown, schema: z.ZodType | undefined, failed: readonly unknown[], path: Segment[], found: Member[]): void {
  if (typeof v !== "object" || v === null) return;
  for (const key in v) {
    const at = [...path, Array.isArray(v) ? Number(key) : key];
    const member = schema && schemaAt(schema, at.slice(-1));
    let k = 0;
    while (k < failed.length && (failed[k] !== v || failed[k + 1] !== key)) k += 2;
    if (k < failed.length) found.push([at, member, (v as Record<string, unknown>)[key]]);
    else failedMembers((v as Record<string, unknown>)[key], member, failed, at, found);
  }
}

/**
 * zod's issues for a value parsed from JSON, as `PolicySchema.safeParse(value)` would give them (in
 * another order), checking with zod only the parts the compiled check rejects.
 *
 * @param rejected - When the compiled check has said already which items it rejects, and that it
 *   accepts the rest of the document (`policyShapeMembers` with a report): only they are checked.
 * @internal
 */
export function localZodIssues(value: unknown, rejected?: readonly RejectedItem[]): z.core.$ZodIssue[] {
  if (rejected !== undefined) {
    // The lists the compiled check reports items of are those of the schema (the generator's), so the
    // item schemas are looked up from the schema rather than from a table kept beside it.
    const issues: z.core.$ZodIssue[] = [];
    for (const { list, index, failed } of rejected) {
      let schema = itemSchemas.get(list);
      if (schema === undefined) {
        schema = itemSchema(list);
        itemSchemas.set(list, schema);
      }
      const item = (value as Record<string, unknown[]>)[list]?.[index];
      // The failed members' values alone, when each member's schema is found; else the whole item.
      const members: Member[] = [];
      if (failed) failedMembers(item, schema, failed, [], members);
      if (members.length === 0 || members.some(([, member]) => member === undefined)) {
        for (const issue of issuesOf(schema, item)) issues.push({ ...issue, path: [list, index, ...issue.path] });
        continue;
      }
      for (const [path, member, at] of members) {
        for (const issue of issuesOf(member as z.ZodType, at)) issues.push({ ...issue, path: [list, index, ...path, ...issue.path] });
      }
    }
    return issues;
  }
  const { skeleton, items } = prepare();
  const issues: z.core.$ZodIssue[] = [...issuesOf(skeleton, value)];
  if (typeof value !== "object" || value === null || Array.isArray(value)) return issues;
  for (const [key, check, schema] of items) {
    const list = Object.hasOwn(value, key) ? (value as Record<string, unknown>)[key] : undefined;
    if (!Array.isArray(list)) continue;
    for (let i = 0; i < list.length; i++) {
      if (check(list[i])) continue;
      for (const issue of issuesOf(schema, list[i])) issues.push({ ...issue, path: [key, i, ...issue.path] });
    }
  }
  return issues;
}
