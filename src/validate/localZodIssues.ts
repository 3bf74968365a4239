import * as z from "zod";
import { PolicySchema } from "../schema/policy.js";
import { isCategoryDefinition, isControl, isPurposeDefinition, isRecipient, isRegionGroup, isSource, isStatement } from "./generated/isPolicyShape.js";

// zod's issues for a document that the compiled check rejected, found without running zod over all of
// it: the document's own fields are checked by zod with its lists' items left out, and then only the
// items that the compiled check of their kind rejects. zod's issues are local to the value they are
// about, so the list is the one zod gives for the whole document (tests/validate/localZodIssues.test.ts
// holds the two to each other); a 200-statement document with one bad day costs one statement's check.

type Check = (data: unknown) => boolean;

/** The top-level lists of items, each with its compiled check. */
const LISTS: readonly (readonly [key: keyof typeof PolicySchema.shape, check: Check])[] = [
  ["purposes", isPurposeDefinition],
  ["categories", isCategoryDefinition],
  ["regionGroups", isRegionGroup],
  ["recipients", isRecipient],
  ["controls", isControl],
  ["sources", isSource],
  ["statements", isStatement],
];

interface ListSchema {
  readonly unwrap?: () => ListSchema;
  readonly element?: z.ZodType;
}

/** The schema of a list's items (the field may be optional). */
function itemSchema(key: keyof typeof PolicySchema.shape): z.ZodType {
  let schema = PolicySchema.shape[key] as unknown as ListSchema;
  if (schema.element === undefined && schema.unwrap) schema = schema.unwrap();
  if (schema.element === undefined) throw new Error(`PolicySchema.${key} is not a list`);
  return schema.element;
}

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
}

/** The value at `path` in `value`; undefined where the path leads nowhere. */
function valueAt(value: unknown, path: readonly PropertyKey[]): unknown {
  let v = value;
  for (const segment of path) {
    if (typeof v !== "object" || v === null || !Object.hasOwn(v, segment)) return undefined;
    v = (v as Record<PropertyKey, unknown>)[segment];
  }
  return v;
}

/**
 * An issue of zod's for `value` with its input, as `reportInput` would have given it: the value at
 * its path, and the same for the issues of each option of a union (or of a record's key or
 * element), whose paths are from the issue's own value.
 */
function withInput(issue: z.core.$ZodIssue, value: unknown): z.core.$ZodIssue {
  const input = valueAt(value, issue.path);
  const nested = issue as { errors?: z.core.$ZodIssue[][]; issues?: z.core.$ZodIssue[] };
  const more: { errors?: z.core.$ZodIssue[][]; issues?: z.core.$ZodIssue[] } = {};
  if (Array.isArray(nested.errors)) more.errors = nested.errors.map((option) => option.map((inner) => withInput(inner, input)));
  if (Array.isArray(nested.issues)) more.issues = nested.issues.map((inner) => withInput(inner, input));
  return { ...issue, input, ...more } as z.core.$ZodIssue;
}

/**
 * zod's issues for a value parsed from JSON, as `PolicySchema.safeParse(value, { reportInput: true })`
 * would give them (in another order), checking with zod only the parts the compiled check rejects.
 *
 * @param rejected - When the compiled check has said already which items it rejects, and that it
 *   accepts the rest of the document (`policyShapeMembers` with a report): only they are checked.
 * @internal
 */
export function localZodIssues(value: unknown, rejected?: readonly RejectedItem[]): z.core.$ZodIssue[] {
  const { skeleton, items } = prepare();
  if (rejected !== undefined) {
    const issues: z.core.$ZodIssue[] = [];
    for (const { list, index } of rejected) {
      const schema = items.find(([key]) => key === list)?.[2];
      if (schema === undefined) throw new Error(`not a list of the policy format: ${list}`);
      const part = (value as Record<string, unknown[]>)[list]?.[index];
      // zod's input of an issue is the value at its path, which is found here for the one or two
      // issues of an item: asking zod to report it makes its check three times as slow.
      const item = schema.safeParse(part);
      if (!item.success) for (const issue of item.error.issues) issues.push({ ...withInput(issue, part), path: [list, index, ...issue.path] });
    }
    return issues;
  }
  const top = skeleton.safeParse(value, { reportInput: true });
  const issues: z.core.$ZodIssue[] = top.success ? [] : [...top.error.issues];
  if (typeof value !== "object" || value === null || Array.isArray(value)) return issues;
  for (const [key, check, schema] of items) {
    const list = Object.hasOwn(value, key) ? (value as Record<string, unknown>)[key] : undefined;
    if (!Array.isArray(list)) continue;
    for (let i = 0; i < list.length; i++) {
      if (check(list[i])) continue;
      const item = schema.safeParse(list[i], { reportInput: true });
      if (!item.success) for (const issue of item.error.issues) issues.push({ ...issue, path: [key, i, ...issue.path] });
    }
  }
  return issues;
}
