import * as z from "zod";
import { type $ZodErrorClass, _safeParse } from "zod/v4/core";
import { PolicySchema } from "../schema/policy.js";
import { isCategoryDefinition, isControl, isPurposeDefinition, isRecipient, isRegionGroup, isSource, isStatement } from "./generated/isPolicyShape.js";

// zod's issues for a document that the compiled check rejected, found without running zod over all of
// it: the document's own fields are checked by zod with its lists' items left out, and then only the
// items that the compiled check of their kind rejects. zod's issues are local to the value they are
// about, so the list is the one zod gives for the whole document (tests/validate/localZodIssues.test.ts
// holds the two to each other); a 200-statement document with one bad day costs one statement's check.
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
  ["controls", isControl],
  ["sources", isSource],
  ["statements", isStatement],
];

interface ListSchema {
  readonly unwrap?: () => ListSchema;
  readonly element?: z.ZodType;
}

/** The schema of a list's items (the field may be optional). */
function itemSchema(key: string): z.ZodType {
  if (!Object.hasOwn(PolicySchema.shape, key)) throw new Error(`not a list of the policy format: ${key}`);
  let schema = PolicySchema.shape[key as keyof typeof PolicySchema.shape] as unknown as ListSchema;
  if (schema.element === undefined && schema.unwrap) schema = schema.unwrap();
  if (schema.element === undefined) throw new Error(`not a list of the policy format: ${key}`);
  return schema.element;
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
    for (const { list, index } of rejected) {
      let schema = itemSchemas.get(list);
      if (schema === undefined) {
        schema = itemSchema(list);
        itemSchemas.set(list, schema);
      }
      for (const issue of issuesOf(schema, (value as Record<string, unknown[]>)[list]?.[index])) issues.push({ ...issue, path: [list, index, ...issue.path] });
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
