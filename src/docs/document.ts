import type { CitedSource } from "../evaluate/decision.js";

/** A piece of running text: plain text, a footnote reference, a link, code or strong text. @internal */
export type Inline =
  | string
  | { readonly ref: number }
  | { readonly link: string; readonly text: string }
  | { readonly code: string }
  | { readonly strong: string };

/** A block of a page, rendered by `markdown.ts` and `html.ts`. @internal */
export type Block =
  | { readonly kind: "heading"; readonly level: 1 | 2 | 3; readonly text: string; readonly id?: string }
  | { readonly kind: "paragraph"; readonly content: readonly Inline[] }
  | { readonly kind: "list"; readonly items: readonly (readonly Inline[])[] }
  | { readonly kind: "table"; readonly head: readonly string[]; readonly rows: readonly (readonly (readonly Inline[])[])[] }
  | { readonly kind: "chart"; readonly svg: string; readonly href?: string; readonly alt: string }
  | { readonly kind: "footnotes"; readonly notes: readonly CitedSource[] };

/** Numbers cited passages in order of first use; the same source and quote keep one number. @internal */
export class FootnoteList {
  private readonly keys = new Map<string, number>();
  readonly notes: CitedSource[] = [];

  /** The footnote number of a cited passage. */
  number(source: CitedSource): number {
    const key = `${source.id}\u0000${source.quote}`;
    let n = this.keys.get(key);
    if (n === undefined) {
      this.notes.push(source);
      n = this.notes.length;
      this.keys.set(key, n);
    }
    return n;
  }

  /** References to the footnotes of some cited passages, in order, without repeats. */
  cite(sources: readonly CitedSource[]): Inline[] {
    return [...new Set(sources.map((s) => this.number(s)))].map((ref) => ({ ref }));
  }
}

/** The dates of a source in words: `published 2025-11-03, captured 2025-11-04`. @internal */
export function sourceDates(source: CitedSource): string {
  return [
    source.published && `published ${source.published}`,
    source.captured && `captured ${source.captured}`,
    source.accessed && `accessed ${source.accessed}`,
  ]
    .filter(Boolean)
    .join(", ");
}
