import { spawnSync } from "node:child_process";
import { closeSync, existsSync, openSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

// The built CLI loads what a question needs when it starts, and validation (zod) and the page
// renderers only when a command that needs them runs: zod alone was most of what starting it cost.
const dist = fileURLToPath(new URL("../../dist/", import.meta.url));
const cli = `${dist}cli.js`;

/**
 * The files a module loads as it starts: its static imports, followed; dynamic `import()`s are not.
 * The build minifies whitespace, so a statement starts a line or follows a `;`.
 */
function loadedAtStart(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  const text = readFileSync(file, "utf8");
  for (const [, spec] of text.matchAll(/(?:^|[\n;])(?:import|export)\s*[^;]*?from\s*["']([^"']+)["']|(?:^|[\n;])import\s*["']([^"']+)["']/g)) {
    if (spec?.startsWith(".")) loadedAtStart(fileURLToPath(new URL(spec, `file://${file}`)), seen);
    else if (spec !== undefined) seen.add(spec);
  }
  return seen;
}

function node(...args: string[]) {
  return spawnSync(process.execPath, [cli, ...args], { encoding: "utf8" });
}

describe("the built CLI's start", () => {
  it("loads neither zod nor the page renderers for a question", () => {
    const loaded = [...loadedAtStart(cli)];
    expect(loaded.length).toBeGreaterThan(1);
    expect(loaded).not.toContain("zod");
    expect(loaded.filter((f) => /validateCommand|toPolicyJsonSchema|docsCommand|timelineChart|changes-/.test(f))).toEqual([]);
    // And zod is not reached through a chunk either.
    for (const file of loaded.filter((f) => f.startsWith("/"))) expect(readFileSync(file, "utf8")).not.toMatch(/from\s*["']zod["']/);
  });

  it("still runs the commands that load them", () => {
    expect(node("validate", fileURLToPath(new URL("../../policies/linkedin.json", import.meta.url)))).toMatchObject({ status: 0, stdout: "1 file valid\n" });
    expect(JSON.parse(node("schema").stdout)).toHaveProperty("$schema");
    expect(node("diff", "linkedin", "--from", "2025-11-02", "--to", "2025-11-03").stdout).toContain("what changed between 2025-11-02 and 2025-11-03");
    expect(node("chart", "linkedin").stdout).toMatch(/^<svg/);
  });
});

describe("the built CLI's output", () => {
  // /dev/full refuses every write with ENOSPC (Linux).
  it.runIf(existsSync("/dev/full"))("says in one line that it could not write its output, with exit code 2, not a stack trace", () => {
    const full = openSync("/dev/full", "w");
    try {
      for (const args of [["schema"], ["validate", fileURLToPath(new URL("../../policies/zoom.json", import.meta.url))]]) {
        const child = spawnSync(process.execPath, [cli, ...args], { encoding: "utf8", stdio: ["ignore", full, "pipe"] });
        expect({ status: child.status, stderr: child.stderr }).toEqual({
          status: 2,
          stderr: "ai-data-policy: cannot write the output: no space left on the device\n",
        });
      }
    } finally {
      closeSync(full);
    }
  });
});
