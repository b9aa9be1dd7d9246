// Rendering a body again after an edit, re-rendering only the pieces that changed (blocks.ts cuts the
// body into pieces markdown-it parses the same alone as in the whole). The result is byte for byte the
// full render's (test/unit/markdown/incremental.test.ts): heading ids, made unique across the post, are
// checked against the headings before each reused piece; and a body whose pieces reach across each other
// (reference links and footnotes, defined anywhere) or hold raw HTML (which the HTML parser may let spill
// into the next piece) is rendered whole instead.
import type { MarkdownIt, Token } from "markdown-it";
import { resplit, type SplitBody } from "./blocks.js";
import { INCREMENTAL_CACHE_CHARS } from "./constants.js";
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
  /** False when the render ran out of time: `blocks` are the body's first pieces only. */
  complete: boolean;
}

interface Entry extends RenderedBlock {
  /** Heading slugs before making them unique, and the ids they got, in order. */
  readonly slugs: readonly string[];
  readonly ids: readonly string[];
  readonly pending: readonly string[] | undefined;
}

/** Renders a body (again); `timeLeft`, when given, may stop it early (see IncrementalRendered.complete). */
export type IncrementalRender = (body: string, options?: RenderOptions, timeLeft?: () => boolean) => IncrementalRendered;

interface Last {
  split: SplitBody;
  entries: Entry[];
  complete: boolean;
  pending: boolean;
}

/**
 * A renderer that keeps the pieces of the last render and renders only new ones (one per preview). After
 * an edit the pieces are cut again from the change only (blocks.ts: resplit); the first pieces are kept as
 * they were, and so are the last ones when the changed middle leaves the heading ids before them the same.
 * With `timeLeft`, a render stops once it returns false (after at least one piece): the result is then the
 * first pieces only, and the next call goes on from there.
 */
export function createIncrementalRenderer(sanitize: Sanitize): IncrementalRender {
  const md = createMarkdownIt("full");
  // Piece text → its renders (a repeated heading has one per id it got), for the options of `cacheFor`.
  let cache = new Map<string, Entry[]>();
  let cached = 0; // characters of HTML in the cache
  let cacheFor = "";
  let last: Last | null = null;
  return (body, options = {}, timeLeft) => {
    const key = JSON.stringify(options);
    if (key !== cacheFor) {
      cache = new Map();
      cached = 0;
      last = null;
    }
    cacheFor = key;
    const split = resplit(last?.split ?? null, body);
    const pieces = split.blocks;
    // A piece whose code can be highlighted now must be checked again: keep nothing unchecked then.
    const keepHead = last && !last.pending ? Math.min(split.head, last.entries.length) : 0;
    const tailFrom = last?.complete && !last.pending ? pieces.length - split.tail : -1;
    const used: Record<string, true> = Object.create(null) as Record<string, true>;
    const blocks: Entry[] = last ? last.entries.slice(0, keepHead) : [];
    const starts: number[] = [];
    for (let i = 0; i < keepHead; i++) {
      for (const id of blocks[i]!.ids) used[id] = true;
      starts.push(pieces[i]!.line);
    }
    let complete = true;
    for (let i = keepHead; i < pieces.length; i++) {
      if (i === tailFrom && last && sameIds(used, last.entries, last.entries.length - split.tail)) {
        for (let k = last.entries.length - split.tail; k < last.entries.length; k++) blocks.push(last.entries[k]!);
        for (let k = i; k < pieces.length; k++) starts.push(pieces[k]!.line);
        break;
      }
      if (timeLeft && i > keepHead && !timeLeft()) {
        complete = false;
        break;
      }
      const piece = pieces[i]!;
      const known = cache.get(piece.text);
      let entry: Entry | null | undefined = known?.find((e) => reusable(e, used));
      if (!entry) {
        entry = renderPiece(md, sanitize, piece.text, used, options);
        if (entry === null) {
          last = null;
          cache = new Map();
          cached = 0;
          return whole(md, sanitize, body, options);
        }
        if (known) known.push(entry);
        else cache.set(piece.text, [entry]);
        cached += entry.html.length;
      }
      blocks.push(entry);
      starts.push(piece.line);
    }
    // Pieces of other posts (or of earlier versions) stay, so that a post opened again renders at once,
    // until the cache holds more than INCREMENTAL_CACHE_CHARS: then only the pieces shown now are kept.
    if (cached > INCREMENTAL_CACHE_CHARS) {
      cache = new Map();
      cached = 0;
      for (const [i, entry] of blocks.entries()) {
        const text = pieces[i]!.text;
        const known = cache.get(text);
        if (known?.includes(entry)) continue;
        if (known) known.push(entry);
        else cache.set(text, [entry]);
        cached += entry.html.length;
      }
    }
    const out = joined(blocks, starts, complete);
    last = { split, entries: blocks, complete, pending: out.pendingLanguages !== undefined };
    return out;
  };
}

/** True when `used` holds exactly the heading ids of `entries[0, count)`. */
function sameIds(used: Record<string, true>, entries: readonly Entry[], count: number): boolean {
  const before = new Set<string>();
  for (let i = 0; i < count; i++) for (const id of entries[i]!.ids) before.add(id);
  let n = 0;
  for (const id in used) {
    if (!before.has(id)) return false;
    n++;
  }
  return n === before.size;
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

function whole(md: MarkdownIt, sanitize: Sanitize, body: string, options: RenderOptions): IncrementalRendered {
  const { rendered } = renderWith(md, sanitize, body, renderEnv(options));
  return { ...rendered, blocks: [{ html: rendered.html, lines: rendered.blockLines }], starts: [0], incremental: false, complete: true };
}

function joined(blocks: readonly Entry[], starts: readonly number[], complete: boolean): IncrementalRendered {
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
    complete,
  };
  if (pending.size) out.pendingLanguages = [...pending];
  return out;
}
