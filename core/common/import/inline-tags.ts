// Obsidian's inline tags: `#tag` and nested `#area/sub` written in the text of a note.
import { mapProse } from "./markdown-scan.js";

/**
 * A tag starts with "#" at the start of a line, after white space or after Japanese punctuation
 * (`書いた。#日記`), and runs over letters, marks,
 * digits, "_", "-" and "/". Headings (`# x`: "#" then a space), `##`, URL fragments (`page#x`),
 * links to anchors (`(#x)`), entities (`&#123;`) and numbers alone (`#1`) are not tags.
 */
const TAG = /(?<=^|[\s\u3000-\u303f\uff01\uff08\uff09\uff0c\uff1a\uff1b\uff1f])#([\p{L}\p{M}\p{N}_\-/]+)/gu;

/** The inline tags of `body` in order of first appearance, without "#", outside code and comments. */
export function inlineTags(body: string): string[] {
  const found: string[] = [];
  mapProse(body, (text) => {
    for (const m of text.matchAll(TAG)) {
      const tag = (m[1] ?? "").replace(/\/+$/, "");
      if (tag && /[^\p{N}]/u.test(tag) && !found.includes(tag)) found.push(tag);
    }
    return text;
  });
  return found;
}
