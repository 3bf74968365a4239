import { execFile as execFileCallback, execFileSync } from "node:child_process";
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { delimiter, dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { runInNewContext } from "node:vm";
import { build } from "esbuild";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

// The package as its users get it: `npm pack` once, the tarball installed into one fresh project
// outside this repository, and there: ESM import, CommonJS require, a TypeScript consumer type-checked
// under several module resolutions, browser bundles run in a bare vm context, and the installed bin.
// The ESM, CJS and CLI checks run under this Node and under the Node 22 and 24 binaries that
// scripts/install-runtimes.mjs installs from the npm registry (tests/package/runtimes).
//
// It tests what `npm test` has just built into dist/ (tsup runs before vitest there).

const execFile = promisify(execFileCallback);
const root = fileURLToPath(new URL("../..", import.meta.url));
const here = join(root, "tests", "package");
const consumerFiles = join(here, "consumer");
const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { name: string; version: string };

interface Runtime {
  readonly label: string;
  readonly node: string;
}

function runtimes(): { list: Runtime[]; missing: string[] } {
  const lock = JSON.parse(readFileSync(join(here, "runtimes", "package-lock.json"), "utf8")) as {
    packages: Record<string, { version?: string; os?: string; cpu?: string }>;
  };
  // Labels name the major version only: they key the snapshots, which must not depend on the patch level.
  const list: Runtime[] = [{ label: "this Node", node: process.execPath }];
  const missing: string[] = [];
  for (const [path, entry] of Object.entries(lock.packages)) {
    if (!path || entry.os !== process.platform || entry.cpu !== process.arch) continue;
    const node = join(here, "runtimes", path, "bin", "node");
    if (existsSync(node)) list.push({ label: `Node ${entry.version?.split(".")[0]}`, node });
    else missing.push(`${path} (${entry.version})`);
  }
  return { list, missing };
}

const { list: RUNTIMES, missing: MISSING_RUNTIMES } = runtimes();

// The child processes get a clean npm environment: nothing of `npm test`'s own lifecycle leaks in.
function cleanEnv(extraPath?: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (/^npm_(package|lifecycle|command|node_execpath|execpath)/i.test(key)) continue;
    if (key === "NODE_OPTIONS" || key === "VITEST" || key.startsWith("VITEST_")) continue;
    env[key] = value;
  }
  if (extraPath) env.PATH = `${extraPath}${delimiter}${process.env.PATH ?? ""}`;
  return env;
}

interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

async function run(file: string, args: string[], options: { cwd: string; env?: NodeJS.ProcessEnv }): Promise<Run> {
  try {
    const { stdout, stderr } = await execFile(file, args, { cwd: options.cwd, env: options.env ?? cleanEnv(), encoding: "utf8", maxBuffer: 64 << 20 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code?: number | string; stdout?: string; stderr?: string };
    if (typeof e.code !== "number") throw error;
    return { code: e.code, stdout: e.stdout ?? "", stderr: e.stderr ?? "" };
  }
}

const QUICK_START = [
  "check",
  "linkedin",
  "--purpose",
  "generative-ai-training",
  "--category",
  "posts",
  "--region",
  "DE",
  "--age",
  "30",
  "--at",
  "2025-12-15",
  "--opt-out",
  "data-for-generative-ai-improvement@2025-10-20",
  "--created",
  "2023-06-01",
];

let work = "";
let project = "";
let packedFiles: string[] = [];

beforeAll(() => {
  if (!existsSync(join(root, "dist", "index.js"))) throw new Error("dist/ is not built: run `npm test` (or `npx tsup`) first");
  work = mkdtempSync(join(tmpdir(), "ai-data-policy-consumer-"));
  project = join(work, "project");
  // --ignore-scripts: `prepare` would build again; dist/ is what this run of `npm test` built.
  const packed = JSON.parse(
    execFileSync("npm", ["pack", "--json", "--ignore-scripts", "--pack-destination", work], { cwd: root, env: cleanEnv(), encoding: "utf8" }),
  ) as [{ filename: string; files: { path: string }[] }];
  packedFiles = packed[0].files.map((f) => f.path).sort();
  const tarball = join(work, packed[0].filename);

  execFileSync("mkdir", ["-p", project]);
  writeFileSync(join(project, "package.json"), `${JSON.stringify({ name: "consumer", version: "0.0.0", private: true }, null, 2)}\n`);
  execFileSync("npm", ["install", tarball, "--no-audit", "--no-fund", "--prefer-offline", "--loglevel=error"], {
    cwd: project,
    env: cleanEnv(),
    encoding: "utf8",
  });

  for (const file of ["answers.cjs", "esm.mjs", "cjs.cjs", "browser-core.js", "browser-validate.js"])
    copyFileSync(join(consumerFiles, file), join(project, file));
  copyFileSync(join(root, "tests", "fixtures", "example.json"), join(project, "example.json"));
  copyFileSync(join(root, "tests", "fixtures", "example.json"), join(project, "example.txt"));
}, 180_000);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

describe("the packed tarball", () => {
  it("holds the builds, the types, the catalogue and the schema, and nothing of the sources or tests", () => {
    const allowed =
      /^(README\.md|CHANGELOG\.md|LICENSE(\.md)?|package\.json|dist\/(catalog\/|cli\/)?[\w.-]+\.(c?js|d\.c?ts|c?js\.map)|policies\/[\w-]+\.json|schema\/policy\.schema\.json)$/;
    expect(packedFiles.filter((f) => !allowed.test(f))).toEqual([]);
    for (const needed of [
      "dist/index.js",
      "dist/index.cjs",
      "dist/index.d.ts",
      "dist/index.d.cts",
      "dist/catalog.js",
      "dist/catalog.cjs",
      "dist/catalog/linkedin.js",
      "dist/catalog/linkedin.cjs",
      "dist/catalog/linkedin.d.ts",
      "dist/validate.js",
      "dist/validate.cjs",
      "dist/cli.js",
      "schema/policy.schema.json",
      "policies/linkedin.json",
      "README.md",
      "package.json",
    ]) {
      expect(packedFiles).toContain(needed);
    }
  });

  it("installs with zod as its only dependency and no install script", () => {
    const installed = JSON.parse(readFileSync(join(project, "node_modules", "ai-data-policy", "package.json"), "utf8")) as Record<string, unknown>;
    expect(installed.version).toBe(pkg.version);
    expect(Object.keys(installed.dependencies as object)).toEqual(["zod"]);
    const scripts = (installed.scripts ?? {}) as Record<string, string>;
    expect(Object.keys(scripts).filter((s) => /^(pre|post)?install$/.test(s))).toEqual([]);
  });
});

describe("Node runtimes for the consumer test", () => {
  it("are installed where the registry has them (npm ci runs scripts/install-runtimes.mjs through prepare)", () => {
    expect(MISSING_RUNTIMES, "run `npm run runtimes`").toEqual([]);
    // CI and the project's machines are linux-x64: there, all three must run.
    if (process.platform === "linux" && process.arch === "x64") expect(RUNTIMES.map((r) => r.label)).toEqual(["this Node", "Node 22", "Node 24"]);
  });
});

let esmAnswers: Record<string, unknown> = {};

describe.each(RUNTIMES)("under $label", ({ node }) => {
  const major = () => execFileSync(node, ["-p", "process.versions.node.split('.')[0]"], { encoding: "utf8" }).trim();

  it("imports every entry as ESM and answers the README's questions", async () => {
    const { code, stdout, stderr } = await run(node, ["esm.mjs"], { cwd: project });
    expect(stderr).toBe("");
    expect(code).toBe(0);
    const { node: version, platforms, ...answers } = JSON.parse(stdout) as Record<string, unknown>;
    expect(version).toBe(major());
    expect(platforms).toContain("linkedin");
    expect(answers.quickStart).toMatchObject({ answer: "not-used", cited: true });
    expect(answers.disputed).toEqual({ answer: "unknown", firstReason: "disputed" });
    expect(answers.brokenDocument).toMatchObject({
      valid: false,
      issues: [
        { code: "unknown_region", at: "example.json:40:32" },
        { code: "invalid_format", at: "example.json:41:15" },
      ],
    });
    expect(answers.resolved).toEqual({ core: "ai-data-policy/dist/index.js", schema: "ai-data-policy/schema/policy.schema.json" });
    expect(answers.platformEntry).toEqual({ defaultIsPolicy: true, sameData: true, answer: "used" });
    if (node === process.execPath) {
      expect(answers).toMatchSnapshot();
      esmAnswers = answers;
    } else {
      expect(answers).toEqual(esmAnswers);
    }
  });

  it("requires every entry as CommonJS and gives the same answers", async () => {
    const { code, stdout, stderr } = await run(node, ["cjs.cjs"], { cwd: project });
    expect(stderr).toBe("");
    expect(code).toBe(0);
    const { node: version, platforms, resolved, ...answers } = JSON.parse(stdout) as Record<string, unknown>;
    expect(version).toBe(major());
    expect(resolved).toEqual({ core: "ai-data-policy/dist/index.cjs", schema: "ai-data-policy/schema/policy.schema.json" });
    expect(platforms).toContain("linkedin");
    const { resolved: _esm, ...expected } = esmAnswers;
    expect(answers).toEqual(expected);
  });

  it("runs the CLI from node_modules/.bin", async () => {
    const bin = join(project, "node_modules", ".bin", "ai-data-policy");
    const env = cleanEnv(dirname(node)); // the bin's `#!/usr/bin/env node` finds this runtime first
    expect((await run("node", ["-p", "process.execPath"], { cwd: project, env })).stdout.trim()).toBe(node);

    const version = await run(bin, ["--version"], { cwd: project, env });
    expect(version).toEqual({ code: 0, stdout: `${pkg.version}\n`, stderr: "" });

    const check = await run(bin, QUICK_START, { cwd: project, env });
    expect(check.code).toBe(0);
    expect(check.stdout).toContain("Answer: NOT USED");
    const json = await run(bin, [...QUICK_START, "--json"], { cwd: project, env });
    expect((JSON.parse(json.stdout) as { answer: string }).answer).toBe("not-used");

    const invalid = await run(bin, ["validate", "example.json"], { cwd: project, env });
    expect(invalid.code).toBe(1);
    expect(invalid.stdout.split("\n")[0]).toMatch(/^example\.json:40:32 error "EEE" is not an ISO 3166-1/);

    const bad = await run(bin, ["check", "no-such-platform", "--purpose", "posts"], { cwd: project, env });
    expect(bad.code).toBe(2);
    expect(bad.stdout).toBe("");
    expect(bad.stderr.trim().split("\n")).toHaveLength(1);
  });
});

describe("TypeScript consumers", () => {
  const tsc = join(root, "node_modules", "typescript", "bin", "tsc");
  // No DOM and no @types/node: the package's types must stand on the language's own. skipLibCheck, as
  // nearly every project has it: zod's declarations name DOM's URL, and checking them costs ~40 s.
  const base = { strict: true, noEmit: true, skipLibCheck: true, types: [], lib: ["es2022"], exactOptionalPropertyTypes: true, noUncheckedIndexedAccess: true };

  async function typeCheck(name: string, compilerOptions: Record<string, unknown>, files: Record<string, string>): Promise<Run> {
    const dir = join(project, `ts-${name}`);
    execFileSync("mkdir", ["-p", dir]);
    for (const [file, source] of Object.entries(files)) copyFileSync(join(consumerFiles, source), join(dir, file));
    writeFileSync(join(dir, "tsconfig.json"), JSON.stringify({ compilerOptions: { ...base, ...compilerOptions }, files: Object.keys(files) }, null, 2));
    return run(process.execPath, [tsc, "-p", dir, "--pretty", "false"], { cwd: dir });
  }

  it("type-check under node16 (ESM and CommonJS), bundler and node10, and reject a type error", async () => {
    const [node16, bundler, node10, broken] = await Promise.all([
      typeCheck("node16", { module: "node16", moduleResolution: "node16" }, { "typed.mts": "typed.ts.txt", "typed.cts": "typed.ts.txt" }),
      typeCheck(
        "bundler",
        { module: "esnext", moduleResolution: "bundler", resolveJsonModule: true },
        { "typed.ts": "typed.ts.txt", "schema.ts": "schema.ts.txt" },
      ),
      // `moduleResolution: node10` knows no `exports`: the subpaths resolve through `typesVersions`.
      typeCheck(
        "node10",
        { module: "commonjs", moduleResolution: "node10", resolveJsonModule: true, esModuleInterop: true },
        { "typed.ts": "typed.ts.txt", "schema.ts": "schema.ts.txt" },
      ),
      typeCheck("broken", { module: "node16", moduleResolution: "node16" }, { "broken.mts": "broken.ts.txt", "typed.mts": "typed.ts.txt" }),
    ]);
    expect(node16).toEqual({ code: 0, stdout: "", stderr: "" });
    expect(bundler).toEqual({ code: 0, stdout: "", stderr: "" });
    expect(node10).toEqual({ code: 0, stdout: "", stderr: "" });
    expect(broken.code).toBe(2);
    const errors = broken.stdout
      .trim()
      .split("\n")
      .filter((line) => !/^\s/.test(line))
      .map((line) => /^([\w.]+)\((\d+),\d+\): error (TS\d+)/.exec(line)?.slice(1).join(" ") ?? line);
    expect(errors).toEqual(["broken.mts 10 TS2322", "broken.mts 12 TS2741", "broken.mts 14 TS2305"]);
  }, 240_000);
});

describe("browser bundles (esbuild --platform=browser)", () => {
  async function bundle(entry: string) {
    const result = await build({
      entryPoints: [join(project, entry)],
      absWorkingDir: project,
      bundle: true,
      platform: "browser",
      format: "iife",
      target: "es2022",
      write: false,
      metafile: true,
      logLevel: "silent",
      loader: { ".txt": "text" },
    });
    const code = result.outputFiles[0]?.text ?? "";
    const inputs = Object.keys(result.metafile.inputs);
    return { code, inputs, zod: inputs.filter((input) => input.includes("node_modules/zod/")) };
  }

  // A bare context: no require, no process, no Buffer, no console; only what the language has.
  function runBare(code: string, globals: Record<string, unknown> = {}): Record<string, unknown> {
    const context: Record<string, unknown> = { ...globals };
    context.globalThis = context;
    runInNewContext(code, context, { timeout: 20_000 });
    return context.answers as Record<string, unknown>;
  }

  it("of the core entry and the catalogue run without Node and carry no zod", async () => {
    const core = await bundle("browser-core.js");
    expect(core.inputs.some((input) => input.includes("node_modules/ai-data-policy/dist/index.js"))).toBe(true);
    expect(core.zod).toEqual([]);
    expect(core.code).not.toMatch(/\$ZodType|ZodError|(?<![\w$.])require\(|process\.env/);
    const { platforms, ...answers } = runBare(core.code);
    expect(platforms).toContain("linkedin");
    const {
      resolved: _r,
      defaultExport: _d,
      brokenDocument: _b,
      catalogueDocument: _c,
      safeParse: _s,
      generatedSchemaId: _g,
      schema: _schema,
      ...coreAnswers
    } = esmAnswers;
    expect(answers).toEqual(coreAnswers);
  });

  it("that validate carry zod and validate in the browser too", async () => {
    const full = await bundle("browser-validate.js");
    expect(full.zod.length).toBeGreaterThan(0);
    const { platforms, ...answers } = runBare(full.code, { TextDecoder, TextEncoder });
    expect(platforms).toContain("linkedin");
    const { resolved: _r, defaultExport: _d, ...expected } = esmAnswers;
    expect(answers).toEqual(expected);
  });
});
