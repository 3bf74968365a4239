import { formatIssues } from "../validate/formatIssues.js";
import type { Policy } from "../schema/types.js";
import type { PolicyIssue } from "../validate/PolicyIssue.js";
import { DEFAULT_MAX_BYTES, tooLarge, validatePolicy } from "../validate/validatePolicy.js";
import { type CliIo, ExitCode, errorCode, fsReason, UsageError } from "./io.js";

/** One input's outcome. */
interface FileReport {
  readonly file: string;
  readonly valid: boolean;
  readonly issues: readonly PolicyIssue[];
}

/** Expands the arguments into files: a directory gives its `.json` files, recursively, sorted. */
function expand(io: CliIo, inputs: readonly string[]): string[] {
  const files: string[] = [];
  // Each directory and file once, however often it is reached (a link back up the tree, a file named
  // beside its directory, standard input named twice).
  const seen = new Set<string>();
  const once = (kind: "dir" | "file", path: string) => {
    const key = `${kind}:${io.realPath?.(path) ?? path}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  };
  const walk = (dir: string, depth: number) => {
    if (depth > 32) throw new UsageError(`${dir}: directories nested too deep`);
    if (!once("dir", dir)) return;
    const entries = io.readDir(dir).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const path = `${dir.replace(/\/+$/, "")}/${entry.name}`;
      if (entry.isDirectory) {
        if (entry.name !== "node_modules" && !entry.name.startsWith(".")) walk(path, depth + 1);
      } else if (entry.isFile && entry.name.endsWith(".json") && once("file", path)) files.push(path);
    }
  };
  for (const input of inputs) {
    if (input === "-") {
      if (!seen.has("-")) files.push("-");
      seen.add("-");
      continue;
    }
    try {
      walk(input, 0);
    } catch (error) {
      const code = errorCode(error);
      if (code === "ENOTDIR") {
        if (once("file", input)) files.push(input);
      } else if (error instanceof UsageError) throw error;
      else if (code === "ENOENT" || code === "EACCES" || code === "EPERM") throw new UsageError(`${input}: ${fsReason(error)}`);
      else throw new UsageError(`${input}: cannot be read (${fsReason(error)})`);
    }
  }
  return files;
}

/** Reads an input, at most one byte past the validator's limit: memory stays bounded whatever it is. */
function read(io: CliIo, file: string): Uint8Array {
  try {
    return file === "-" ? io.readStdin(DEFAULT_MAX_BYTES) : io.readFile(file, DEFAULT_MAX_BYTES);
  } catch (error) {
    const why = fsReason(error, { ENOENT: "no such file" });
    throw new UsageError(`${file === "-" ? "standard input" : file}: cannot be read (${why})`);
  }
}

/**
 * `ai-data-policy validate <file|dir|->...`: exit 0 when valid, 1 when problems were found, 2 when an
 * input cannot be read (the others are still validated and reported). Validation only reads.
 */
export function runValidate(inputs: readonly string[], options: { format: "text" | "json"; strict: boolean }, io: CliIo): number {
  if (inputs.length === 0) throw new UsageError("validate needs at least one file, directory, or - for standard input");
  const files = expand(io, inputs);
  if (files.length === 0) throw new UsageError(`no .json files in ${inputs.join(", ")}`);
  // A file that cannot be read is named, and the others are still validated: one broken link in a
  // directory does not hide what every other file holds. The exit code then says an input was unreadable.
  const unreadable: string[] = [];
  const reports: FileReport[] = files.flatMap((file) => {
    const name = file === "-" ? "<stdin>" : file;
    let bytes: Uint8Array;
    try {
      bytes = read(io, file);
    } catch (error) {
      if (!(error instanceof UsageError) || files.length === 1) throw error;
      unreadable.push(error.message);
      return [];
    }
    // Read only up to the limit: its size past that is not known, and not needed.
    if (bytes.byteLength > DEFAULT_MAX_BYTES) return [{ file: name, valid: false, issues: [tooLarge(undefined, DEFAULT_MAX_BYTES, name)] }];
    const { valid, issues } = validatePolicy(bytes, { file: name });
    return [{ file: name, valid: valid && !(options.strict && issues.length > 0), issues }];
  });
  const errors = reports.reduce((n, r) => n + r.issues.filter((i) => i.severity === "error").length, 0);
  const warnings = reports.reduce((n, r) => n + r.issues.filter((i) => i.severity === "warning").length, 0);
  const failed = reports.filter((r) => !r.valid).length;
  if (options.format === "json") {
    io.stdout(`${JSON.stringify(reports, null, 2)}\n`);
  } else {
    for (const report of reports) io.stdout(formatIssues(report.issues, report.file));
    const count = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;
    const summary =
      failed === 0
        ? `${count(reports.length, "file")} valid${warnings > 0 ? ` (${count(warnings, "warning")})` : ""}`
        : `${count(errors, "error")} and ${count(warnings, "warning")}; ${failed} of ${count(reports.length, "file")} invalid${options.strict && errors === 0 ? " (--strict: warnings fail)" : ""}`;
    (failed === 0 && unreadable.length === 0 ? io.stdout : io.stderr)(
      `${summary}${unreadable.length > 0 ? ` (and ${count(unreadable.length, "file")} not read)` : ""}\n`,
    );
  }
  for (const message of unreadable) io.stderr(`ai-data-policy: ${message}\n`);
  if (unreadable.length > 0) return ExitCode.UsageError;
  return failed === 0 ? ExitCode.Ok : ExitCode.ProblemsFound;
}

/** How many of a file's errors a command that reads it as a policy shows: `validate` lists them all. */
const ERRORS_SHOWN = 5;

/**
 * Reads a policy file (or `-`, standard input) for a command that asks questions of it: its errors
 * stop the command, and say where they are; its warnings do not.
 */
export function loadPolicyFile(io: CliIo, file: string): Policy {
  const name = file === "-" ? "<stdin>" : file;
  const bytes = read(io, file);
  const { policy, issues } =
    bytes.byteLength > DEFAULT_MAX_BYTES
      ? { policy: undefined, issues: [tooLarge(undefined, DEFAULT_MAX_BYTES, name)] }
      : validatePolicy(bytes, { file: name });
  if (policy !== undefined) return policy;
  const errors = issues.filter((issue) => issue.severity === "error");
  const more = errors.length > ERRORS_SHOWN ? `\n…and ${errors.length - ERRORS_SHOWN} more (ai-data-policy validate ${file} lists them all)` : "";
  throw new UsageError(`${name} is not a valid policy:\n${formatIssues(errors.slice(0, ERRORS_SHOWN), name).trimEnd()}${more}`);
}
