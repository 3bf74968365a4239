import { PolicySchema } from "../schema/policy.js";
import type { Policy } from "../schema/types.js";
import { decodeText } from "./decodeText.js";
import { LineIndex } from "./json/lineIndex.js";
import { findSpan } from "./json/findSpan.js";
import { countColonsMarking, countKeys, countMembers, keysAndColons } from "./json/countMembers.js";
import { locateByColons } from "./json/locateByColons.js";
import { locatePaths } from "./json/locatePaths.js";
import { scanJson } from "./json/scanJson.js";
import { lintPolicy } from "./lintPolicy.js";
import { showValue } from "../util/suggest.js";
import type { PolicyIssue } from "./PolicyIssue.js";
import { structuralIssues } from "./structuralIssues.js";
import isPolicyShape, { POLICY_SHAPE_DEPTH } from "./generated/isPolicyShape.js";
import { documentShape, type Shape } from "./documentShape.js";
import { checkWithZod, localZodIssues } from "./localZodIssues.js";

/**
 * Options for {@link validatePolicy}.
 *
 * @category Validate
 */
export interface ValidateOptions {
  /** The file name to put in locations. */
  readonly file?: string;
  /** Larger inputs are refused with a `too_large` issue. Default: 16 MiB. */
  readonly maxBytes?: number;
  /** Deeper nesting is refused with a `too_deep` issue. Default: 64 (a policy needs about 8). */
  readonly maxDepth?: number;
  /**
   * At most this many problems are located and reported, the first in the text; a `too_many_issues`
   * issue then says how many more there are. Default: 1,000. Locating each costs time, and a document
   * with 200,000 broken entries would otherwise take minutes.
   */
  readonly maxIssues?: number;
}

const DEFAULT_MAX_ISSUES = 1000;

/** The first `max` issues, and one that says how many more there were. */
function capped(issues: PolicyIssue[], max: number): { kept: PolicyIssue[]; more: number } {
  return issues.length <= max ? { kept: issues, more: 0 } : { kept: issues.slice(0, max), more: issues.length - max };
}

function tooMany(more: number, max: number, file: string | undefined, located = true): PolicyIssue {
  const issue: PolicyIssue = {
    code: "too_many_issues",
    severity: "error",
    message: `${more} more problem${more === 1 ? "" : "s"} not shown: only the first ${max} are reported; fix them and validate again`,
    path: [],
  };
  if (!located) return issue;
  const location = file === undefined ? { line: 1, column: 1, offset: 0, length: 0 } : { file, line: 1, column: 1, offset: 0, length: 0 };
  return { ...issue, location };
}

/**
 * The outcome of validating a policy document: whether it is valid, the policy when it is, and every
 * problem found (warnings included).
 *
 * @category Validate
 */
export interface ValidationResult {
  /** `true` when there is no error (there may be warnings). */
  readonly valid: boolean;
  /** The policy, when valid. */
  readonly policy?: Policy;
  /** Every problem, in the order they appear in the text. */
  readonly issues: readonly PolicyIssue[];
}

/** @internal */
export const DEFAULT_MAX_BYTES = 16 * 1024 * 1024;

function result(issues: PolicyIssue[], policy?: Policy): ValidationResult {
  const valid = !issues.some((i) => i.severity === "error");
  return valid && policy ? { valid, policy, issues } : { valid, issues };
}

type Locator = (offset: number, length: number) => NonNullable<PolicyIssue["location"]>;

function locator(lines: LineIndex, file: string | undefined): Locator {
  return (offset, length) => {
    const { line, column } = lines.locate(offset);
    return file === undefined ? { line, column, offset, length } : { file, line, column, offset, length };
  };
}

/** The path whose value an issue is shown at: the enclosing object for a missing property; else the value. */
const spanPath = (issue: PolicyIssue) => (issue.code === "missing_property" ? issue.path.slice(0, -1) : issue.path);

/** The value text was parsed into, with nothing lost, and what is known of the text. */
interface Parsed {
  readonly parsed: unknown;
  /** The text has a `\u` escape, which can write a colon that the text does not show. */
  readonly escaped: boolean;
  readonly lines: () => LineIndex;
  readonly colonsBefore: Shape["colonsBefore"];
  /** The offsets of the text's colons numbered 0, 64, 128, ..., once they have been counted. */
  readonly checkpoints: readonly number[] | undefined;
}

/**
 * Puts a line and column on every issue, from its path into the text. When the text is known to be
 * what `value` was parsed from, with nothing lost, the paths are found together: from the text's
 * colons when it has no `\u` escape ({@link locateByColons}), else in one guided pass
 * ({@link locatePaths}); if that gives up, or the text is not known to be intact, each is found by
 * {@link findSpan}.
 */
function locate(text: string, issues: PolicyIssue[], at: Locator, file: string | undefined, value: Parsed | undefined): PolicyIssue[] {
  const pending = issues.filter((issue) => !issue.location);
  if (pending.length === 0) return issues;
  if (value !== undefined) {
    const paths = pending.map(spanPath);
    const spans =
      (value.escaped ? undefined : locateByColons(text, value.parsed, paths, value.lines(), value.colonsBefore, value.checkpoints)) ??
      locatePaths(text, value.parsed, paths);
    if (spans !== undefined) {
      let next = 0;
      return issues.map((issue) => {
        if (issue.location) return issue;
        const span = spans[next++];
        if (span === undefined) return locateOne(text, issue, at);
        // An unknown property is shown at its key.
        const where = issue.code === "unrecognized_keys" && span.key !== undefined ? span.key : span;
        const { line, column, offset, length } = where;
        return {
          ...issue,
          location: file === undefined ? { line, column, offset, length } : { file, line, column, offset, length },
        };
      });
    }
  }
  return issues.map((issue) => (issue.location ? issue : locateOne(text, issue, at)));
}

function locateOne(text: string, issue: PolicyIssue, at: Locator): PolicyIssue {
  const span = findSpan(text, spanPath(issue));
  // An unknown property is shown at its key.
  const onKey = issue.code === "unrecognized_keys" && span.keyOffset !== undefined && span.keyLength !== undefined;
  return { ...issue, location: onKey ? at(span.keyOffset as number, span.keyLength as number) : at(span.offset, span.length) };
}

/**
 * `fromJson`: the value is `JSON.parse`'s, which lets the semantic checks read it more cheaply, and
 * lets a document of the right shape skip zod: the JSON Schema compiled ahead of time
 * ({@link isPolicyShape}, a test holds it to zod's verdict) accepts it in about half zod's time, and the
 * value, plain data that nobody else holds, is the policy as it stands (zod would copy it, unchanged:
 * the schemas have no defaults or transforms). What it rejects, zod checks and says why, part by part
 * ({@link localZodIssues}).
 */
function checkValue(value: unknown, fromJson: boolean, shape?: Shape): { issues: PolicyIssue[]; policy: Policy | undefined } {
  if (fromJson) {
    // `shape`: what the compiled check said of this value, when it has been asked already.
    if (shape?.shaped ?? isPolicyShape(value)) {
      const issues = lintPolicy(value, true);
      return { issues, policy: issues.some((i) => i.severity === "error") ? undefined : (value as Policy) };
    }
    const raw = localZodIssues(value, shape?.rejected);
    if (raw.length > 0) {
      const issues = structuralIssues(raw, PolicySchema, value);
      for (const issue of lintPolicy(value, true)) issues.push(issue);
      return { issues, policy: undefined };
    }
    // The compiled check rejected what zod accepts (a test says it never does): zod decides, below.
  }
  const parsed = checkWithZod(PolicySchema, value);
  const issues = parsed.success ? [] : structuralIssues(parsed.error.issues, PolicySchema, value);
  for (const issue of lintPolicy(value, fromJson)) issues.push(issue);
  if (!parsed.success || issues.some((i) => i.severity === "error")) return { issues, policy: undefined };
  return { issues, policy: parsed.data };
}

function validateText(text: string, options: ValidateOptions, bom: boolean): ValidationResult {
  // Line starts are found only if something needs a location.
  let lineIndex: LineIndex | undefined;
  const lines = () => {
    if (lineIndex === undefined) lineIndex = new LineIndex(text);
    return lineIndex;
  };
  const at: Locator = (offset, length) => locator(lines(), options.file)(offset, length);
  const issues: PolicyIssue[] = [];
  if (bom) {
    issues.push({
      code: "byte_order_mark",
      severity: "warning",
      message: "the file starts with a byte-order mark; JSON files should not have one",
      path: [],
      location: at(0, 0),
    });
  }
  const syntaxIssue = (error: { message: string; offset: number; length: number }): PolicyIssue => {
    const { message, offset, length } = error;
    const code = message.startsWith("nesting deeper") ? "too_deep" : message.startsWith("the file is empty") ? "empty_input" : "invalid_json";
    return { code, severity: "error", message, path: [], location: at(offset, length) };
  };
  // A \u escape can write a colon that the text does not show: then the members are counted in the text.
  const escaped = text.includes("\\u");
  // The text's colons, counted once, with a checkpoint every 64 for finding one again (locateByColons).
  const checkpoints: number[] = [];
  let colonCount = -1;
  const textColons = () => {
    if (colonCount < 0) colonCount = countColonsMarking(text, checkpoints);
    return colonCount;
  };
  /** `intact`: the text is exactly what `value` was parsed from, no member lost to a duplicate key. */
  const checked = (value: unknown, intact: boolean, shape?: Shape): ValidationResult => {
    const found = checkValue(value, true, shape);
    const parsed = intact
      ? { parsed: value, escaped, lines, colonsBefore: shape?.colonsBefore, checkpoints: colonCount < 0 ? undefined : checkpoints }
      : undefined;
    // Locating is what costs, per issue: only the first ones are located (zod and the semantic checks
    // report in the text's order, nearly), and the rest are counted.
    const { kept, more } = capped(found.issues, maxIssues);
    for (const issue of locate(text, kept, at, options.file, parsed)) issues.push(issue);
    issues.sort((a, b) => (a.location?.offset ?? -1) - (b.location?.offset ?? -1));
    if (more > 0) issues.push(tooMany(more, maxIssues, options.file));
    return result(issues, found.policy);
  };
  const maxDepth = options.maxDepth ?? 64;
  const maxIssues = options.maxIssues ?? DEFAULT_MAX_ISSUES;
  // Well-formed text, as nearly all is: parsed by the engine, with nothing lost to duplicate keys.
  let quick: unknown;
  let parsed = false;
  try {
    quick = JSON.parse(text);
    parsed = true;
  } catch {
    // The scanner below says where.
  }
  if (parsed) {
    // The quickest way, for a document of the policy's structure (as most are): the compiled check
    // counts its members and colons as it checks it, and it cannot nest deeper than allowed. Items of
    // its lists that do not have their structure are counted apart, and only they go to zod.
    let shape: Shape | undefined;
    if (!escaped && maxDepth >= POLICY_SHAPE_DEPTH) {
      const found = documentShape(quick, maxDepth);
      shape = found.shape;
      if (found.members >= 0 && textColons() === found.members) return checked(quick, true, shape);
    }
    // -1 when nested deeper than allowed: the scanner below says where.
    const counted = keysAndColons(quick, maxDepth);
    const intact = counted >= 0 && (escaped ? countMembers(text, maxDepth) === countKeys(quick) : textColons() === counted);
    if (intact) return checked(quick, true, shape);
  }
  const scan = scanJson(text, { maxDepth });
  if (scan.error) return result([...issues, syntaxIssue(scan.error)]);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    // What the quick scan let through (a control character inside a string): scan again, strictly, to say where.
    const strict = scanJson(text, { maxDepth, strict: true });
    const fallback = { message: `invalid JSON: ${(error as Error).message}`, offset: 0, length: 0 };
    return result([...issues, syntaxIssue(strict.error ?? fallback)]);
  }
  for (const d of scan.duplicates) {
    const first = at(d.firstOffset, 0);
    issues.push({
      code: "duplicate_key",
      severity: "error",
      message: `duplicate key ${JSON.stringify(d.key)} (first at line ${first.line}, column ${first.column}); JSON parsers keep only the last one`,
      path: d.path,
      location: at(d.offset, d.length),
    });
  }
  return checked(value, false);
}

/**
 * Checks a policy document and reports every problem at once, each with its JSON path and, for text,
 * its line and column.
 *
 * @remarks
 * Accepts JSON text (a string, or bytes that must be UTF-8) or an already parsed value. Text is read by
 * a strict scanner that reports the first syntax error with its position, duplicate keys, and nesting
 * deeper than `maxDepth`; then the structure is checked against {@link PolicySchema}, and the meaning
 * (ids, references, intervals, sources, contradictions) by checks JSON Schema cannot express. It never
 * throws and never modifies its input.
 *
 * @param given - JSON text, UTF-8 bytes (a Uint8Array, an ArrayBuffer or another view of one), or a parsed value.
 * @param givenOptions - The file name for locations, and size limits.
 * @returns `{ valid, policy?, issues }`.
 * @example
 * ```ts
 * import { validatePolicy } from "ai-data-policy/validate";
 * const result = validatePolicy('{"formatVersion": 1, "id": "x"}', { file: "x.json" });
 * result.valid; //=> false
 * result.issues[0]?.location; //=> { file: "x.json", line: 1, column: 1, ... }
 * ```
 * @category Validate
 */
export function validatePolicy(given: unknown, givenOptions: ValidateOptions = {}): ValidationResult {
  // It never throws: options that are not an object (null, say) are read as none.
  const options: ValidateOptions = typeof givenOptions === "object" && givenOptions !== null ? givenOptions : {};
  // A limit that is not a number of what it limits (NaN would compare false, as no limit) is said, not
  // read as none: the caller set it for a reason.
  const badOptions = (["maxBytes", "maxDepth", "maxIssues"] as const).flatMap((name) => {
    const value = options[name];
    if (value === undefined || (Number.isInteger(value) && value >= 1)) return [];
    const issue: PolicyIssue = {
      code: "invalid_option",
      severity: "error",
      message: `options.${name}: ${showValue(value)} is not a limit; give a whole number from 1`,
      path: [],
    };
    return [issue];
  });
  if (badOptions.length > 0) return result(badOptions);
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  // Bytes however they come (fetch's arrayBuffer(), a Buffer, a DataView) are read as the bytes they are.
  const input =
    given instanceof ArrayBuffer
      ? new Uint8Array(given)
      : ArrayBuffer.isView(given) && !(given instanceof Uint8Array)
        ? new Uint8Array(given.buffer, given.byteOffset, given.byteLength)
        : given;
  try {
    if (input instanceof Uint8Array) {
      if (input.byteLength > maxBytes) return result([tooLarge(input.byteLength, maxBytes, options.file)]);
      const decoded = decodeText(input);
      if (!decoded.ok) {
        // Where the bad byte is, as line and column: the text before it is readable.
        const before = new TextDecoder("utf-8").decode(input.subarray(0, decoded.offset));
        const lastBreak = before.lastIndexOf("\n");
        const line = before.split("\n").length;
        const column = before.length - lastBreak;
        const location =
          options.file === undefined
            ? { line, column, offset: decoded.offset, length: 1 }
            : { file: options.file, line, column, offset: decoded.offset, length: 1 };
        return result([{ code: decoded.code, severity: "error", message: decoded.message, path: [], location }]);
      }
      return validateText(decoded.text, options, decoded.bom);
    }
    if (typeof input === "string") {
      if (input.length > maxBytes) return result([tooLarge(input.length, maxBytes, options.file)]);
      const bom = input.charCodeAt(0) === 0xfeff;
      return validateText(bom ? input.slice(1) : input, options, bom);
    }
    const checked = checkValue(input, false);
    const max = options.maxIssues ?? DEFAULT_MAX_ISSUES;
    const { kept, more } = capped(checked.issues, max);
    if (more > 0) kept.push(tooMany(more, max, options.file, false));
    return result(kept, checked.policy);
  } catch (error) {
    return result([
      {
        code: "internal_error",
        severity: "error",
        message: `the validator failed: ${(error as Error)?.message ?? String(error)} (please report this)`,
        path: [],
      },
    ]);
  }
}

/**
 * The issue for an input over the size limit; `size` is `undefined` when the input was not read to its
 * end (a stream, or a file read only up to the limit).
 *
 * @internal
 */
export function tooLarge(size: number | undefined, max: number, file: string | undefined): PolicyIssue {
  const mb = (n: number) => (n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MiB` : n >= 1024 ? `${(n / 1024).toFixed(1)} KiB` : `${n} bytes`);
  const location = file === undefined ? { line: 1, column: 1, offset: 0, length: 0 } : { file, line: 1, column: 1, offset: 0, length: 0 };
  return {
    code: "too_large",
    severity: "error",
    message: `the input is ${size === undefined ? `larger than ${mb(max)}` : mb(size)}; the limit is ${mb(max)} (a policy is usually well under 1 MiB)`,
    path: [],
    location,
  };
}
