import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../../src/cli/main.js";
import { nodeIo } from "../../src/cli/nodeIo.js";
import { policy, statement } from "../support/builders.js";
import { fakeIo } from "../support/fakeIo.js";

const good = `${JSON.stringify(policy(), null, 2)}\n`;
const weak = `${JSON.stringify(policy({ statements: [statement({ id: "s", confidence: "low" })] }), null, 2)}\n`;
const bad = good.replace('"from": "2024-01-01"', '"from": "2024-02-30"').replace('"name": "Test"', '"name": "Test",\n  "nmae": "Typo"');

async function run(files: Record<string, string | Uint8Array>, argv: string[], stdin = "") {
  const { io, out, err, written } = fakeIo(files, stdin);
  const code = await runCli(argv, io);
  return { code, stdout: out(), stderr: err(), written };
}

describe("ai-data-policy validate", () => {
  it("exits 0 for a valid file", async () => {
    const { code, stdout } = await run({ "p.json": good }, ["validate", "p.json"]);
    expect(code).toBe(0);
    expect(stdout).toBe("1 file valid\n");
  });

  it("reports every problem with file:line:col, and exits 1", async () => {
    const { code, stdout, stderr } = await run({ "p.json": bad }, ["validate", "p.json"]);
    expect(code).toBe(1);
    expect(stdout).toMatchInlineSnapshot(`
      "p.json:5:3 error unknown property "nmae"; did you mean "name"? (allowed: $schema, formatVersion, id, name, homepage, summary, coverage, lastReviewed, regionBasis, purposes, categories, regionGroups, recipients, minimumAge, controls, sources, statements) [unrecognized_keys] at nmae
      p.json:39:15 error "2024-02-30" must be a real calendar day written YYYY-MM-DD [invalid_format] at statements[0].from
      "
    `);
    expect(stderr).toBe("2 errors and 0 warnings; 1 of 1 file invalid\n");
  });

  it("prints JSON for tools", async () => {
    const { code, stdout } = await run({ "p.json": bad }, ["validate", "--format", "json", "p.json"]);
    expect(code).toBe(1);
    const reports = JSON.parse(stdout) as { file: string; valid: boolean; issues: { code: string; location: { line: number } }[] }[];
    expect(reports[0]?.valid).toBe(false);
    expect(reports[0]?.issues.map((i) => i.code)).toEqual(["unrecognized_keys", "invalid_format"]);
  });

  it("passes warnings unless --strict", async () => {
    expect((await run({ "p.json": weak }, ["validate", "p.json"])).code).toBe(0);
    expect((await run({ "p.json": weak }, ["validate", "--strict", "p.json"])).code).toBe(1);
  });

  it("reads standard input", async () => {
    expect((await run({}, ["validate", "-"], good)).code).toBe(0);
    expect((await run({}, ["validate", "-"], "{")).stdout).toContain("<stdin>:1:2 error");
  });

  it("exits 2 for an unreadable input or bad usage, with one line", async () => {
    for (const argv of [["validate", "missing.json"], ["validate"], ["validate", "--format", "xml", "p.json"], ["validate", "empty-dir"]]) {
      const { code, stderr } = await run({ "p.json": good, "empty-dir/readme.txt": "x" }, argv);
      expect(code).toBe(2);
      expect(stderr.trim().split("\n")).toHaveLength(1);
    }
  });

  it("validates a directory of thousands of files, in a stable order, writing nothing", async () => {
    const dir = mkdtempSync(join(tmpdir(), "adp-many-"));
    mkdirSync(join(dir, "nested"));
    for (let i = 0; i < 2000; i++) writeFileSync(join(dir, i % 2 ? "nested" : "", `p${String(i).padStart(4, "0")}.json`), i === 1234 ? bad : good);
    writeFileSync(join(dir, "notes.txt"), "not json");
    const out: string[] = [];
    const err: string[] = [];
    const io = {
      ...nodeIo(),
      stdout: (t: string) => void out.push(t),
      stderr: (t: string) => void err.push(t),
      writeFile: () => {
        throw new Error("validate must not write");
      },
    };
    const code = await runCli(["validate", dir], io);
    expect(code).toBe(1);
    expect(out.join("")).toContain(`${join(dir, "p1234.json")}:`);
    expect(err.join("")).toBe("2 errors and 0 warnings; 1 of 2000 files invalid\n");
    expect(readFileSync(join(dir, "p1234.json"), "utf8")).toBe(bad);
  });

  it("follows links to files and directories, reads each input once, and reports a broken link", async () => {
    const dir = mkdtempSync(join(tmpdir(), "adp-links-"));
    mkdirSync(join(dir, "d", "sub"), { recursive: true });
    writeFileSync(join(dir, "d", "real.json"), good);
    writeFileSync(join(dir, "bad.json"), bad);
    symlinkSync(join(dir, "bad.json"), join(dir, "d", "linked.json"));
    // A link back up the tree: its files are already counted.
    symlinkSync(join(dir, "d"), join(dir, "d", "sub", "loop"));
    const out: string[] = [];
    const err: string[] = [];
    const io = { ...nodeIo(), stdout: (t: string) => void out.push(t), stderr: (t: string) => void err.push(t) };
    // The directory twice, and one of its files named beside it.
    expect(await runCli(["validate", join(dir, "d"), join(dir, "d", "real.json"), join(dir, "d")], io)).toBe(1);
    expect(out.join("")).toMatch(new RegExp(`^${join(dir, "d", "linked.json")}:\\d+:\\d+ error`, "m"));
    expect(err.join("")).toBe("2 errors and 0 warnings; 1 of 2 files invalid\n");
    symlinkSync(join(dir, "missing.json"), join(dir, "d", "broken.json"));
    err.length = 0;
    out.length = 0;
    // The other files are still validated and reported; the unreadable one is named, with exit code 2.
    expect(await runCli(["validate", join(dir, "d")], io)).toBe(2);
    expect(out.join("")).toMatch(new RegExp(`^${join(dir, "d", "linked.json")}:\\d+:\\d+ error`, "m"));
    expect(err.join("")).toBe(
      `2 errors and 0 warnings; 1 of 2 files invalid (and 1 file not read)\nai-data-policy: ${join(dir, "d", "broken.json")}: cannot be read (no such file)\n`,
    );
  });

  it("reads standard input once when it is named twice", async () => {
    const { code, stdout } = await run({}, ["validate", "-", "-"], good);
    expect(code).toBe(0);
    expect(stdout).toBe("1 file valid\n");
  });

  it("reads an endless or huge input only up to the limit", async () => {
    const out: string[] = [];
    const io = { ...nodeIo(), stdout: (t: string) => void out.push(t), stderr: () => undefined };
    const heap = process.memoryUsage().rss;
    // /dev/zero never ends: it must be cut at the limit, not read until memory runs out.
    expect(await runCli(["validate", "/dev/zero"], io)).toBe(1);
    expect(out.join("")).toBe(
      "/dev/zero:1:1 error the input is larger than 16.0 MiB; the limit is 16.0 MiB (a policy is usually well under 1 MiB) [too_large] at (document)\n",
    );
    expect(process.memoryUsage().rss - heap).toBeLessThan(200 * 1024 * 1024);
    // A file over the limit, and standard input over it, say the same without being read to the end.
    const dir = mkdtempSync(join(tmpdir(), "adp-large-"));
    writeFileSync(join(dir, "big.json"), Buffer.alloc(17 * 1024 * 1024, 32));
    out.length = 0;
    expect(await runCli(["validate", join(dir, "big.json")], io)).toBe(1);
    expect(out.join("")).toContain("larger than 16.0 MiB; the limit is 16.0 MiB");
    const piped = await run({}, ["validate", "-"], " ".repeat(16 * 1024 * 1024 + 1));
    expect(piped.code).toBe(1);
    expect(piped.stdout).toContain("<stdin>:1:1 error the input is larger than 16.0 MiB");
    // Exactly at the limit it is read and parsed: the problem is then the empty document.
    const full = await run({}, ["validate", "-"], " ".repeat(16 * 1024 * 1024));
    expect(full.stdout).not.toContain("too_large");
  });

  it("validates the bundled catalogue", async () => {
    const out: string[] = [];
    const io = { ...nodeIo(), stdout: (t: string) => void out.push(t) };
    expect(await runCli(["validate", "policies"], io)).toBe(0);
  });
});

describe("ai-data-policy schema", () => {
  it("prints the JSON Schema that the repository ships", async () => {
    const { code, stdout } = await run({}, ["schema"]);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual(JSON.parse(readFileSync(new URL("../../schema/policy.schema.json", import.meta.url), "utf8")));
  });
});

describe("questions asked of a policy file", () => {
  const q = ["--purpose", "generative-ai-training", "--category", "posts", "--region", "DE", "--at", "2024-06-01"];

  it("validate the file first, then answer from it: check, timeline, show, and - for standard input", async () => {
    const checked = await run({ "mine/p.json": good }, ["check", "mine/p.json", ...q, "--json"]);
    expect(checked.code).toBe(0);
    expect(checked.stderr).toBe("");
    expect(JSON.parse(checked.stdout).answer).toBe("used");
    // The same through standard input, and the other commands that take one platform.
    expect(JSON.parse((await run({}, ["check", "-", ...q, "--json"], good)).stdout)).toEqual(JSON.parse(checked.stdout));
    expect((await run({ "p.json": good }, ["show", "p.json"])).stdout).toMatch(/^Test \(test\)\n/);
    expect((await run({ "p.json": good }, ["timeline", "p.json", ...q.filter((_, i) => i < 6)])).code).toBe(0);
    // Its warnings do not stop a question.
    expect((await run({ "p.json": weak }, ["check", "p.json", ...q])).code).toBe(0);
  });

  it("stop at a file's errors, and say where they are", async () => {
    const { code, stdout, stderr } = await run({ "p.json": bad }, ["check", "p.json", ...q]);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toMatchInlineSnapshot(`
      "ai-data-policy: p.json is not a valid policy:
      p.json:5:3 error unknown property "nmae"; did you mean "name"? (allowed: $schema, formatVersion, id, name, homepage, summary, coverage, lastReviewed, regionBasis, purposes, categories, regionGroups, recipients, minimumAge, controls, sources, statements) [unrecognized_keys] at nmae
      p.json:39:15 error "2024-02-30" must be a real calendar day written YYYY-MM-DD [invalid_format] at statements[0].from
      "
    `);
    expect((await run({}, ["check", "missing.json", ...q])).stderr).toMatchInlineSnapshot(`
      "ai-data-policy: missing.json: cannot be read (no such file)
      "
    `);
  });
});
