// The parts of a Markdown body that are prose: outside fenced code blocks, HTML comments and inline
// code spans. Rewrites (links, wikilinks, tags) only ever look there, so code examples stay as written.
import { closesFence, fenceOf } from "../post/fence.js";

/** A range [start, end) of a body. */
export interface Range {
  start: number;
  end: number;
}

/** The prose ranges of `body`, in order, each within one line. */
export function proseRanges(body: string): Range[] {
  const out: Range[] = [];
  let fence: string | null = null;
  let comment = false;
  for (let start = 0; start <= body.length;) {
    const nl = body.indexOf("\n", start);
    const end = nl === -1 ? body.length : nl;
    const line = body.slice(start, end);
    const lineStart = start;
    start = end + 1;
    if (fence !== null) {
      if (closesFence(line, fence)) fence = null;
      continue;
    }
    const open = comment ? null : fenceOf(line);
    if (open) {
      fence = open;
      continue;
    }
    let from = 0;
    if (comment) {
      const close = line.indexOf("-->");
      if (close < 0) continue;
      comment = false;
      from = close + 3;
    }
    for (const r of lineProse(line, from)) {
      if (r.end === -1) {
        comment = true;
        out.push({ start: lineStart + r.start, end: lineStart + r.commentAt });
        break;
      }
      out.push({ start: lineStart + r.start, end: lineStart + r.end });
    }
    if (nl === -1) break;
  }
  return out.filter((r) => r.end > r.start);
}

/** Prose pieces of one line from `from`: outside code spans and complete comments. end -1: a comment opens at commentAt and goes on. */
function lineProse(line: string, from: number): { start: number; end: number; commentAt: number }[] {
  const out: { start: number; end: number; commentAt: number }[] = [];
  let pos = from;
  let i = from;
  while (i < line.length) {
    if (line.startsWith("<!--", i)) {
      const close = line.indexOf("-->", i + 4);
      if (close < 0) {
        out.push({ start: pos, end: -1, commentAt: i });
        return out;
      }
      out.push({ start: pos, end: i, commentAt: 0 });
      pos = i = close + 3;
      continue;
    }
    if (line[i] === "\\") {
      i += 2;
      continue;
    }
    if (line[i] === "`") {
      let n = 1;
      while (line[i + n] === "`") n++;
      const ticks = "`".repeat(n);
      let close = line.indexOf(ticks, i + n);
      while (close >= 0 && line[close + n] === "`") close = line.indexOf(ticks, close + n + 1);
      if (close < 0) {
        i += n;
        continue;
      }
      out.push({ start: pos, end: i, commentAt: 0 });
      pos = i = close + n;
      continue;
    }
    i++;
  }
  out.push({ start: pos, end: line.length, commentAt: 0 });
  return out;
}

/** `body` with every prose range replaced by `fn` of its text (code and comments untouched). */
export function mapProse(body: string, fn: (text: string) => string): string {
  let out = "";
  let at = 0;
  for (const r of proseRanges(body)) {
    out += body.slice(at, r.start) + fn(body.slice(r.start, r.end));
    at = r.end;
  }
  return out + body.slice(at);
}
