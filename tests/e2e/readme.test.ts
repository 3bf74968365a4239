import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

// The README's quick start must work as written: its first command, after `npm install`, runs the
// built CLI against the bundled catalogue.
const readme = readFileSync(new URL("../../README.md", import.meta.url), "utf8");
const quickStart = /## Quick start\n[\s\S]*?```sh\n([\s\S]*?)```/.exec(readme)?.[1] ?? "";
const commands = quickStart.split("\n").filter((line) => line.trim() && !line.startsWith("#"));

function argv(command: string): string[] {
  return [...command.matchAll(/"([^"]*)"|(\S+)/g)].map((m) => m[1] ?? m[2] ?? "");
}

describe("README quick start", () => {
  it("is exactly two commands: install and check, and npm test", () => {
    expect(commands).toHaveLength(2);
    expect(commands[0]).toMatch(/^npm install && node dist\/cli\.js check linkedin /);
    expect(commands[1]).toBe("npm test");
  });

  it("gives a real answer from the bundled catalogue", () => {
    const args = argv((commands[0] as string).replace(/^npm install && node /, ""));
    const output = execFileSync(process.execPath, args, { cwd: new URL("../..", import.meta.url), encoding: "utf8" });
    expect(output).toContain("Answer: NOT USED");
    expect(output).toContain("Sources");
  });
});

describe("README validation example", () => {
  it("shows what `ai-data-policy validate` really prints", () => {
    const block = /```\n\$ ai-data-policy validate (\S+)\n([\s\S]*?)```/.exec(readme);
    expect(block).not.toBeNull();
    const [, file, shown] = block as unknown as [string, string, string];
    let output = "";
    try {
      execFileSync(process.execPath, ["dist/cli.js", "validate", file], { cwd: new URL("../..", import.meta.url), encoding: "utf8", stdio: "pipe" });
    } catch (error) {
      const e = error as { status: number; stdout: string; stderr: string };
      expect(e.status).toBe(1);
      output = e.stdout + e.stderr;
    }
    expect(output).toBe(shown);
  });
});
