#!/usr/bin/env node
// Writes src/validate/generated/isPolicyShape.js: the policy format's JSON Schema compiled, ahead of
// time, into plain JavaScript that answers one question: does a value parsed from JSON have the shape
// of a policy document? validatePolicy uses it to accept a well-formed document without zod; zod still
// checks every document it rejects, and says what is wrong.
//
// Why not ajv's standalone code: it builds an error object for every failure and passes an options
// object into every nested call, which makes it larger (7 KB min+gz against 3.0 KB, counting and reporting included)
// and slower than a yes-or-no check needs. The schema uses a dozen keywords; this compiles exactly those and refuses any
// other, so a change to the zod schemas can never leave the check laxer than zod without failing here.
// Compiled at build time, so nothing calls `new Function` (strict Content-Security-Policy).
//
// The same pass counts what validatePolicy needs to know that `JSON.parse` lost no member to a
// duplicate key (see src/validate/json/countMembers.ts): the members of the document's objects and the
// colons in its strings, which the text's colons must number. Counted here rather than in a walk of its
// own, a valid document is walked once fewer (that walk was a tenth of validating one). Only strings
// that can hold a colon are counted: an id, a date or a code cannot (mayMatchColon). The commonest
// pattern, that of ids, is matched by a loop rather than a regular expression (kebabCase).
//
// `npm run schema` runs it after writing schema/policy.schema.json; tests/validate/isPolicyShape.test.ts
// fails if the committed file drifts from what this makes of the committed schema, and holds its answers
// to zod's on the catalogue and on thousands of mutated documents.
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
export const OUTPUT = join(root, "src", "validate", "generated", "isPolicyShape.js");
export const TYPES = join(root, "src", "validate", "generated", "isPolicyShape.d.ts");

/** What policyShapeMembers' declaration and code say of its report. */
const REPORT_DOC = [
  "With a `report`, an item of one of the document's lists that does not have its structure is put in",
  "`report.rejected` as `{ list, index }`, rather than making the document fail: the count is then the",
  "rest's, and -1 (with the report emptied) only when the rest does not have the structure. And",
  "`report.starts[list][index]` is what had been counted before each item of a list was checked:",
  "the count of the document's colons before the item's text, less the list's own colon, and less",
  "what the rejected items before it hold.",
  "",
  "With `report.failed` too, it says for each rejected item, in the same order, which members of the",
  "objects in it failed: `[object, key, object, key, ...]` when the item has its structure but for",
  "their values (each object's other members, and its keys, are the schema's), or null when the item",
  "itself fails. A member inside an `anyOf` is not reported: the `anyOf` fails, and the member that holds",
  "it is reported. A member inside another that is reported may be listed too, before it.",
];

/** What `check` is told for the root definition's own object. */
const ROOT = Symbol("root");

/** Keywords that only annotate. `format` is allowed only beside a `pattern`, which is what is checked. */
const ANNOTATIONS = new Set(["title", "description", "examples", "$comment"]);
const CHECKED = new Set([
  "type",
  "$ref",
  "anyOf",
  "const",
  "enum",
  "pattern",
  "minLength",
  "maxLength",
  "minimum",
  "maximum",
  "items",
  "minItems",
  "properties",
  "required",
  "additionalProperties",
]);

/** The pattern of ids, which a policy has more of than of any other string: matched by {@link KEBAB_CASE_CODE}. */
export const KEBAB_CASE = "^[a-z0-9]+(?:-[a-z0-9]+)*$";
/** {@link KEBAB_CASE} written out: for a short id, the loop costs a fraction of a call of a regular expression. */
const KEBAB_CASE_CODE = [
  "/** Whether `s` matches ^[a-z0-9]+(?:-[a-z0-9]+)*$: words of lower-case letters and digits, joined by single hyphens. */",
  "function kebabCase(s) {",
  "  const n = s.length;",
  "  if (n === 0 || s.charCodeAt(0) === 45 || s.charCodeAt(n - 1) === 45) return false;",
  "  for (let i = 0; i < n; i++) {",
  "    const c = s.charCodeAt(i);",
  "    // A letter is passed by one unsigned comparison (anything below a wraps to a large number).",
  "    if (c - 97 >>> 0 > 25 && (c === 45 ? s.charCodeAt(i - 1) === 45 : c - 48 >>> 0 > 9)) return false;",
  "  }",
  "  return true;",
  "}",
].join("\n");

/**
 * Whether a string that matches the regular expression `source` may contain a colon; false only when
 * it certainly cannot. Escapes become a placeholder and ranges of letters or digits go; then every
 * character left must be one of a few literals or syntax, and no class may be negated or hold a range.
 * Anything else (a dot, a colon, another escape, a range such as `+-9`) may match a colon.
 * @param {string} source
 */
export function mayMatchColon(source) {
  const rest = source
    .replace(/\\(?:[dws]|[.\-/+_'])/g, "_")
    .replace(/\(\?:/g, "(")
    .replace(/[0-9]-[0-9]|[A-Z]-[A-Z]|[a-z]-[a-z]/g, "");
  if (/[^A-Za-z0-9_'@+\-^$()[\]{}|?*,]/.test(rest)) return true;
  return (rest.match(/\[[^\]]*\]/g) ?? []).some((c) => c.startsWith("[^") || /.-./.test(c.slice(1, -1)));
}

/**
 * The module's source for a JSON Schema whose root is a `$ref` into its `$defs`.
 * @param {Record<string, any>} schema
 */
export function policyShapeCheckCode(schema) {
  const defs = schema.$defs ?? {};
  const functions = [];
  const constants = [];
  const regexps = new Map();
  let codePoints = false;
  let kebab = false;
  let reportedLists = false;
  let count = 0;

  const fail = (where, why) => {
    throw new Error(`policyShapeCheck: ${why} at ${where}`);
  };
  const refName = (ref, where) => {
    const match = /^#\/\$defs\/([A-Za-z][A-Za-z0-9]*)$/.exec(ref);
    if (!match || !Object.hasOwn(defs, match[1])) fail(where, `unsupported $ref ${JSON.stringify(ref)}`);
    return `is${match[1]}`;
  };
  const regexp = (source) => {
    if (!regexps.has(source)) {
      const name = `PATTERN_${regexps.size}`;
      regexps.set(source, name);
      // No `u` flag, as zod's expressions have none; `new RegExp` checks the source when the module loads.
      constants.push(`const ${name} = new RegExp(${JSON.stringify(source)});`);
    }
    return regexps.get(source);
  };

  /**
   * A boolean expression that is true when `v` (a variable name) matches `node`. `list`: the name of
   * the root's property that `node` is, when it is one (its items are reported, not failed: see
   * {@link arrayFunction}).
   */
  function check(node, v, where, list) {
    if (node === null || typeof node !== "object" || Array.isArray(node)) fail(where, "a schema must be an object");
    for (const key of Object.keys(node)) {
      if (ANNOTATIONS.has(key) || CHECKED.has(key)) continue;
      if (key === "format" && typeof node.pattern === "string") continue;
      fail(where, `unsupported keyword ${JSON.stringify(key)}`);
    }
    const parts = [];
    if (node.$ref !== undefined) parts.push(`${refName(node.$ref, where)}(${v})`);
    if (node.anyOf !== undefined) parts.push(`${anyOfFunction(node.anyOf, where)}(${v})`);
    switch (node.type) {
      case undefined:
        if (node.$ref === undefined && node.anyOf === undefined && node.const === undefined && node.enum === undefined) fail(where, "a schema with no type");
        break;
      case "string":
        parts.push(`typeof ${v} === "string"`);
        if (node.minLength !== undefined) {
          // Lengths count code points, as zod's do; a string is never shorter in code points than half its
          // UTF-16 units, nor longer than all of them, so the count is made only when that is not enough.
          if (node.minLength > 1) {
            codePoints = true;
            parts.push(`(${v}.length >= ${node.minLength * 2} || (${v}.length >= ${node.minLength} && codePoints(${v}) >= ${node.minLength}))`);
          } else if (node.minLength === 1) parts.push(`${v}.length > 0`);
        }
        if (node.maxLength !== undefined) {
          codePoints = true;
          parts.push(`atMost(${v}, ${node.maxLength})`);
        }
        if (node.pattern === KEBAB_CASE) {
          kebab = true;
          parts.push(`kebabCase(${v})`);
        } else if (node.pattern !== undefined) parts.push(`${regexp(node.pattern)}.test(${v})`);
        // Last, so that only an accepted string is counted.
        if (node.pattern === undefined ? !literals(node).every((x) => !String(x).includes(":")) || literals(node).length === 0 : mayMatchColon(node.pattern))
          parts.push(`colons(${v})`);
        break;
      case "number":
        parts.push(`typeof ${v} === "number"`);
        break;
      case "integer":
        // zod's int() takes only safe integers; JSON Schema's "integer" any whole number.
        parts.push(`Number.isSafeInteger(${v})`);
        break;
      case "boolean":
        parts.push(`typeof ${v} === "boolean"`);
        break;
      case "array":
        parts.push(`${arrayFunction(node, where, list)}(${v})`);
        break;
      case "object":
        parts.push(`${objectFunction(node, where, list === ROOT)}(${v})`);
        break;
      default:
        fail(where, `unsupported type ${JSON.stringify(node.type)}`);
    }
    if (node.type !== "string" && (node.minLength !== undefined || node.maxLength !== undefined || node.pattern !== undefined))
      fail(where, "string keywords on a non-string");
    if (node.type !== "array" && (node.items !== undefined || node.minItems !== undefined)) fail(where, "array keywords on a non-array");
    if (node.type !== "object" && (node.properties !== undefined || node.required !== undefined || node.additionalProperties !== undefined)) {
      fail(where, "object keywords on a non-object");
    }
    if (node.minimum !== undefined || node.maximum !== undefined) {
      if (node.type !== "number" && node.type !== "integer") fail(where, "number keywords on a non-number");
      if (node.minimum !== undefined) parts.push(`${v} >= ${node.minimum}`);
      if (node.maximum !== undefined) parts.push(`${v} <= ${node.maximum}`);
    }
    if (node.const !== undefined) parts.push(`${v} === ${literal(node.const, where)}`);
    if (node.enum !== undefined) parts.push(`(${node.enum.map((value) => `${v} === ${literal(value, where)}`).join(" || ")})`);
    return parts.length === 1 ? parts[0] : parts.join(" && ");
  }

  /** The values a node is limited to (`const`, `enum`); none: any. */
  function literals(node) {
    return [...(node.const === undefined ? [] : [node.const]), ...(node.enum ?? [])];
  }

  /**
   * The options of an `anyOf`: an option that fails may have counted part of the value, so its count is
   * undone. No member of an object inside it is reported ({@link rejects}): the value fails or not as a whole.
   */
  function anyOfFunction(options, where) {
    const name = `anyOf${count++}`;
    const lines = [`function ${name}(v) {`, "  const counted = members;", "  const was = reporting;", "  reporting = false;", "  try {"];
    options.forEach((option, i) => {
      lines.push(`    if (${check(option, "v", `${where}/anyOf/${i}`)}) return true;`, "    members = counted;");
    });
    lines.push("    return false;", "  } finally {", "    reporting = was;", "  }", "}");
    functions.push(lines.join("\n"));
    return name;
  }

  function literal(value, where) {
    if (value === null || typeof value === "object") fail(where, "only strings, numbers and booleans can be compared");
    return JSON.stringify(value);
  }

  /**
   * `list`: the root's property this array is. Its items are then each a part of the document that
   * `policyShapeMembers` can report rather than fail on: an item rejected is put in the report (when
   * one is asked for) with what it counted undone, and the rest of the document is checked and
   * counted on (`reportedItems`). The report also has the count before each item, which says where its text starts.
   */
  function arrayFunction(node, where, list) {
    if (node.items === undefined) fail(where, "an array without items");
    const name = `array${count++}`;
    const item = check(node.items, "v[i]", `${where}/items`);
    // An item that is a definition's, and nothing more, is checked by that definition's function.
    const itemCheck = /^(is[A-Za-z0-9]+)\(v\[i\]\)$/.exec(item)?.[1];
    const reported = typeof list === "string" && itemCheck !== undefined;
    if (reported) reportedLists = true;
    const loop = reported
      ? [`  return reportedItems(v, ${JSON.stringify(list)}, ${itemCheck});`]
      : [`  for (let i = 0; i < v.length; i++) if (!(${item})) return false;`, "  return true;"];
    functions.push(
      [`function ${name}(v) {`, `  if (!Array.isArray(v)${node.minItems ? ` || v.length < ${node.minItems}` : ""}) return false;`, ...loop, "}"].join("\n"),
    );
    return name;
  }

  /**
   * `root`: the document's own object, whose lists' items are reported ({@link arrayFunction}). A member
   * of any other object that fails is reported rather than failing it, when asked ({@link rejects}).
   */
  function objectFunction(node, where, root) {
    if (node.additionalProperties !== false) fail(where, "an object that allows other properties (zod's strictObject does not)");
    const properties = node.properties ?? {};
    const required = new Set(node.required ?? []);
    for (const key of required) if (!Object.hasOwn(properties, key)) fail(where, `required ${JSON.stringify(key)} is not a property`);
    const name = `object${count++}`;
    const lines = [`function ${name}(v) {`, '  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;'];
    const keys = Object.keys(properties);
    if (keys.length === 0) {
      lines.push("  for (const k in v) return false;", "  return true;", "}");
    } else {
      // Each property is read once, in the loop over the keys (the quickest way an engine has to read
      // them), rather than each of the schema's properties by name, present or not. A key that is not a
      // property fails (__proto__ included: JSON.parse makes it an own key); the required ones are
      // counted, and each member (property names hold no colon: checked below). A member whose value
      // fails fails the object, unless it is reported ({@link rejects}: not the root's, whose lists'
      // items are reported instead).
      if (required.size > 0) lines.push("  let required = 0;");
      lines.push("  for (const k in v) {", "    const p = v[k];", "    let ok;", "    switch (k) {");
      for (const key of keys) {
        // Names a plain object inherits (constructor, toString) would be read from its prototype.
        if (key in Object.prototype) fail(where, `the property name ${JSON.stringify(key)} is inherited by every object`);
        if (key.includes(":")) fail(where, `the property name ${JSON.stringify(key)} has a colon, which the count of members does not expect`);
        const test = check(properties[key], "p", `${where}/properties/${key}`, root ? key : undefined);
        lines.push(`      case ${JSON.stringify(key)}:`, `        ok = ${test};`);
        if (required.has(key)) lines.push("        required++;");
        lines.push("        break;");
      }
      lines.push("      default:", "        return false;", "    }", `    if (!ok${root ? "" : " && !rejects(v, k)"}) return false;`, "    members++;", "  }");
      lines.push(required.size > 0 ? `  return required === ${required.size};` : "  return true;", "}");
    }
    functions.push(lines.join("\n"));
    return name;
  }

  /** How deeply containers nest in a value that matches `node` (an object or array is 1); Infinity if without bound. */
  const depths = new Map();
  function depth(node) {
    let d = 0;
    if (node.$ref !== undefined) {
      const name = node.$ref.slice("#/$defs/".length);
      if (!depths.has(name)) {
        depths.set(name, Infinity); // until known: a definition that contains itself has no bound
        depths.set(name, depth(defs[name]));
      }
      d = depths.get(name);
    }
    for (const option of node.anyOf ?? []) d = Math.max(d, depth(option));
    if (node.type === "array") d = Math.max(d, 1 + depth(node.items));
    if (node.type === "object") d = Math.max(d, 1 + Math.max(0, ...Object.values(node.properties ?? {}).map(depth)));
    return d;
  }

  for (const key of Object.keys(schema)) {
    if (!["$schema", "$id", "$ref", "$defs", ...ANNOTATIONS].includes(key)) fail("#", `unsupported root keyword ${JSON.stringify(key)}`);
  }
  if (typeof schema.$ref !== "string") fail("#", "the root must be a $ref into $defs");
  const entry = refName(schema.$ref, "#");
  for (const [name, def] of Object.entries(defs)) {
    if (!/^[A-Za-z][A-Za-z0-9]*$/.test(name)) fail(`#/$defs/${name}`, "a definition name that is not an identifier");
    const root = `is${name}` === entry && def.type === "object" ? ROOT : undefined;
    functions.push(`function is${name}(v) {\n  return ${check(def, "v", `#/$defs/${name}`, root)};\n}`);
  }
  const deepest = depth(schema);
  if (!Number.isFinite(deepest)) fail("#", "a definition that contains itself (the depth of a document would have no bound)");

  const helper = [
    "/** Code points, as zod counts a string's length: a surrogate pair is one. */",
    "function codePoints(s) {",
    "  let n = s.length;",
    "  for (let i = 0; i < s.length - 1; i++) {",
    "    if ((s.charCodeAt(i) & 0xfc00) === 0xd800 && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {",
    "      n--;",
    "      i++;",
    "    }",
    "  }",
    "  return n;",
    "}",
    "/** Whether `s` has at most `max` code points; counted only when its UTF-16 units are more. */",
    "function atMost(s, max) {",
    "  return s.length <= max || codePoints(s) <= max;",
    "}",
  ].join("\n");
  const counting = [
    "/** The members of objects and the colons in strings accepted so far. */",
    "let members = 0;",
    "/** What policyShapeMembers reports of the items of the root's lists, when asked; else null, and an item that fails fails the whole. */",
    "let report = null;",
    "/** Whether the members of objects that fail are reported, in `failed`: while an item of a list is checked for a report, outside any anyOf. */",
    "let reporting = false;",
    "/** The members of objects in the item being checked that failed: the object, then the key. */",
    "const failed = [];",
    "/** Whether the member `k` of `v`, which failed, is reported (then `v` is checked on); else it fails `v`. */",
    "function rejects(v, k) {",
    "  if (reporting) failed.push(v, k);",
    "  return reporting;",
    "}",
    "/** Counts the colons of an accepted string; true. */",
    "function colons(s) {",
    '  for (let i = s.indexOf(":"); i !== -1; i = s.indexOf(":", i + 1)) members++;',
    "  return true;",
    "}",
  ].join("\n");
  const counted = [
    "/**",
    " * -1 when a value parsed from JSON does not have the structure of a policy document; when it does, the",
    " * number of members of its objects plus the colons in its strings (its keys have none).",
    " *",
    ...REPORT_DOC.map((line) => (line ? ` * ${line}` : " *")),
    " */",
    "export function policyShapeMembers(v, asked) {",
    "  members = 0;",
    "  report = asked ?? null;",
    "  try {",
    `    if (${entry}(v)) return members;`,
    "    if (asked) {",
    "      asked.rejected.length = 0;",
    "      if (asked.failed) asked.failed.length = 0;",
    "      for (const list in asked.starts) delete asked.starts[list];",
    "    }",
    "    return -1;",
    "  } finally {",
    "    report = null;",
    "    reporting = false;",
    "    failed.length = 0;",
    "  }",
    "}",
    `/** How deeply the containers of a document of the policy's structure can nest (the outermost is 1). */`,
    `export const POLICY_SHAPE_DEPTH = ${deepest};`,
  ].join("\n");
  const reporter = [
    "/**",
    " * The items of the root's list `list`, each checked by `check`: with a report, one that fails, or that",
    " * has its structure but for the values of members of its objects (which go in `report.failed`, when it",
    " * has one), is put in it with what it counted undone, rather than failing the list (see",
    " * policyShapeMembers). The report also has the count before each item, which says where its text starts.",
    " */",
    "function reportedItems(v, list, check) {",
    "  const starts = report === null ? null : (report.starts[list] = []);",
    "  for (let i = 0; i < v.length; i++) {",
    "    const counted = members;",
    "    if (starts !== null) starts.push(counted);",
    "    if (failed.length !== 0) failed.length = 0;",
    "    reporting = report !== null;",
    "    const shaped = check(v[i]);",
    "    reporting = false;",
    "    if (!shaped || failed.length > 0) {",
    "      if (report === null) return false;",
    "      members = counted;",
    "      report.rejected.push({ list, index: i });",
    "      report.failed?.push(shaped ? failed.slice() : null);",
    "    }",
    "  }",
    "  return true;",
    "}",
  ].join("\n");
  return [
    "// Generated by scripts/policyShapeCheck.mjs from schema/policy.schema.json (npm run schema). Do not edit.",
    "// True when a value parsed from JSON has the structure of a policy document.",
    ...constants,
    ...(codePoints ? [helper] : []),
    ...(kebab ? [KEBAB_CASE_CODE] : []),
    counting,
    ...(reportedLists ? [reporter] : []),
    ...functions,
    counted,
    `export default ${entry};`,
    "// Each definition's check, for a part of a document: isStatement, isSource, ...",
    `export { ${Object.keys(defs)
      .map((name) => `is${name}`)
      .join(", ")} };`,
    "",
  ].join("\n");
}

/**
 * The declarations of that module.
 * @param {Record<string, any>} schema
 */
export function policyShapeCheckTypes(schema) {
  const names = Object.keys(schema.$defs ?? {});
  return [
    "// Generated by scripts/policyShapeCheck.mjs with isPolicyShape.js (npm run schema). Do not edit.",
    "",
    "/**",
    " * Whether a value parsed from JSON has the structure of a policy document, as the JSON Schema",
    " * (schema/policy.schema.json) describes it. It stops at the first problem and says nothing about it.",
    " */",
    "declare const isPolicyShape: (data: unknown) => boolean;",
    "export default isPolicyShape;",
    "",
    "/**",
    " * -1 when a value parsed from JSON does not have the structure of a policy document; when it does, the",
    " * number of members of its objects plus the colons in its strings.",
    " *",
    ...REPORT_DOC.map((line) => (line ? ` * ${line}` : " *")),
    " */",
    "export declare function policyShapeMembers(",
    "  data: unknown,",
    "  report?: {",
    "    readonly rejected: { list: string; index: number }[];",
    "    readonly starts: Record<string, number[]>;",
    "    readonly failed?: (unknown[] | null)[];",
    "  },",
    "): number;",
    "/** How deeply the containers of a document of the policy's structure can nest (the outermost is 1). */",
    "export declare const POLICY_SHAPE_DEPTH: number;",
    "",
    ...names.map(
      (name) =>
        `/** Whether a value parsed from JSON has the structure of the schema's \`${name}\`. */\nexport declare const is${name}: (data: unknown) => boolean;`,
    ),
    "",
  ].join("\n");
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const schema = JSON.parse(readFileSync(join(root, "schema", "policy.schema.json"), "utf8"));
  writeFileSync(OUTPUT, policyShapeCheckCode(schema));
  writeFileSync(TYPES, policyShapeCheckTypes(schema));
}
