import type { Block, Inline } from "./document.js";
import { sourceDates } from "./document.js";
import { escapeMarkdown } from "./escape.js";

function inline(parts: readonly Inline[]): string {
  return parts
    .map((part) => {
      if (typeof part === "string") return escapeMarkdown(part);
      if ("ref" in part) return `[^${part.ref}]`;
      if ("link" in part) return `[${escapeMarkdown(part.text)}](${part.link.replace(/[()\s<>"`]/g, encodeURIComponent)})`;
      if ("code" in part) return `\`${part.code.replace(/`/g, "'")}\``;
      return `**${escapeMarkdown(part.strong)}**`;
    })
    .join("")
    .replace(/ +(\[\^)/g, "$1");
}

/** Renders blocks as GitHub-flavoured Markdown (tables, footnotes). @internal */
export function toMarkdown(blocks: readonly Block[]): string {
  const out: string[] = [];
  for (const block of blocks) {
    switch (block.kind) {
      case "heading":
        out.push(`${"#".repeat(block.level)} ${escapeMarkdown(block.text)}`);
        break;
      case "paragraph":
        out.push(inline(block.content));
        break;
      case "list":
        out.push(block.items.map((item) => `- ${inline(item)}`).join("\n"));
        break;
      case "table":
        out.push(
          [
            `| ${block.head.map(escapeMarkdown).join(" | ")} |`,
            `| ${block.head.map(() => "---").join(" | ")} |`,
            ...block.rows.map((row) => `| ${row.map((cell) => inline(cell) || " ").join(" | ")} |`),
          ].join("\n"),
        );
        break;
      case "chart":
        out.push(block.href ? `![${escapeMarkdown(block.alt)}](${block.href})` : block.svg.trim());
        break;
      case "footnotes":
        out.push(
          block.notes
            .map((s, i) => {
              const dates = sourceDates(s);
              return `[^${i + 1}]: ${escapeMarkdown(s.title)}. ${escapeMarkdown(s.publisher)}${dates ? `, ${dates}` : ""} (${s.kind}). <${s.url.replace(/[\s<>"`]/g, encodeURIComponent)}> “${escapeMarkdown(s.quote)}”${s.locator ? ` (${escapeMarkdown(s.locator)})` : ""}`;
            })
            .join("\n"),
        );
        break;
    }
  }
  return `${out.join("\n\n")}\n`;
}
