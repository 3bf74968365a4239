import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DOCS_MARKER } from "../../src/cli/docsCommand.js";
import { runCli } from "../../src/cli/main.js";
import { nodeIo } from "../../src/cli/nodeIo.js";
import { fakeIo } from "../support/fakeIo.js";

/** The real file system, with what the CLI prints to stderr kept. */
function realFiles() {
  const err: string[] = [];
  const io = { ...nodeIo(), stdout: () => {}, stderr: (text: string) => void err.push(text) };
  return { io, err };
}

async function run(argv: string[], files: Record<string, string> = {}) {
  const { io, out, err, written } = fakeIo(files);
  const code = await runCli(argv, io);
  return { code, stdout: out(), stderr: err(), written };
}

describe("ai-data-policy diff", () => {
  it("prints a semantic changelog with its sources", async () => {
    const { code, stdout, stderr } = await run(["diff", "linkedin", "--from", "2025-09-17", "--to", "2025-09-18"]);
    expect(stderr).toBe("");
    expect(code).toBe(0);
    expect(stdout).toMatchInlineSnapshot(`
      "LinkedIn: what changed between 2025-09-17 and 2025-09-18

      - Control “Data for Generative AI Improvement” (data-for-generative-ai-improvement): not-available →
        available, in DE: Designated Countries (the EU, the EEA and Switzerland); CH: Designated Countries
        (the EU, the EEA and Switzerland), outside European Economic Area; GB. [1][2][3]

      Sources
        [1] LinkedIn is using your data to train AI: how to opt out (copy of Mashable's report). Mashable,
            published 2024-09-18. (news)
            https://themearound.com/?p=10715
            “We are initially making this setting available to members whose profile location is outside
            of the EU, EEA, or Switzerland.”
        [2] LinkedIn has stopped grabbing UK users' data for AI (copy of TechCrunch's report). TechCrunch,
            published 2024-09-20. (news)
            https://www.egerin.com/linkedin-has-stopped-grabbing-uk-users-data-for-ai-techcrunch/
            “At this time, we are not enabling training for generative AI on member data from the European
            Economic Area, Switzerland, and the United Kingdom, and will not provide the setting to
            members in those regions until further notice.”
        [3] LinkedIn European Regional Privacy Notice with the banner announcing the 3 November 2025
            update, Open Terms Archive snapshot. LinkedIn, recorded by Open Terms Archive, published
            2025-09-18, captured 2025-09-18. (primary)
            https://github.com/OpenTermsArchive/pga-versions/blob/326007fda0669f95586b5744c512704e3547c970/LinkedIn/Privacy%20Policy.md
            “You can opt out any time in your settings if you’d prefer not to have your data used in this
            way.”
      "
    `);
  });

  it("says so when nothing changed", async () => {
    const { code, stdout } = await run(["diff", "linkedin", "--from", "2025-06-01", "--to", "2025-06-02"]);
    expect(code).toBe(0);
    expect(stdout).toMatchInlineSnapshot(`
      "LinkedIn: what changed between 2025-06-01 and 2025-06-02

      Nothing changed: every answer asked about and every control are the same on both days.
      "
    `);
  });

  it("gives the same as data with --json", async () => {
    const { stdout } = await run(["diff", "zoom", "--from", "2023-08-06", "--to", "2023-08-07", "--json"]);
    const diff = JSON.parse(stdout) as { platform: string; answers: { purpose: string; before: string; after: string }[] };
    expect(diff.platform).toBe("zoom");
    expect(diff.answers.map((a) => `${a.purpose} ${a.before} ${a.after}`)).toContain("generative-ai-training unknown not-used");
  });

  it.each([
    [["diff", "linkedin", "--from", "2025-09-17"], "ai-data-policy: diff needs --from DATE and --to DATE, such as --from 2025-11-02 --to 2025-11-03\n"],
    [["diff", "linkedin", "--from", "2025-09-18", "--to", "2025-09-17"], "ai-data-policy: to: must be after from\n"],
  ])("refuses bad usage in one line: %j", async (argv, message) => {
    const { code, stdout, stderr } = await run(argv);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr.split("\n")).toHaveLength(2);
    expect(stderr).toBe(message);
  });
});

it("diff names a mistyped platform and suggests the right one", async () => {
  const { code, stderr } = await run(["diff", "linkdin", "--from", "2025-09-17", "--to", "2025-09-18"]);
  expect(code).toBe(2);
  expect(stderr).toMatch(/^ai-data-policy: platform: "linkdin" is not in the catalogue; did you mean "linkedin"\? \(platforms: [^\n]+\)\n$/);
});

describe("ai-data-policy docs", () => {
  it("explains itself", async () => {
    expect((await run(["docs", "--help"])).stdout).toMatchInlineSnapshot(`
      "Usage: ai-data-policy docs [--out DIR] [--format md|html] [--platform P]... [--api PATH] [--api-from REF]
      Writes a page per policy (summary, timeline chart, data used and excluded, controls, age rules, recipients,
      what changed, sources) and an index page, into DIR (default docs/site). DIR must be new, empty or made by
      this command; only its own files are written. --api PATH links the pages to the API reference;
      --api-from REF copies a built API reference (typedoc's output in REF) into api/ under DIR and links to it.
      "
    `);
    expect((await run(["diff", "--help"])).stdout).toMatchInlineSnapshot(`
      "Usage: ai-data-policy diff <platform> --from DATE --to DATE [--json]
      What changed between two days, by meaning: which answers changed (for which purposes, data categories,
      regions and users) and which controls appeared, disappeared, were renamed or changed availability or scope.
      "
    `);
    expect((await run(["chart", "--help"])).stdout).toMatchInlineSnapshot(`
      "Usage: ai-data-policy chart <platform> [--purpose P]...
      Prints the platform's timeline chart as SVG: one lane per region group and purpose, used / not used / unknown.
      "
    `);
  });

  it("writes a page per policy, an index and its marker, and nothing else", async () => {
    const { code, stdout, written } = await run(["docs", "--out", "out", "--platform", "zoom", "--platform", "github"]);
    expect(code).toBe(0);
    expect(stdout).toBe("Wrote 3 files (html) for 2 policies to out\n");
    expect(Object.keys(written).sort()).toEqual([`out/${DOCS_MARKER}`, "out/github.html", "out/index.html", "out/zoom.html"]);
    expect(written["out/zoom.html"]).toContain("<!doctype html>");
  });

  it("writes Markdown pages with their charts as SVG files", async () => {
    const { code, written } = await run(["docs", "--out", "md", "--format", "md", "--platform", "zoom"]);
    expect(code).toBe(0);
    expect(Object.keys(written).sort()).toEqual([`md/${DOCS_MARKER}`, "md/index.md", "md/zoom-timeline.svg", "md/zoom.md"]);
    expect(written["md/zoom.md"]).toContain("![Zoom timeline](zoom-timeline.svg)");
  });

  it("rewrites a directory it made, and refuses one it did not", async () => {
    const again = await run(["docs", "--out", "site", "--platform", "zoom"], { [`site/${DOCS_MARKER}`]: '{"files":["zoom.html"]}', "site/zoom.html": "old" });
    expect(again.code).toBe(0);
    expect(again.written["site/zoom.html"]).not.toBe("old");
    const refused = await run(["docs", "--out", "site"], { "site/notes.txt": "mine" });
    expect(refused.code).toBe(2);
    expect(refused.written).toEqual({});
    expect(refused.stderr).toBe(
      'ai-data-policy: refusing to write into "site": it is not empty and was not made by ai-data-policy docs (choose an empty or new directory)\n',
    );
    const file = await run(["docs", "--out", "notes.txt"], { "notes.txt": "mine" });
    expect(file.stderr).toBe('ai-data-policy: --out "notes.txt" is a file, not a directory\n');
  });

  it("overwrites only the files its marker lists, naming every other before it writes anything", async () => {
    const marker = { [`site/${DOCS_MARKER}`]: '{"files":["index.md","zoom.md","zoom-timeline.svg"]}' };
    const refused = await run(["docs", "--out", "site", "--platform", "zoom"], { ...marker, "site/index.html": "mine", "site/zoom.md": "old" });
    expect(refused.code).toBe(2);
    expect(refused.written).toEqual({});
    expect(refused.stderr).toBe('ai-data-policy: refusing to overwrite a file that docs did not write in "site": index.html\n');
    // Without the clash it writes, and its marker keeps the earlier run's files: they are still there.
    const html = await run(["docs", "--out", "site", "--platform", "zoom"], { ...marker, "site/zoom.md": "old" });
    expect(html.code).toBe(0);
    expect(JSON.parse(html.written[`site/${DOCS_MARKER}`] as string).files).toEqual(["index.md", "zoom.md", "zoom-timeline.svg", "index.html", "zoom.html"]);
  });

  it("refuses a marker that does not list the files it wrote", async () => {
    const { code, stderr, written } = await run(["docs", "--out", "site"], { [`site/${DOCS_MARKER}`]: "{}" });
    expect(code).toBe(2);
    expect(written).toEqual({});
    expect(stderr).toBe(`ai-data-policy: refusing to write into "site": its ${DOCS_MARKER} does not list the files docs wrote there\n`);
  });

  it("reports a file it cannot write as a usage error, not as a bug, and writes it on the next run", async () => {
    const { io, err, written } = fakeIo();
    const failing = {
      ...io,
      writeFile: (path: string, content: string | Uint8Array) => {
        if (path === "site/zoom.html") throw Object.assign(new Error("EACCES: permission denied, open 'site/zoom.html'"), { code: "EACCES" });
        io.writeFile(path, content);
      },
    };
    expect(await runCli(["docs", "--out", "site", "--platform", "zoom"], failing)).toBe(2);
    expect(err()).toBe("ai-data-policy: cannot write site/zoom.html: permission denied\n");
    // The marker was written first and owns what the run was writing: once the cause is gone, the
    // next run is not refused over the files the first one wrote.
    expect(JSON.parse(written[`site/${DOCS_MARKER}`] as string).files).toEqual(["index.html", "zoom.html"]);
    const retry = await run(["docs", "--out", "site", "--platform", "zoom"], written as Record<string, string>);
    expect(retry.code).toBe(0);
    expect(Object.keys(retry.written).sort()).toEqual([`site/${DOCS_MARKER}`, "site/index.html", "site/zoom.html"]);
  });

  it("never writes through a symbolic link, where a page goes or where its directory does (real files)", async () => {
    const dir = mkdtempSync(join(tmpdir(), "adp-docs-links-"));
    try {
      const site = join(dir, "site");
      const { io, err } = realFiles();
      const docs = (platform: string) => runCli(["docs", "--out", site, "--platform", platform], io);
      expect(await docs("linkedin")).toBe(0);
      // A page docs wrote, replaced by a link to a file of the user's: refused, and the file is untouched.
      writeFileSync(join(dir, "notes.txt"), "precious notes");
      unlinkSync(join(site, "linkedin.html"));
      symlinkSync("../notes.txt", join(site, "linkedin.html"));
      expect(await docs("linkedin")).toBe(2);
      expect(err.join("")).toBe(
        `ai-data-policy: refusing to write through a symbolic link in ${JSON.stringify(site)}: linkedin.html (docs writes only files and directories of its own; remove the link or choose another directory)\n`,
      );
      expect(readFileSync(join(dir, "notes.txt"), "utf8")).toBe("precious notes");
      // A broken link where a new page goes would create a file outside the directory: refused too.
      err.length = 0;
      symlinkSync("../created-outside.html", join(site, "github.html"));
      expect(await docs("github")).toBe(2);
      expect(err.join("")).toContain("github.html");
      expect(existsSync(join(dir, "created-outside.html"))).toBe(false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("copies an API reference with a link back up its tree once, and names what it cannot read (real files)", async () => {
    const dir = mkdtempSync(join(tmpdir(), "adp-docs-api-"));
    try {
      const { io, err } = realFiles();
      const docs = (out: string, api: string) => runCli(["docs", "--out", join(dir, out), "--platform", "zoom", "--api-from", join(dir, api)], io);
      mkdirSync(join(dir, "api1", "sub"), { recursive: true });
      writeFileSync(join(dir, "api1", "index.html"), "<html></html>");
      symlinkSync("..", join(dir, "api1", "sub", "loop"));
      expect(await docs("s1", "api1")).toBe(0);
      expect(readFileSync(join(dir, "s1", "api", "index.html"), "utf8")).toBe("<html></html>");
      mkdirSync(join(dir, "api2"));
      writeFileSync(join(dir, "api2", "index.html"), "<html></html>");
      symlinkSync("nowhere.js", join(dir, "api2", "broken.js"));
      expect(await docs("s2", "api2")).toBe(2);
      expect(err.join("")).toBe(
        `ai-data-policy: cannot read the API reference in ${JSON.stringify(join(dir, "api2"))}: broken.js: not found (a broken link?)\n`,
      );
      // The output as its own source would copy the copy into itself on every run.
      err.length = 0;
      expect(await docs("s1", "s1")).toBe(2);
      expect(err.join("")).toContain("overlap: the copy would be copied into itself on every run");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("copies a built API reference into api/, pointing its icons at the copy each page carries", async () => {
    const api = {
      "ref/index.html": '<svg><use href="assets/icons.svg#icon-menu"></use></svg>',
      "ref/modules/docs.html": '<svg><use href="../assets/icons.svg#icon-1"></use></svg>',
      "ref/assets/icons.js": "addIcons();",
    };
    const { code, stdout, written } = await run(["docs", "--out", "site", "--platform", "zoom", "--api-from", "ref"], api);
    expect(code).toBe(0);
    expect(stdout).toBe("Wrote 2 files (html) for 1 policy and the API reference (3 files) to site\n");
    expect(written["site/api/index.html"]).toBe('<svg><use href="#icon-menu"></use></svg>');
    expect(written["site/api/modules/docs.html"]).toBe('<svg><use href="#icon-1"></use></svg>');
    expect(new TextDecoder().decode(written["site/api/assets/icons.js"] as Uint8Array)).toBe("addIcons();");
    expect(written["site/index.html"]).toContain('href="api/index.html"');
    const missing = await run(["docs", "--out", "site2", "--api-from", "nowhere"]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/^ai-data-policy: cannot read the API reference in "nowhere": .* \(run typedoc first\)\n$/);
  });

  it("refuses an unknown format in one line", async () => {
    const { code, stderr } = await run(["docs", "--format", "pdf"]);
    expect(code).toBe(2);
    expect(stderr).toBe('ai-data-policy: --format "pdf": expected md or html\n');
  });
});

describe("ai-data-policy chart", () => {
  it("prints one platform's chart as SVG", async () => {
    const { code, stdout } = await run(["chart", "linkedin", "--purpose", "generative-ai-training"]);
    expect(code).toBe(0);
    expect(stdout.startsWith("<svg")).toBe(true);
    expect(stdout).toContain('data-purpose="generative-ai-training"');
    expect(stdout).not.toContain('data-purpose="ai-inference"');
  });

  it("refuses a purpose the platform says nothing about", async () => {
    const { code, stderr } = await run(["chart", "zoom", "--purpose", "content-licensing"]);
    expect(code).toBe(2);
    expect(stderr).toBe('ai-data-policy: --purpose "content-licensing": no statement of zoom is about it\n');
  });
});
