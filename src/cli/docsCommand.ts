import { isAbsolute, join, relative, resolve } from "node:path";
import type { Policy } from "../schema/types.js";
import type { PolicyChanges } from "../docs/changes.js";
import { describeChanges } from "../docs/changes.js";
import { renderIndexPage, policyPageFile } from "../docs/renderIndexPage.js";
import { renderPolicyPage } from "../docs/renderPolicyPage.js";
import { timelineChart } from "../docs/timelineChart.js";
import type { Reason } from "../evaluate/decision.js";
import { Footnotes, wrap } from "./formatDecision.js";
import { type CliIo, errorCode, fsReason, UsageError } from "./io.js";

/** The file that marks a directory as written by `ai-data-policy docs`, listing the files it owns. */
export const DOCS_MARKER = ".ai-data-policy-docs.json";

/** The files `docs` writes for some policies, by path relative to the output directory. */
export function docsFiles(policies: readonly Policy[], format: "md" | "html", apiHref: string | undefined): Map<string, string> {
  const files = new Map<string, string>();
  const links = { format, ...(apiHref !== undefined && { apiHref }) };
  files.set(`index.${format}`, renderIndexPage(policies, links));
  for (const policy of policies) {
    if (format === "md") {
      const chart = `${policy.id}-timeline.svg`;
      files.set(chart, timelineChart(policy));
      files.set(policyPageFile(policy, format), renderPolicyPage(policy, { ...links, chartHref: chart }));
    } else {
      files.set(policyPageFile(policy, format), renderPolicyPage(policy, links));
    }
  }
  return files;
}

/**
 * Refuses an output directory that holds files and was not made by `docs`; returns the files an earlier
 * run wrote there (its marker lists them), which may be written again.
 */
function checkOutDir(out: string, io: CliIo): Set<string> {
  let entries: { name: string }[];
  try {
    entries = io.readDir(out);
  } catch (error) {
    const code = errorCode(error);
    if (code === "ENOENT") return new Set();
    if (code === "ENOTDIR") throw new UsageError(`--out ${JSON.stringify(out)} is a file, not a directory`);
    throw new UsageError(`cannot read --out ${JSON.stringify(out)}: ${fsReason(error)}`);
  }
  if (entries.length === 0) return new Set();
  if (!entries.some((e) => e.name === DOCS_MARKER))
    throw new UsageError(
      `refusing to write into ${JSON.stringify(out)}: it is not empty and was not made by ai-data-policy docs (choose an empty or new directory)`,
    );
  let owned: unknown;
  try {
    owned = (JSON.parse(new TextDecoder().decode(io.readFile(join(out, DOCS_MARKER)))) as { files?: unknown }).files;
  } catch {
    owned = undefined;
  }
  if (!Array.isArray(owned) || !owned.every((f) => typeof f === "string"))
    throw new UsageError(`refusing to write into ${JSON.stringify(out)}: its ${DOCS_MARKER} does not list the files docs wrote there`);
  return new Set(owned as string[]);
}

/** Whether something (a file, a directory) is at `path`. */
function exists(path: string, io: CliIo): boolean {
  try {
    io.readFile(path, 0);
    return true;
  } catch (error) {
    return (error as { code?: string }).code !== "ENOENT";
  }
}

/** The paths (relative to `out`) among the files and their directories inside `out` that are links. */
function linksOnTheWay(names: readonly string[], out: string, io: CliIo): string[] {
  const isLink = io.isLink;
  if (isLink === undefined) return [];
  const checked = new Map<string, boolean>();
  const links: string[] = [];
  for (const name of names) {
    const parts = name.split("/");
    for (let i = 1; i <= parts.length; i++) {
      const path = parts.slice(0, i).join("/");
      if (checked.has(path)) continue;
      const link = isLink(join(out, path));
      checked.set(path, link);
      if (link) links.push(path);
    }
  }
  return links;
}

function writeOrExplain(path: string, content: string | Uint8Array, io: CliIo): void {
  try {
    io.writeFile(path, content);
  } catch (error) {
    const why = fsReason(error, { EISDIR: "a directory is in the way", ELOOP: "it is a symbolic link (docs does not write through links)" });
    throw new UsageError(`cannot write ${path}: ${why}`);
  }
}

/**
 * The files of a built API reference (typedoc's HTML), by path relative to its directory. Pages refer
 * to their icons in `assets/icons.svg`, which browsers refuse to load from the file system; the same
 * icons are put into each page by `assets/icons.js`, so the pages refer to those instead.
 */
function apiFiles(dir: string, io: CliIo, prefix = "", seen = new Set<string>()): Map<string, string | Uint8Array> {
  const files = new Map<string, string | Uint8Array>();
  const here = join(dir, prefix);
  // A directory reached again through a link (a link back up the tree) is copied once, not forever.
  const real = io.realPath?.(here) ?? here;
  if (seen.has(real)) return files;
  seen.add(real);
  const cannot = (path: string, error: unknown) => {
    const why = fsReason(error, { ENOENT: "not found (a broken link?)", ELOOP: "a loop of links" });
    return new UsageError(`cannot read the API reference in ${JSON.stringify(dir)}: ${path}: ${why}`);
  };
  let entries: ReturnType<CliIo["readDir"]>;
  try {
    entries = io.readDir(here);
  } catch (error) {
    if (prefix !== "") throw cannot(prefix, error);
    throw new UsageError(`cannot read the API reference in ${JSON.stringify(dir)}: ${(error as Error).message.split("\n")[0]} (run typedoc first)`);
  }
  for (const entry of entries) {
    const name = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory) for (const [path, content] of apiFiles(dir, io, name, seen)) files.set(path, content);
    else if (entry.isFile) {
      let bytes: Uint8Array;
      try {
        bytes = io.readFile(join(dir, name));
      } catch (error) {
        throw cannot(name, error);
      }
      files.set(name, name.endsWith(".html") ? new TextDecoder().decode(bytes).replace(/href="(?:\.\.\/)*assets\/icons\.svg#/g, 'href="#') : bytes);
    }
  }
  return files;
}

/** Whether `inner` is `outer` or lies inside it (paths resolved). */
function within(inner: string, outer: string): boolean {
  const rel = relative(outer, inner);
  return rel === "" || (!rel.startsWith("..") && !isAbsolute(rel));
}

/** `docs`: writes the pages (and a copy of the API reference) and returns what to print. */
export function runDocs(
  policies: readonly Policy[],
  options: { out: string; format: "md" | "html"; api?: string | undefined; apiFrom?: string | undefined },
  io: CliIo,
): string {
  if (options.apiFrom !== undefined) {
    const real = (path: string) => io.realPath?.(resolve(path)) ?? resolve(path);
    const from = real(options.apiFrom);
    const out = real(options.out);
    if (within(from, out) || within(out, from))
      throw new UsageError(
        `--api-from ${JSON.stringify(options.apiFrom)} and --out ${JSON.stringify(options.out)} overlap: the copy would be copied into itself on every run (give typedoc's output directory, outside --out)`,
      );
  }
  const owned = checkOutDir(options.out, io);
  const api = options.api ?? (options.apiFrom !== undefined ? `api/index.html` : undefined);
  const reference = options.apiFrom === undefined ? new Map<string, string | Uint8Array>() : apiFiles(options.apiFrom, io);
  if (options.apiFrom !== undefined && !reference.has("index.html"))
    throw new UsageError(`${JSON.stringify(options.apiFrom)} holds no index.html: is it typedoc's output?`);
  const files = new Map<string, string | Uint8Array>(docsFiles(policies, options.format, api));
  for (const [name, content] of reference) files.set(`api/${name}`, content);
  // Nothing is written through a link: a link where docs writes a page, or where it puts a page's
  // directory, would send the page (or the directories made for it) outside --out, over whatever the
  // link points at. docs writes only files and directories, so such a link was put there by someone else.
  const links = linksOnTheWay([...files.keys()], options.out, io);
  if (links.length > 0)
    throw new UsageError(
      `refusing to write through ${links.length === 1 ? "a symbolic link" : `${links.length} symbolic links`} in ${JSON.stringify(options.out)}: ${links.slice(0, 5).join(", ")}${links.length > 5 ? ", ..." : ""} (docs writes only files and directories of its own; remove the link or choose another directory)`,
    );
  // Nothing docs did not write is overwritten: every clash is named before anything is written.
  const clashes = [...files.keys()].filter((name) => !owned.has(name) && exists(join(options.out, name), io));
  if (clashes.length > 0)
    throw new UsageError(
      `refusing to overwrite ${clashes.length === 1 ? "a file" : `${clashes.length} files`} that docs did not write in ${JSON.stringify(options.out)}: ${clashes.slice(0, 5).join(", ")}${clashes.length > 5 ? ", ..." : ""}`,
    );
  // The marker first: it lists every file this run is about to write, and keeps the files of earlier
  // runs (they are still there, and still docs' own). A run that stops on a write it cannot make then
  // leaves a directory whose files the marker still owns, and the next run, once the cause is gone,
  // writes them again.
  const listed = [...new Set([...owned, ...files.keys()])];
  writeOrExplain(join(options.out, DOCS_MARKER), `${JSON.stringify({ generator: "ai-data-policy docs", files: listed }, null, 2)}\n`, io);
  for (const [name, content] of files) writeOrExplain(join(options.out, name), content, io);
  const copied = reference.size > 0 ? ` and the API reference (${reference.size} files)` : "";
  return `Wrote ${files.size - reference.size} files (${options.format}) for ${policies.length} ${policies.length === 1 ? "policy" : "policies"}${copied} to ${options.out}\n`;
}

/** The human-readable form of `diff`. */
export function formatChanges(policy: Policy, diff: PolicyChanges): string {
  const notes = new Footnotes();
  const out = [`${policy.name}: what changed between ${diff.from} and ${diff.to}`, ""];
  const lines = describeChanges(diff);
  if (lines.length === 0) out.push("Nothing changed: every answer asked about and every control are the same on both days.");
  diff.answers.forEach((change, i) => {
    out.push(wrap(`- ${lines[i]}`, 0, 2));
    for (const reason of change.reasons.slice(0, 3)) out.push(wrap(`because: ${reason.message} ${notes.refs(reason)}`.trimEnd(), 4, 6));
    if (change.reasons.length > 3) out.push(`    (and ${change.reasons.length - 3} more reasons)`);
  });
  diff.controls.forEach((change, i) => {
    const refs = notes.refs({ sources: change.sources } as unknown as Reason);
    out.push(wrap(`- ${lines[diff.answers.length + i]} ${refs}`.trimEnd(), 0, 2));
  });
  const sources = notes.render();
  if (sources) out.push("", sources);
  return `${out.join("\n")}\n`;
}
