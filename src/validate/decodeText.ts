/** The text of an input, or why it cannot be read as UTF-8 JSON. @internal */
export type Decoded =
  | { readonly ok: true; readonly text: string; readonly bom: boolean }
  | { readonly ok: false; readonly code: "binary_input" | "not_utf8"; readonly message: string; readonly offset: number };

/** The offset of the first byte that is not part of a valid UTF-8 sequence, or -1. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  const n = bytes.length;
  while (i < n) {
    const b = bytes[i] as number;
    if (b < 0x80) {
      i++;
      continue;
    }
    // Continuation bytes needed, and the smallest code point that needs that many (no overlong forms).
    const need = b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : 0;
    if (need === 0 || i + need >= n) return i;
    const min = need === 1 ? 0x80 : need === 2 ? 0x800 : 0x10000;
    let cp = b & (0xff >> (need + 2));
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}

/** Whether the first characters read as UTF-16 ASCII: a NUL at every other byte from `zeroAt`, the others printable. */
function isUtf16Ascii(bytes: Uint8Array, zeroAt: 0 | 1): boolean {
  const n = Math.min(bytes.length - (bytes.length % 2), 64);
  for (let i = 0; i < n; i += 2) {
    const zero = bytes[i + zeroAt] as number;
    const char = bytes[i + 1 - zeroAt] as number;
    if (zero !== 0 || char === 0 || char > 0x7e || (char < 0x20 && char !== 0x09 && char !== 0x0a && char !== 0x0d)) return false;
  }
  return true;
}

/**
 * Decodes bytes as UTF-8, refusing binary data and invalid sequences with the offset where they start.
 * A UTF-8 byte-order mark is removed (and reported as a warning by the caller).
 *
 * @internal
 */
export function decodeText(bytes: Uint8Array): Decoded {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    return { ok: false, code: "not_utf8", message: "the file is UTF-16 (it starts with a UTF-16 byte-order mark); save it as UTF-8", offset: 0 };
  }
  const nul = bytes.indexOf(0);
  if (nul >= 0) {
    // JSON starts with ASCII ({, [, a space): written as UTF-16 without a byte-order mark, every other
    // byte of it is a NUL. Say so, rather than call a text file binary.
    const utf16 = bytes.length >= 4 && nul <= 1 && isUtf16Ascii(bytes, nul === 1 ? 1 : 0);
    if (utf16) return { ok: false, code: "not_utf8", message: "the file looks like UTF-16 without a byte-order mark; save it as UTF-8", offset: 0 };
    return { ok: false, code: "binary_input", message: `the file is binary, not text (a NUL byte at byte ${nul})`, offset: nul };
  }
  const bad = firstInvalidUtf8(bytes);
  if (bad >= 0)
    return {
      ok: false,
      code: "not_utf8",
      message: `the file is not valid UTF-8 (an invalid byte 0x${(bytes[bad] as number).toString(16).padStart(2, "0")} at byte ${bad})`,
      offset: bad,
    };
  const bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const text = new TextDecoder("utf-8").decode(bom ? bytes.subarray(3) : bytes);
  return { ok: true, text, bom };
}
