// An entry of the blog as a post: its Markdown (as written for Markdown entries, converted from the
// rendered HTML for Hatena-syntax and HTML ones), the post file's text, and what a sync carries.
import { randomFillSync } from "node:crypto";
import { encodeUlid, newPostText, parsePost, rewritePost, type ParsedPost } from "../../common/post/index.js";
import { createHtmlConverter, type HtmlConverter } from "../import/index.js";
import type { RemoteEntry } from "./atom-entry.js";
import { syncHash, withConflictMark, withLink, type EntryLink, type SyncedContent } from "./link.js";

let converter: HtmlConverter | null = null;

/** The Markdown body of `entry`. */
export function entryMarkdown(entry: RemoteEntry): string {
  let body: string;
  if (entry.syntax === "markdown") body = entry.content;
  else {
    converter ??= createHtmlConverter();
    body = converter.toMarkdown(entry.formatted ?? (entry.syntax === "html" ? entry.content : "")).markdown;
  }
  body = body.replace(/\r\n?/g, "\n").replace(/^\n+/, "").replace(/\s+$/, "");
  return body === "" ? "" : body + "\n";
}

/** What a sync carries of a parsed post file. */
export function contentOf(parsed: ParsedPost): SyncedContent {
  const { meta } = parsed;
  return { title: meta.title ?? parsed.title, date: meta.date, tags: meta.tags, draft: meta.draft, body: parsed.body };
}

function linkFor(entry: RemoteEntry, text: string): EntryLink {
  return {
    edit: entry.editUrl,
    url: entry.url,
    edited: entry.edited,
    syntax: entry.syntax,
    synced: syncHash(contentOf(parsePost(text, "post.md"))),
  };
}

function changesOf(entry: RemoteEntry) {
  return { title: entry.title, date: entry.updated, updated: entry.edited, tags: entry.categories, draft: entry.draft };
}

/** The text of a new post file for `entry`, linked to it. */
export function newEntryPostText(entry: RemoteEntry): string {
  const id = encodeUlid(Date.parse(entry.published ?? entry.updated) || Date.now(), randomFillSync(new Uint8Array(10)));
  const text = newPostText({ id, ...changesOf(entry) }, entryMarkdown(entry));
  return withLink(text, linkFor(entry, text));
}

/** The text of the post `parsed` after taking `entry`'s title, date, tags, draft state and body (other keys stay). */
export function updatedPostText(parsed: ParsedPost, entry: RemoteEntry): string {
  const out = rewritePost(parsed.split, parsed.frontMatter, changesOf(entry), entryMarkdown(entry));
  if (!out.frontMatterWritten) throw new Error("its front matter cannot be read, so Tsuzuri does not rewrite it");
  return withLink(out.text, linkFor(entry, out.text));
}

/** The text of a conflict copy: the blog's version of `entry`, marked as such and not linked (it is never pushed). */
export function conflictCopyText(entry: RemoteEntry): string {
  const text = newPostText({ ...changesOf(entry), title: entry.title }, entryMarkdown(entry));
  return withConflictMark(text, { edit: entry.editUrl, edited: entry.edited });
}
