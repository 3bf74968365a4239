import * as fs from "node:fs";
import { readFileSync, readdirSync } from "node:fs";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import * as catalog from "../../src/catalog/index.js";
import * as docs from "../../src/docs/index.js";
import * as core from "../../src/index.js";
import * as validate from "../../src/validate/index.js";

// Every ```ts block in a TSDoc @example runs, and every `//=> value` comment is checked against the
// value of the expression it follows, so that the examples in the API reference cannot rot.

const MODULES: Record<string, Record<string, unknown>> = {
  "ai-data-policy": core,
  "ai-data-policy/catalog": catalog,
  "ai-data-policy/validate": validate,
  "ai-data-policy/docs": docs,
  "node:fs": fs,
};
for (const id of catalog.platformIds()) MODULES[`ai-data-policy/catalog/${id}`] = await import(`../../src/catalog/platforms/${id}.ts`);

const SRC = new URL("../../src/", import.meta.url);
const files = (readdirSync(SRC, { recursive: true }) as string[]).filter((f) => f.endsWith(".ts")).sort();

interface Example {
  readonly file: string;
  readonly line: number;
  readonly code: string;
}

/** The ```ts blocks of every @example in a file. */
function examplesOf(file: string): Example[] {
  const text = readFileSync(new URL(file, SRC), "utf8");
  const examples: Example[] = [];
  for (const comment of text.matchAll(/\/\*\*[\s\S]*?\*\//g)) {
    const body = comment[0].split("\n").map((l) => l.replace(/^\s*\/?\*+\/?\s?/, "").replace(/\*\/$/, ""));
    const startLine = text.slice(0, comment.index).split("\n").length;
    let inExample = false;
    let block: string[] | undefined;
    let blockLine = 0;
    body.forEach((line, i) => {
      if (/^@example\b/.test(line)) inExample = true;
      else if (/^@\w+/.test(line) && block === undefined) inExample = false;
      if (!inExample) return;
      if (block === undefined && /^```(ts|typescript)\s*$/.test(line)) {
        block = [];
        blockLine = startLine + i + 1;
      } else if (block !== undefined && /^```\s*$/.test(line)) {
        examples.push({ file, line: blockLine, code: block.join("\n") });
        block = undefined;
      } else if (block !== undefined) block.push(line);
    });
  }
  return examples;
}

/** Reads a JSON-ish literal at the start of a comment; the rest is prose. `...` marks an elided part of an array. */
function literalAt(text: string): string | undefined {
  const s = text.trimStart();
  const first = s[0];
  if (first === '"') {
    const m = /^"(?:[^"\\]|\\.)*"/.exec(s);
    return m?.[0];
  }
  if (first === "[" || first === "{") {
    let depth = 0;
    for (let i = 0; i < s.length; i++) {
      const c = s[i];
      if (c === '"') {
        const m = /^"(?:[^"\\]|\\.)*"/.exec(s.slice(i));
        i += (m?.[0].length ?? 1) - 1;
      } else if (c === "[" || c === "{") depth++;
      else if (c === "]" || c === "}") {
        depth--;
        if (depth === 0) return s.slice(0, i + 1);
      }
    }
    return undefined;
  }
  return /^(?:-?\d+(?:\.\d+)?|true|false|null|undefined)\b/.exec(s)?.[0];
}

interface Expected {
  readonly kind: "exact" | "prefix" | "suffix" | "subset";
  readonly value: unknown;
}

function expectedOf(literal: string): Expected {
  if (literal === "undefined") return { kind: "exact", value: undefined };
  if (literal.startsWith("{")) {
    // An object may leave out keys with `...`, and write its keys unquoted as in code.
    const subset = /,\s*\.\.\.\s*\}$/.test(literal);
    const json = literal.replace(/,\s*\.\.\.\s*\}$/, "}").replace(/([{,]\s*)([A-Za-z_$][\w$]*)\s*:/g, '$1"$2":');
    return { kind: subset ? "subset" : "exact", value: JSON.parse(json) as unknown };
  }
  const elidedStart = /^\[\s*\.\.\.\s*,/.test(literal);
  const elidedEnd = /,\s*\.\.\.\s*\]$/.test(literal);
  const json = literal.replace(/^\[\s*\.\.\.\s*,/, "[").replace(/,\s*\.\.\.\s*\]$/, "]");
  const value = JSON.parse(json) as unknown;
  return { kind: elidedStart ? "suffix" : elidedEnd ? "prefix" : "exact", value };
}

interface Check {
  readonly line: number;
  readonly source: string;
  readonly expected: Expected;
}

/** Rewrites an example into a script: imports become bindings, checked expressions are recorded. */
function instrument(code: string): { script: string; checks: Check[] } {
  const lines = code.split("\n");
  const out: string[] = [];
  const checks: Check[] = [];
  let lastCode = -1;
  let statementStart = -1;
  const pushCode = (line: string) => {
    const previous = lastCode < 0 ? "" : (out[lastCode] ?? "").trim();
    out.push(line);
    if (lastCode < 0 || /[;{}]$/.test(previous)) statementStart = out.length - 1;
    lastCode = out.length - 1;
  };
  lines.forEach((line, i) => {
    const imp = /^\s*import\s+(type\s+)?\{([^}]*)\}\s+from\s+"([^"]+)";?\s*$/.exec(line);
    const imported = /^\s*import\s+([A-Za-z_$][\w$]*)\s+from\s+"([^"]+)";?\s*$/.exec(line);
    if (imported) {
      const module = imported[2] as string;
      if (!(module in MODULES)) throw new Error(`example imports unknown module ${module}`);
      pushCode(`const ${imported[1]} = __modules[${JSON.stringify(module)}].default;`);
      return;
    }
    if (imp) {
      if (imp[1]) {
        out.push("");
        return;
      }
      const module = imp[3] as string;
      if (!(module in MODULES)) throw new Error(`example imports unknown module ${module}`);
      const names = (imp[2] as string)
        .split(",")
        .map((n) => n.trim())
        .filter((n) => n && !n.startsWith("type "))
        .map((n) => n.replace(/\s+as\s+/, ": "));
      pushCode(`const { ${names.join(", ")} } = __modules[${JSON.stringify(module)}];`);
      return;
    }
    const at = line.indexOf("//=>");
    if (at < 0) {
      if (line.trim() && !line.trim().startsWith("//")) pushCode(line);
      else out.push(line);
      return;
    }
    const literal = literalAt(line.slice(at + 4));
    if (literal === undefined) throw new Error(`line ${i + 1}: //=> is not followed by a JSON-ish literal: ${line}`);
    const expected = expectedOf(literal);
    const before = line.slice(0, at).trim();
    let target: number;
    if (before) {
      out.push(before);
      target = out.length - 1;
    } else {
      // The comment is on a line of its own: it checks the whole statement before it.
      target = statementStart;
      if (target >= 0 && lastCode > target) {
        out[target] = out.slice(target, lastCode + 1).join("\n");
        for (let j = target + 1; j <= lastCode; j++) out[j] = "";
      }
    }
    const source = (out[target] ?? "").trim().replace(/;$/, "");
    if (target < 0 || !source) throw new Error(`line ${i + 1}: //=> follows no expression`);
    out[target] = `__check(${checks.length}, (${source}));`;
    checks.push({ line: i + 1, source, expected });
    out.push("");
    lastCode = target;
  });
  return { script: out.join("\n"), checks };
}

function normalize(value: unknown): unknown {
  return value === undefined ? undefined : JSON.parse(JSON.stringify(value));
}

const examples = files.flatMap(examplesOf);

describe("TSDoc examples", () => {
  it("are found in the sources", () => {
    expect(examples.length).toBeGreaterThan(20);
  });

  for (const example of examples) {
    it(`${example.file}:${example.line} runs and its //=> values hold`, () => {
      const { script, checks } = instrument(example.code);
      const js = ts.transpileModule(script, { compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.None } }).outputText;
      const actual = new Map<number, unknown>();
      const run = new Function("__modules", "__check", `"use strict";\n${js}`);
      run(MODULES, (id: number, value: unknown) => void actual.set(id, value));
      checks.forEach((check, id) => {
        expect(actual.has(id), `line ${check.line}: ${check.source} was never evaluated`).toBe(true);
        const value = normalize(actual.get(id));
        const { kind, value: want } = check.expected;
        const message = `line ${check.line}: ${check.source}`;
        if (kind === "exact") expect(value, message).toEqual(want);
        else if (kind === "subset") expect(value, message).toMatchObject(want as object);
        else {
          expect(Array.isArray(value), message).toBe(true);
          const list = value as unknown[];
          const part = want as unknown[];
          expect(kind === "prefix" ? list.slice(0, part.length) : list.slice(list.length - part.length), message).toEqual(part);
        }
      });
    });
  }
});

describe("Public exports", () => {
  const sources = files.map((f) => readFileSync(new URL(f, SRC), "utf8")).join("\n");
  const documented = (name: string) =>
    new RegExp(`/\\*\\*(?:(?!\\*/)[\\s\\S])*@example(?:(?!\\*/)[\\s\\S])*\\*/\\s*export\\s+(?:async\\s+)?(?:function\\*?|class)\\s+${name}\\b`).test(sources);
  for (const [entry, module] of Object.entries(MODULES).filter(([name]) => name.startsWith("ai-data-policy"))) {
    const functions = Object.entries(module)
      .filter(([, value]) => typeof value === "function")
      .map(([name]) => name);
    it(`every function and class of ${entry} has an @example`, () => {
      expect(functions.filter((name) => !documented(name))).toEqual([]);
    });
    it(`every function of ${entry} says what it returns`, () => {
      const returns = (name: string) =>
        new RegExp(`/\\*\\*(?:(?!\\*/)[\\s\\S])*@returns(?:(?!\\*/)[\\s\\S])*\\*/\\s*export\\s+(?:async\\s+)?function\\*?\\s+${name}\\b`).test(sources);
      const plain = functions.filter((name) => new RegExp(`export\\s+(?:async\\s+)?function\\s+${name}\\b`).test(sources));
      expect(plain.filter((name) => !returns(name))).toEqual([]);
    });
  }
});
