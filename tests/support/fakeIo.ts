import type { CliIo } from "../../src/cli/io.js";

/** A CLI io that records output and serves files from a map. */
export function fakeIo(files: Record<string, string | Uint8Array> = {}, stdin = "") {
  const out: string[] = [];
  const err: string[] = [];
  const written: Record<string, string | Uint8Array> = {};
  const enoent = (path: string) => Object.assign(new Error(`ENOENT: no such file or directory, open '${path}'`), { code: "ENOENT" });
  const io: CliIo = {
    stdout: (text) => void out.push(text),
    stderr: (text) => void err.push(text),
    // As the real one: at most one byte past the limit, when one is given.
    readFile: (path, maxBytes) => {
      const content = files[path];
      if (content === undefined) throw enoent(path);
      const bytes = typeof content === "string" ? new TextEncoder().encode(content) : content;
      return maxBytes === undefined ? bytes : bytes.subarray(0, maxBytes + 1);
    },
    readDir: (path) => {
      if (files[path] !== undefined) throw Object.assign(new Error(`ENOTDIR: not a directory, scandir '${path}'`), { code: "ENOTDIR" });
      const prefix = path.endsWith("/") ? path : `${path}/`;
      const names = Object.keys(files).filter((f) => f.startsWith(prefix));
      if (names.length === 0) throw enoent(path);
      const entries = new Map<string, boolean>();
      for (const name of names) {
        const rest = name.slice(prefix.length);
        const [head, ...tail] = rest.split("/");
        entries.set(head as string, tail.length > 0);
      }
      return [...entries].map(([name, isDirectory]) => ({ name, isDirectory, isFile: !isDirectory }));
    },
    readStdin: (maxBytes) => {
      const bytes = new TextEncoder().encode(stdin);
      return maxBytes === undefined ? bytes : bytes.subarray(0, maxBytes + 1);
    },
    writeFile: (path, content) => {
      written[path] = content;
    },
    isTty: false,
    today: () => "2026-11-22",
  };
  return { io, out: () => out.join(""), err: () => err.join(""), written };
}
