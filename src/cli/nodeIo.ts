import {
  closeSync,
  constants,
  fstatSync,
  lstatSync,
  mkdirSync,
  openSync,
  readFileSync,
  readSync,
  readdirSync,
  realpathSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { dirname, join } from "node:path";
import type { CliIo } from "./io.js";

const CHUNK = 64 * 1024;

/** Reads from `fd` until its end or one byte past `maxBytes`, whichever comes first. */
function readUpTo(fd: number, maxBytes: number): Uint8Array {
  const chunks: Buffer[] = [];
  let total = 0;
  const buffer = Buffer.allocUnsafe(CHUNK);
  while (total <= maxBytes) {
    let n: number;
    try {
      n = readSync(fd, buffer, 0, Math.min(CHUNK, maxBytes + 1 - total), null);
    } catch (error) {
      const code = (error as { code?: unknown }).code;
      if (code === "EOF") break;
      // A non-blocking pipe with nothing in it yet: wait a little and read again.
      if (code === "EAGAIN") {
        Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 5);
        continue;
      }
      throw error;
    }
    if (n === 0) break;
    chunks.push(Buffer.from(buffer.subarray(0, n)));
    total += n;
  }
  return Buffer.concat(chunks, total);
}

function readFileUpTo(path: string, maxBytes: number | undefined): Uint8Array {
  if (maxBytes === undefined) return readFileSync(path);
  const fd = openSync(path, "r");
  try {
    if (fstatSync(fd).isDirectory()) throw Object.assign(new Error(`EISDIR: illegal operation on a directory, read '${path}'`), { code: "EISDIR" });
    return readUpTo(fd, maxBytes);
  } finally {
    closeSync(fd);
  }
}

/** The CLI's view of a real process. */
export function nodeIo(): CliIo {
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    readFile: (path, maxBytes) => readFileUpTo(path, maxBytes),
    readDir: (path) =>
      readdirSync(path, { withFileTypes: true }).map((entry) => {
        if (!entry.isSymbolicLink()) return { name: entry.name, isDirectory: entry.isDirectory(), isFile: entry.isFile() };
        // A link counts as what it points at; a broken one as a file, so that reading it reports it.
        try {
          const target = statSync(join(path, entry.name));
          return { name: entry.name, isDirectory: target.isDirectory(), isFile: target.isFile() };
        } catch {
          return { name: entry.name, isDirectory: false, isFile: true };
        }
      }),
    realPath: (path) => {
      try {
        return realpathSync(path);
      } catch {
        return path;
      }
    },
    readStdin: (maxBytes) => (maxBytes === undefined ? readFileSync(0) : readUpTo(0, maxBytes)),
    writeFile: (path, content) => {
      mkdirSync(dirname(path), { recursive: true });
      // O_NOFOLLOW: a link put where a page was is refused (ELOOP), never written through to whatever
      // it points at. (Systems without the flag have 0 there.)
      const fd = openSync(path, constants.O_WRONLY | constants.O_CREAT | constants.O_TRUNC | (constants.O_NOFOLLOW ?? 0), 0o666);
      try {
        writeFileSync(fd, content);
      } finally {
        closeSync(fd);
      }
    },
    isLink: (path) => {
      try {
        return lstatSync(path).isSymbolicLink();
      } catch {
        return false;
      }
    },
    isTty: process.stdout.isTTY === true,
    today: () => new Date().toISOString().slice(0, 10),
  };
}
