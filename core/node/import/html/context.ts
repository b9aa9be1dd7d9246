// The state of one conversion: footnote numbers and texts, heading ids, embeds already linked, and
// warnings. Turndown's rules are plain functions, so the converter sets the current context around
// each (synchronous) conversion.
import { headingId } from "../../../common/markdown/index.js";
import type { DomNode } from "./dom.js";

/** What one conversion remembers while the rules run. */
export class ConversionContext {
  /** Footnote ids (Hatena's `f-…`) in order of first reference → number 1, 2… */
  readonly footnoteNumbers = new Map<string, number>();
  /** Footnote texts found in `<div class="footnote">`, by id. */
  readonly footnoteTexts = new Map<string, string>();
  /** Footnote texts from the references' title attribute, used when the footnote block is missing. */
  readonly footnoteTitles = new Map<string, string>();
  /** URLs already linked from an embed: a citation right after it would repeat them. */
  readonly embedUrls = new Set<string>();
  readonly warnings: string[] = [];
  private headingIds: Map<string, string> | null = null;

  /** The number of footnote `id`, given on its first reference. */
  footnoteNumber(id: string): number {
    let n = this.footnoteNumbers.get(id);
    if (n === undefined) {
      n = this.footnoteNumbers.size + 1;
      this.footnoteNumbers.set(id, n);
    }
    return n;
  }

  /** The footnote definitions, in number order, as Markdown (`[^1]: …`); "" when there are none. */
  footnoteDefinitions(): string {
    const lines: string[] = [];
    for (const [id, n] of this.footnoteNumbers) {
      const text = (this.footnoteTexts.get(id) ?? this.footnoteTitles.get(id) ?? "").trim();
      if (!text) this.warnings.push(`footnote ${n} has no text`);
      lines.push(`[^${n}]: ${text.replace(/\n/g, "\n    ")}`);
    }
    for (const id of this.footnoteTexts.keys()) {
      if (!this.footnoteNumbers.has(id)) this.warnings.push(`a footnote text (${id}) is never referred to; it was left out`);
    }
    return lines.join("\n");
  }

  /**
   * The id markdown-it-anchor will give the heading that had id `id` in the source (so in-page links
   * such as a table of contents keep working), or null when no heading had it. Worked out once per
   * document: ids of every heading in order, made unique the way the pipeline does ("x", "x-1"…).
   */
  headingSlug(doc: DomNode, id: string): string | null {
    if (!this.headingIds) {
      this.headingIds = new Map();
      const used = new Set<string>();
      for (const h of Array.from(doc.querySelectorAll("h1, h2, h3, h4, h5, h6"))) {
        const base = headingId((h.textContent ?? "").trim());
        let slug = base;
        for (let i = 1; used.has(slug); i++) slug = `${base}-${i}`;
        used.add(slug);
        const sourceId = h.getAttribute("id");
        if (sourceId && !this.headingIds.has(sourceId)) this.headingIds.set(sourceId, slug);
      }
    }
    return this.headingIds.get(id) ?? null;
  }
}

let current: ConversionContext | null = null;

/** The context of the conversion running now (rules run only inside one). */
export function context(): ConversionContext {
  if (!current) throw new Error("HTML conversion rule called outside a conversion");
  return current;
}

/** Runs `fn` with `ctx` as the current context. */
export function withContext<T>(ctx: ConversionContext, fn: () => T): T {
  const outer = current;
  current = ctx;
  try {
    return fn();
  } finally {
    current = outer;
  }
}
