import type * as z from "zod";
import { didYouMean, showValue } from "../util/suggest.js";
import type { PolicyIssue } from "./PolicyIssue.js";

type Path = readonly (string | number)[];
type Segment = string | number;

interface SchemaDef {
  readonly type: string;
  readonly shape?: Record<string, { _zod: { def: SchemaDef } }>;
  readonly element?: { _zod: { def: SchemaDef } };
  readonly innerType?: { _zod: { def: SchemaDef } };
  readonly options?: readonly { _zod: { def: SchemaDef } }[];
}

/** The definitions of the schemas a path can lead to (several, through unions). */
function defsAt(root: z.ZodType, path: Path): SchemaDef[] {
  let defs: SchemaDef[] = [(root as unknown as { _zod: { def: SchemaDef } })._zod.def];
  const unwrap = (list: SchemaDef[]): SchemaDef[] =>
    list.flatMap((d) =>
      d.type === "optional" || d.type === "nullable" || d.type === "default"
        ? unwrap([(d.innerType as { _zod: { def: SchemaDef } })._zod.def])
        : d.type === "union"
          ? unwrap((d.options ?? []).map((o) => o._zod.def))
          : [d],
    );
  for (const segment of path) {
    defs = unwrap(defs).flatMap((d) => {
      if (typeof segment === "number" && d.type === "array" && d.element) return [d.element._zod.def];
      if (typeof segment === "string" && d.type === "object" && d.shape && Object.hasOwn(d.shape, segment)) {
        return [(d.shape[segment] as { _zod: { def: SchemaDef } })._zod.def];
      }
      return [];
    });
  }
  return unwrap(defs);
}

/** The property names an object at `path` may have. */
function keysAt(root: z.ZodType, path: Path): string[] {
  return [...new Set(defsAt(root, path).flatMap((d) => (d.type === "object" && d.shape ? Object.keys(d.shape) : [])))];
}

function valueAt(value: unknown, path: Path): { found: boolean; value: unknown } {
  let current = value;
  for (const segment of path) {
    if (current === null || typeof current !== "object" || !Object.hasOwn(current, segment)) return { found: false, value: undefined };
    current = (current as Record<Segment, unknown>)[segment];
  }
  return { found: true, value: current };
}

function typeName(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  if (typeof value === "object") return "an object";
  if (typeof value === "string") return `the string ${showValue(value)}`;
  if (typeof value === "number" || typeof value === "boolean") return `${typeof value} ${String(value)}`;
  return typeof value;
}

const EXPECTED: Record<string, string> = {
  string: "a string",
  number: "a number",
  int: "a whole number",
  boolean: "true or false",
  object: "an object",
  array: "an array",
  literal: "the value",
};

function issue(code: PolicyIssue["code"], message: string, path: Path, value?: unknown, withValue = true): PolicyIssue {
  const shown = withValue && value !== undefined ? showValue(value) : undefined;
  return shown === undefined ? { code, severity: "error", message, path } : { code, severity: "error", message, path, value: shown };
}

function one(raw: z.core.$ZodIssue, base: Path, root: z.ZodType, input: unknown, out: PolicyIssue[]): void {
  const path: Path = [...base, ...(raw.path as Segment[])];
  const at = valueAt(input, path);
  switch (raw.code) {
    case "invalid_type": {
      if (!at.found) {
        const key = path[path.length - 1];
        out.push(
          issue("missing_property", `missing required property ${JSON.stringify(key)} (${EXPECTED[raw.expected] ?? raw.expected})`, path, undefined, false),
        );
        return;
      }
      out.push(issue("invalid_type", `expected ${EXPECTED[raw.expected] ?? raw.expected}, got ${typeName(at.value)}`, path, at.value));
      return;
    }
    case "unrecognized_keys": {
      const known = keysAt(root, path);
      for (const key of raw.keys) {
        out.push(
          issue(
            "unrecognized_keys",
            `unknown property ${JSON.stringify(key)}${didYouMean(key, known)} (allowed: ${known.join(", ")})`,
            [...path, key],
            undefined,
            false,
          ),
        );
      }
      return;
    }
    case "invalid_value": {
      if (!at.found) {
        out.push(
          issue(
            "missing_property",
            `missing required property ${JSON.stringify(path[path.length - 1])} (one of: ${raw.values.map((v) => JSON.stringify(v)).join(", ")})`,
            path,
            undefined,
            false,
          ),
        );
        return;
      }
      const values = raw.values.map((v) => JSON.stringify(v));
      const list = values.length <= 16 ? values.join(", ") : `${values.slice(0, 16).join(", ")}, ...`;
      // A value of the wrong type written like an allowed one ("1" for 1): say so, rather than suggest itself.
      const sameText = raw.values.find((v) => typeof v !== typeof at.value && String(v) === String(at.value));
      const hint =
        sameText !== undefined
          ? `; it is a ${typeof at.value}: write ${JSON.stringify(sameText)}`
          : typeof at.value === "string"
            ? didYouMean(at.value, raw.values.filter((v) => typeof v === "string").map(String))
            : "";
      out.push(issue("invalid_value", `${showValue(at.value)} is not allowed here${hint}; expected one of: ${list}`, path, at.value));
      return;
    }
    case "invalid_format": {
      out.push(
        issue("invalid_format", `${showValue(at.value)} ${raw.message.startsWith("must") ? raw.message : `is not a valid ${raw.format}`}`, path, at.value),
      );
      return;
    }
    case "too_small": {
      const what =
        raw.origin === "array"
          ? `at least ${String(raw.minimum)} item${Number(raw.minimum) === 1 ? "" : "s"}`
          : raw.origin === "string"
            ? Number(raw.minimum) === 1
              ? "some text"
              : `at least ${String(raw.minimum)} characters`
            : `at least ${String(raw.minimum)}`;
      const message = raw.message.startsWith("every fact") ? `${raw.message}: add a citation { "source", "quote" }` : `must have ${what}`;
      out.push(issue("too_small", message, path, at.value, raw.origin !== "array"));
      return;
    }
    case "too_big": {
      const what =
        raw.origin === "array"
          ? `at most ${String(raw.maximum)} items`
          : raw.origin === "string"
            ? `at most ${String(raw.maximum)} characters`
            : `at most ${String(raw.maximum)}`;
      out.push(issue("too_big", `must have ${what}`, path, at.value));
      return;
    }
    case "invalid_union": {
      // Report the branch of the union that matches the value's type; if none does, say what would.
      const branches = raw.errors.filter((errors) => !errors.some((e) => e.code === "invalid_type" && e.path.length === 0));
      if (branches.length === 1) {
        for (const nested of branches[0] as z.core.$ZodIssue[]) one(nested, path, root, input, out);
        return;
      }
      const described =
        defsAt(root, path).length > 0 ? 'a calendar day written YYYY-MM-DD, or an uncertain day { "earliest", "latest" }' : "one of the allowed forms";
      out.push(issue("invalid_union", `expected ${described}, got ${typeName(at.value)}`, path, at.value));
      return;
    }
    default:
      out.push(issue(raw.code as PolicyIssue["code"], raw.message, path, at.value));
  }
}

/**
 * Turns zod's issues into policy issues with messages that say what would be right.
 *
 * @internal
 */
export function structuralIssues(issues: readonly z.core.$ZodIssue[], root: z.ZodType, input: unknown): PolicyIssue[] {
  const out: PolicyIssue[] = [];
  for (const raw of issues) one(raw, [], root, input, out);
  return out;
}
