/**
 * Escapes text for HTML and SVG (XML) content and attribute values.
 *
 * @param text - Any text.
 * @returns The text with `&`, `<`, `>`, `"` and `'` replaced by character references.
 * @example
 * ```ts
 * import { escapeXml } from "ai-data-policy/docs";
 * escapeXml(`<a href="x">Tom & Jerry</a>`); //=> "&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&lt;/a&gt;"
 * ```
 * @category Docs
 */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c] as string);
}

/**
 * Escapes text for Markdown: characters that would start formatting, and table cell separators.
 *
 * @param text - Any text.
 * @returns The text, safe inside a Markdown paragraph or table cell, on one line.
 * @example
 * ```ts
 * import { escapeMarkdown } from "ai-data-policy/docs";
 * escapeMarkdown("a | b *c*"); //=> "a \\| b \\*c\\*"
 * ```
 * @category Docs
 */
export function escapeMarkdown(text: string): string {
  return text.replace(/\s*\n\s*/g, " ").replace(/[\\`*_[\]|<>#]/g, (c) => `\\${c}`);
}
