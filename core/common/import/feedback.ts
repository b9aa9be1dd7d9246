// Comments and trackbacks of an imported post, kept in the post itself: a "## コメント" (or
// "## Comments") section at its end, one paragraph per comment (author, their page, date) and the
// comment quoted below it. E-mail addresses and IP numbers in the export are not written: they were
// never public on the original site, and a post may be published.
import { FEEDBACK_HEADINGS } from "./constants.js";

/** One comment or trackback, with its text already as Markdown. */
export interface FeedbackEntry {
  kind: "comment" | "ping";
  author: string;
  url: string;
  date: string;
  title: string;
  blogName: string;
  markdown: string;
}

/** The language of the headings. */
export type FeedbackLang = keyof typeof FEEDBACK_HEADINGS;

const JAPANESE = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff]/;

/** "ja" when `text` has Japanese in it (kana or kanji), else "en". */
export function feedbackLang(text: string): FeedbackLang {
  return JAPANESE.test(text) ? "ja" : "en";
}

/** Escapes Markdown syntax in a short plain text (a name, a title). */
export function escapeInline(text: string): string {
  return text
    .replace(/([\\`*_[\]<>#|~!])/g, "\\$1")
    .replace(/\s+/g, " ")
    .trim();
}

function safeUrl(url: string): string | null {
  return /^https?:\/\/[^\s<>]+$/i.test(url.trim()) ? url.trim() : null;
}

function quote(markdown: string): string {
  const text = markdown.trim();
  return text === ""
    ? ""
    : text
        .split("\n")
        .map((l) => (l ? `> ${l}` : ">"))
        .join("\n");
}

function entry(e: FeedbackEntry): string {
  const url = safeUrl(e.url);
  let head: string;
  if (e.kind === "ping") {
    const title = escapeInline(e.title || e.url || "?");
    head = url ? `**[${title}](${url})**` : `**${title}**`;
    if (e.blogName) head += ` (${escapeInline(e.blogName)})`;
  } else {
    head = `**${escapeInline(e.author) || "?"}**`;
    if (url) head += ` <${url}>`;
  }
  if (e.date) head += ` · ${escapeInline(e.date)}`;
  const body = quote(e.markdown);
  return body ? `${head}\n\n${body}` : head;
}

/** The Markdown sections for `entries` ("" when there are none), comments first, then trackbacks. */
export function feedbackSection(entries: readonly FeedbackEntry[], lang: FeedbackLang): string {
  const headings = FEEDBACK_HEADINGS[lang];
  const parts: string[] = [];
  const comments = entries.filter((e) => e.kind === "comment");
  const pings = entries.filter((e) => e.kind === "ping");
  if (comments.length) parts.push(`## ${headings.comments}\n\n${comments.map(entry).join("\n\n")}`);
  if (pings.length) parts.push(`## ${headings.pings}\n\n${pings.map(entry).join("\n\n")}`);
  return parts.join("\n\n");
}
