// `npm run size`: the bundle sizes users pay (esbuild, minified, browser, ESM; then gzip), checked
// against budgets. It fails when a budget is exceeded, so that a change that makes the package heavier
// is seen. The budgets are today's sizes with a little room; the goal for the core is printed
// beside them.
import { readdirSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";

const root = `${process.cwd()}/`;

async function gzipped(contents: string, resolveDir = root): Promise<{ min: number; gz: number }> {
  const result = await build({
    stdin: { contents, resolveDir, loader: "ts" },
    bundle: true,
    minify: true,
    format: "esm",
    platform: "browser",
    write: false,
    logLevel: "error",
  });
  const code = (result.outputFiles[0] as { contents: Uint8Array }).contents;
  return { min: code.length, gz: gzipSync(code, { level: 9 }).length };
}

interface Row {
  readonly what: string;
  readonly contents: string;
  /** Budget in bytes, min+gzip; undefined: reported only. */
  readonly budget?: number;
  /** The goal the issue sets, for the report. */
  readonly goal?: number;
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const rows: Row[] = [
  // 21 KB and 24 KB since the second session of 3 December: the refusal of fields a question does not
  // have (on both paths) and the check of the values an answer turns on in a policy that skipped
  // validation made them 20.4 KB and 23.5 KB (from 19.6 KB and 22.7 KB; 18.4 KB and 21.2 KB before
  // inPart, the narrowed undisclosed-day reasons, frozen reasons and the errors for arguments of the
  // wrong kind).
  // 22 KB since the first session of 4 December: a policy's minimum age (compiled to a statement of
  // its own, its reason, its checks) made it 21.4 KB. 22.5 KB since the second: the fast path for
  // questions that leave inputs out, and the silent answer that names the narrower purposes and
  // categories a policy speaks of, made it 22.1 KB.
  { what: "ai-data-policy: evaluate() alone", contents: `export { evaluate } from "./src/index.ts";`, budget: 22.5 * 1024, goal: 3 * 1024 },
  // 25 KB since the third session of 3 December: the scope earlier-data-undisclosed, deletions that
  // reach only older data (and beat an opt-in), parents' controls for minors only, the words for them
  // in controlsFor and the fast path's epochs built on first ask made it 24.3 KB (evaluate() alone
  // 21.0 KB, at its budget).
  // 26 KB since 4 December: minimum ages (and the presumed age of a question without one) made it 25.0 KB.
  { what: "ai-data-policy: the whole entry", contents: `export * from "./src/index.ts";`, budget: 26 * 1024 },
  // 3.0 KB of it is the check compiled from the JSON Schema, which accepts a valid document without zod, and
  // 1.9 KB the quick location of issues from the text's colons (locateByColons, documentShape).
  // 54 KB since the second session of 3 December: the checks of text that is only spaces, of URLs
  // and of the options made it 53.1 KB (from 52.8 KB).
  { what: "ai-data-policy/validate (with zod)", contents: `export * from "./src/validate/index.ts";`, budget: 54 * 1024 },
  // The whole catalogue grows with its platforms, about 5-6 KB each: 163.7 KB with 29 and about 205 KB
  // with 34 (4 December 2026); 240 KB leaves room for a few more. A program that needs one platform
  // imports its own entry (below).
  { what: "ai-data-policy/catalog (every platform)", contents: `export * from "./src/catalog/index.ts";`, budget: 240 * 1024 },
];
for (const file of readdirSync(`${root}policies`)
  .filter((f) => f.endsWith(".json"))
  .sort()) {
  // What a program that imports one platform's own entry pays (ai-data-policy/catalog/<id>): its policy
  // and almost nothing else. The budget catches an entry that pulls in the catalogue or the evaluator
  // (24 KB since 4 December, when Meta's, with its terms' minimum age, reached 18 KB).
  const id = file.replace(/\.json$/, "");
  rows.push({ what: `ai-data-policy/catalog/${id}`, contents: `export { policy } from "./src/catalog/platforms/${id}.ts";`, budget: 24 * 1024 });
}

let over = false;
const lines: string[] = [];
for (const row of rows) {
  const { min, gz } = await gzipped(row.contents);
  const budget = row.budget === undefined ? "" : `${kb(row.budget)} ${gz <= row.budget ? "ok" : "OVER"}`;
  if (row.budget !== undefined && gz > row.budget) over = true;
  const goal = row.goal === undefined ? "" : `goal ${kb(row.goal)}: ${gz <= row.goal ? "met" : "not met"}`;
  lines.push([row.what.padEnd(42), kb(min).padStart(9), kb(gz).padStart(9), budget.padStart(12), goal].join("  "));
}
console.log(`${"bundle".padEnd(42)}  ${"minified".padStart(9)}  ${"min+gz".padStart(9)}  ${"budget".padStart(12)}`);
console.log(lines.join("\n"));
if (over) {
  console.error("size: a bundle is over its budget");
  process.exit(1);
}
