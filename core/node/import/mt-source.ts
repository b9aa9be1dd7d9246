// A Movable Type / Hatena Blog export made into candidates: entries parsed, dates read in the zone,
// bodies converted from HTML when they are written, links to the blog's own entries pointed at the
// imported posts, and comments kept in a section at the end of each post.
import { readFile } from "node:fs/promises";
import {
  breaksToHtml,
  encodeLinkPath,
  escapeInline,
  feedbackLang,
  feedbackSection,
  joinMoreHtml,
  MORE_MARKER,
  mtBodyKind,
  mtEntryToPost,
  parseMtExport,
  relativeLink,
  rewriteUrls,
  type FeedbackEntry,
  type MtPost,
} from "../../common/import/index.js";
import type { BodyContext, Candidate, SourceEntries } from "./candidate.js";
import { HATENA_BLOG_HOSTS } from "./constants.js";
import { decodeText } from "./decode.js";
import type { HtmlConverter } from "./html/index.js";

const ENTRY_LINK = /https?:\/\/([^/"'\s<>]+)\/entry\/([^"'\s#?<>)]+)/g;
const DATE_BASENAME = /^\d{4}\/\d{2}\/\d{2}\/\d{6}$/;

function stripSlash(s: string): string {
  return s.replace(/\/+$/, "");
}

function decoded(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/**
 * The hosts of the blog itself: those that links to `/entry/<basename>` of an entry in the file point
 * at, when the host is a Hatena blog domain or the basename is Hatena's date form (unique enough that
 * the link cannot be to another blog). Links to these hosts are links between imported posts.
 */
export function ownHosts(bodies: readonly string[], basenames: ReadonlySet<string>): Set<string> {
  const hosts = new Set<string>();
  for (const body of bodies) {
    for (const m of body.matchAll(ENTRY_LINK)) {
      const host = (m[1] ?? "").toLowerCase();
      const basename = stripSlash(decoded(m[2] ?? ""));
      if (basenames.has(basename) && (HATENA_BLOG_HOSTS.test(host) || DATE_BASENAME.test(basename))) hosts.add(host);
    }
  }
  return hosts;
}

/** The link to the imported post an URL of the blog points at, or null. */
function entryLink(url: string, hosts: ReadonlySet<string>, ctx: BodyContext): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url, "https://relative.invalid/");
  } catch {
    return null;
  }
  const own = parsed.hostname === "relative.invalid" ? url.startsWith("/entry/") : hosts.has(parsed.hostname.toLowerCase());
  const m = /^\/entry\/(.+)$/.exec(parsed.pathname);
  if (!own || !m?.[1]) return null;
  const target = ctx.postFor(stripSlash(decoded(m[1])));
  return target ? encodeLinkPath(relativeLink(ctx.postPath, target)) + parsed.hash : null;
}

/** A comment's text as Markdown: HTML converted, plain text escaped with its line breaks kept. */
function feedbackMarkdown(text: string, converter: HtmlConverter): string {
  if (/<[a-z][^>]*>/i.test(text)) return converter.toMarkdown(text).markdown;
  return text
    .split(/\n[ \t]*\n+/)
    .map((para) => para.split("\n").map(escapeInline).filter(Boolean).join("\\\n"))
    .filter(Boolean)
    .join("\n\n");
}

/** The Markdown body of an entry (with its comments), warnings going to ctx. */
function entryBody(post: MtPost, converter: HtmlConverter, hosts: ReadonlySet<string>, ctx: BodyContext): string {
  const kind = mtBodyKind(post.convertBreaks);
  let markdown: string;
  if (kind === "markdown") {
    markdown = post.extendedBody.trim() ? `${post.body.trim()}\n\n${MORE_MARKER}\n\n${post.extendedBody.trim()}` : post.body;
  } else {
    const html =
      kind === "breaks"
        ? joinMoreHtml(breaksToHtml(post.body), breaksToHtml(post.extendedBody))
        : joinMoreHtml(post.body, post.extendedBody);
    const converted = converter.toMarkdown(html);
    converted.warnings.forEach((w) => ctx.warn(w));
    markdown = converted.markdown;
  }
  markdown = rewriteUrls(markdown, (url) => entryLink(url, hosts, ctx));
  const feedback: FeedbackEntry[] = post.feedback.map((f) => ({ ...f, markdown: feedbackMarkdown(f.text, converter) }));
  const section = feedbackSection(feedback, feedbackLang(post.title + markdown));
  return section ? `${markdown.trimEnd()}\n\n${section}\n` : markdown;
}

/** Extra front-matter keys of an entry: the basename as `slug` (so it can go back to Hatena), author, image, excerpt, keywords. */
function extrasOf(post: MtPost): Record<string, unknown> {
  const extras: Record<string, unknown> = {};
  if (post.basename) extras.slug = post.basename;
  if (post.author) extras.author = post.author;
  if (post.image) extras.image = post.image;
  if (post.excerpt) extras.excerpt = post.excerpt;
  if (post.keywords) extras.keywords = post.keywords;
  return extras;
}

/** Reads the export at `file`, reading dates in `zone`; bodies are converted later, one by one. */
export async function readMtSource(file: string, zone: string, converter: HtmlConverter): Promise<SourceEntries> {
  const { text } = decodeText(await readFile(file));
  const out: SourceEntries = { candidates: [], failed: [], passed: [] };
  const posts: MtPost[] = [];
  for (const raw of parseMtExport(text)) {
    const result = mtEntryToPost(raw, zone);
    if (result.ok) posts.push(result.post);
    else out.failed.push({ entry: result.label, reason: result.reason });
  }
  const basenames = new Set(posts.map((p) => p.basename).filter((b): b is string => b !== null));
  const hosts = ownHosts(
    posts.map((p) => p.body + p.extendedBody),
    basenames,
  );
  for (const post of posts) {
    const candidate: Candidate = {
      entry: post.label,
      identity: post.identity,
      key: post.basename,
      title: post.title,
      date: post.date,
      updated: null,
      tags: post.tags,
      draft: post.draft,
      extras: extrasOf(post),
      nameFrom: post.title,
      warnings: [...post.warnings],
      body: async (ctx) => entryBody(post, converter, hosts, ctx),
    };
    out.candidates.push(candidate);
  }
  return out;
}
