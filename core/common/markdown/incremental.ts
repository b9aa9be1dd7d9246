// Rendering a body again after an edit, re-rendering only the pieces that changed (blocks.ts cuts the
// body into pieces markdown-it parses the same alone as in the whole). The result is byte for byte the
// full render's (test/unit/markdown/incremental.test.ts): heading ids, made unique across the post, are
// checked against the headings before each reused piece; and a body whose pieces reach across each other
// (reference links and footnotes, defined anywhere) or hold raw HTML (which the HTML parser may let spill
// into the next piece) is rendered whole instead.
import type { MarkdownIt, Token } from "markdown-it";
import { splitBlocks } from "./blocks.js";
import { createMarkdownIt } from "./create-markdown-it.js";
import { headingEnv, uniqueHeadingId } from "./heading-id.js";
import { isPending } from "./highlight.js";
import { renderEnv, renderWith, type Rendered, type RenderOptions, type Sanitize } from "./render.js";

/** One rendered piece of a body; the same object is handed out again for as long as the piece is unchanged. */
export interface RenderedBlock {
  /** Its sanitised HTML (whole top-level elements). */
  readonly html: string;
  /** The source line of each of its top-level elements, relative to the piece's first line. */
  readonly lines: readonly number[];
}

/** A body rendered in pieces: `blocks[i]` starts at body line `starts[i]`. Joined, they are the full render. */
export interface IncrementalRendered extends Rendered {
  blocks: readonly RenderedBlock[];
  starts: readonly number[];
  /** False when the body was rendered whole (then `blocks` is that one render). */
  incremental: boolean;
}

interface Entry extends RenderedBlock {
  /** Heading slugs before making them unique, and the ids they got, in order. */
  readonly slugs: readonly string[];
  readonly ids: readonly string[];
  readonly pending: readonly string[] | undefined;
}

/** A renderer that keeps the pieces of the last render and renders only new ones (one per preview). */
export function createIncrementalRenderer(sanitize: Sanitize): (body: string, options?: RenderOptions) => IncrementalRendered {
  const md = createMarkdownIt("full");
  // Piece text → its renders (a repeated heading has one per id it got), for the options of `cacheFor`.
  let cache = new Map<string, Entry[]>();
  let cacheFor = "";
  return (body, options = {}) => {
    const key = JSON.stringify(options);
    if (key !== cacheFor) cache = new Map();
    cacheFor = key;
    const next = new Map<string, Entry[]>();
    const used: Record<string, true> = Object.create(null) as Record<string, true>;
    const blocks: Entry[] = [];
    const starts: number[] = [];
    for (const piece of splitBlocks(body)) {
      const kept = next.get(piece.text) ?? [];
      let entry: Entry | null | undefined = [...kept, ...(cache.get(piece.text) ?? [])].find((e) => reusable(e, used));
      if (!entry) {
        entry = renderPiece(md, sanitize, piece.text, used, options);
        if (entry === null) return whole(md, sanitize, body, options, () => (cache = new Map()));
      }
      if (!kept.includes(entry)) next.set(piece.text, [...kept, entry]);
      blocks.push(entry);
      starts.push(piece.line);
    }
    cache = next;
    return joined(blocks, starts);
  };
}

/** True when `entry`'s headings get the same ids after the ids in `used`; if so, adds them to `used`. */
function reusable(entry: Entry, used: Record<string, true>): boolean {
  if (entry.pending?.some((language) => !isPending(language))) return false; // its code can be highlighted now
  if (entry.slugs.length === 0) return true;
  const mine = new Set<string>();
  for (let i = 0; i < entry.slugs.length; i++) {
    const id = uniqueHeadingId(entry.slugs[i]!, (x) => used[x] === true || mine.has(x));
    if (id !== entry.ids[i]) return false;
    mine.add(id);
  }
  for (const id of mine) used[id] = true;
  return true;
}

/** Renders one piece after the headings in `used` (which it fills); null when the body must be rendered whole. */
function renderPiece(md: MarkdownIt, sanitize: Sanitize, text: string, used: Record<string, true>, options: RenderOptions): Entry | null {
  const { env, slugs } = headingEnv(used, renderEnv(options));
  const { rendered, tokens, rawHtml } = renderWith(md, sanitize, text, env);
  if (rawHtml || env.references !== undefined || env.footnotes !== undefined) return null;
  return { html: rendered.html, lines: rendered.blockLines, slugs, ids: headingIds(tokens), pending: rendered.pendingLanguages };
}

function headingIds(tokens: readonly Token[]): string[] {
  const ids: string[] = [];
  for (const t of tokens) if (t.type === "heading_open") ids.push(String(t.attrGet("id") ?? ""));
  return ids;
}

function whole(md: MarkdownIt, sanitize: Sanitize, body: string, options: RenderOptions, forget: () => void): IncrementalRendered {
  forget();
  const { rendered } = renderWith(md, sanitize, body, renderEnv(options));
  return { ...rendered, blocks: [{ html: rendered.html, lines: rendered.blockLines }], starts: [0], incremental: false };
}

function joined(blocks: readonly Entry[], starts: readonly number[]): IncrementalRendered {
  const blockLines: number[] = [];
  const pending = new Set<string>();
  blocks.forEach((b, i) => {
    for (const line of b.lines) blockLines.push(line + starts[i]!);
    for (const language of b.pending ?? []) pending.add(language);
  });
  const out: IncrementalRendered = {
    get html() {
      return blocks.map((b) => b.html).join("");
    },
    blockLines,
    blocks,
    starts,
    incremental: true,
  };
  if (pending.size) out.pendingLanguages = [...pending];
  return out;
}
