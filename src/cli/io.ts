/**
 * Everything the CLI touches outside itself, passed in so that tests run commands without a process.
 */
export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /**
   * Reads a file as bytes; throws a Node-style error (with `code`) when it cannot. Given `maxBytes`, it
   * reads at most one byte more, so that a longer result says the file is too large without reading
   * all of it (`/dev/zero`, a 3 GB file).
   */
  readonly readFile: (path: string, maxBytes?: number) => Uint8Array;
  /** Lists a directory's entries; throws when it cannot. */
  readonly readDir: (path: string) => { name: string; isDirectory: boolean; isFile: boolean }[];
  /**
   * The path with its links resolved, when the system has links: an input reached twice (a link back
   * up the tree, a file named beside its directory) is then read once.
   */
  readonly realPath?: (path: string) => string;
  /** Reads standard input to the end, or to one byte past `maxBytes`. */
  readonly readStdin: (maxBytes?: number) => Uint8Array;
  /**
   * Writes a file, creating its directory; used only by commands that write (docs). It never writes
   * through a symbolic link at `path` (a Node-style error with code `ELOOP`).
   */
  readonly writeFile: (path: string, content: string | Uint8Array) => void;
  /** Whether `path` is itself a symbolic link (broken or not), when the system has links. */
  readonly isLink?: (path: string) => boolean;
  /** Whether output goes to a terminal (for colour). */
  readonly isTty: boolean;
  /** Today's date, YYYY-MM-DD (UTC): the default day for `controls`. The library itself has no clock. */
  readonly today: () => string;
}

/** Exit codes, named as typedoc's `ExitCodes` are. */
export const ExitCode = {
  Ok: 0,
  /** `validate` found problems in the input. */
  ProblemsFound: 1,
  /** Bad usage or bad input: an unknown flag, a bad date, an unreadable file. */
  UsageError: 2,
  /** A bug: the message says where to report it. */
  InternalError: 3,
} as const;

/** A usage or input error: printed as one line on stderr, exit code 2. */
export class UsageError extends Error {
  override readonly name = "UsageError";
}

/** The `code` of a Node-style file-system error, if it has one. */
export function errorCode(error: unknown): string | undefined {
  return typeof error === "object" && error !== null && "code" in error ? String((error as { code: unknown }).code) : undefined;
}

// What a file-system failure means, in the words of a person rather than of errno.
const FS_REASONS: Readonly<Record<string, string>> = {
  EACCES: "permission denied",
  EPERM: "permission denied",
  EROFS: "permission denied",
  ENOSPC: "no space left on the device",
  ENOENT: "no such file or directory",
  EISDIR: "is a directory",
  ENOTDIR: "a file is in the way of its directory",
  ELOOP: "a loop of symbolic links",
};

/**
 * Why a file-system call failed, in a few words: the reason for its code (or, for this one place, the
 * words in `here`), else the code itself, else the first line of its message. Never a stack trace.
 */
export function fsReason(error: unknown, here: Readonly<Record<string, string>> = {}): string {
  const code = errorCode(error);
  if (code !== undefined) return here[code] ?? FS_REASONS[code] ?? code;
  return (error instanceof Error ? error.message : String(error)).split("\n")[0] as string;
}
