import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

// A reader that stops early (`| head`) closes the CLI's standard output: the CLI stops quietly, with
// its exit code, and prints no stack trace.
const cli = fileURLToPath(new URL("../../dist/cli.js", import.meta.url));

function piped(args: string): { status: number | null; stderr: string } {
  // `head` reads 10 bytes and exits; the shell reports the CLI's own exit code (PIPESTATUS).
  const run = spawnSync("bash", ["-c", `node ${cli} ${args} | head -c 10 > /dev/null; exit \${PIPESTATUS[0]}`], { encoding: "utf8" });
  return { status: run.status, stderr: run.stderr };
}

describe("the CLI behind a closed pipe", () => {
  it("stops quietly with its exit code", () => {
    const shown = piped("show meta --json");
    expect(shown.stderr).toBe("");
    expect(shown.status).toBe(0);
  });
});
