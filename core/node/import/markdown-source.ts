// A folder of Markdown files (Jekyll, Hugo, Obsidian, plain) made into candidates: every .md and
// .markdown file, its front matter read in whichever shape it has, its links resolved when written.
// One file imported alone is read without listing its folder: the files its links name are looked up one by one.
import { createHash } from "node:crypto";
import { readFile, stat } from "node:fs/promises";
import path from "node:path";
import { baseOf, markdownFileToPost, oneFileIdentity, type MarkdownPost } from "../../common/import/index.js";
import type { Candidate, SourceEntries } from "./candidate.js";
import { HUGO_SECTION_PAGE, IO_CONCURRENCY, JEKYLL_DRAFTS_DIR, OBSIDIAN_DIR } from "./constants.js";
import { decodeText } from "./decode.js";
import { exists } from "./exists.js";
import { linkBody, linkedPaths } from "./markdown-links.js";
import { mapLimit } from "../store/index.js";
import { SourceTree } from "./source-tree.js";
import type { ImportProgress } from "./types.js";
import { messageOf } from "../../common/error-message.js";

/**
 * Reads every Markdown file under `root` (leaving out `exclude`, the journal if it is inside), dates
 * without zone read in `zone`; with `only` (a file name in `root`), that one file alone, its identity
 * carrying a hash of its bytes (see oneFileIdentity).
 */
export async function readMarkdownSource(
  root: string,
  zone: string,
  exclude: string | undefined,
  progress?: (p: ImportProgress) => void,
  only?: string,
): Promise<SourceEntries> {
  const tree = only === undefined ? await SourceTree.read(root, exclude) : null;
  const markdown = tree?.markdown ?? [only ?? ""];
  const vault = tree?.vault ?? (await exists(path.join(root, OBSIDIAN_DIR)));
  const out: SourceEntries = { candidates: [], failed: [], passed: [] };
  let done = 0;
  const results = await mapLimit(markdown, IO_CONCURRENCY, async (rel) => {
    if (baseOf(rel) === HUGO_SECTION_PAGE)
      return { kind: "passed", rel, reason: "a Hugo section page (_index.md) holds list settings, not a post" } as const;
    try {
      const abs = path.join(root, ...rel.split("/"));
      const [bytes, st] = await Promise.all([readFile(abs), stat(abs)]);
      const result = markdownFileToPost({
        relPath: rel,
        text: decodeText(bytes).text,
        mtimeMs: st.mtimeMs,
        zone,
        inlineTags: vault,
        draftByFolder: rel.split("/").includes(JEKYLL_DRAFTS_DIR),
      });
      if (tree || !result.ok) return { kind: "read", rel, result, tree } as const;
      const post = { ...result.post, identity: oneFileIdentity(rel, createHash("sha256").update(bytes).digest("hex")) };
      const own = await SourceTree.one(root, exclude, rel, linkedPaths(post.body, rel));
      return { kind: "read", rel, result: { ...result, post }, tree: own } as const;
    } catch (e) {
      return { kind: "error", rel, reason: `it could not be read: ${messageOf(e)}` } as const;
    } finally {
      progress?.({ phase: "reading", done: ++done, total: markdown.length, entry: rel });
    }
  });
  for (const r of results) {
    if (r.kind === "passed") out.passed.push({ entry: r.rel, reason: r.reason });
    else if (r.kind === "error") out.failed.push({ entry: r.rel, reason: r.reason });
    else if (!r.result.ok) out.failed.push({ entry: r.rel, reason: r.result.reason });
    else if (r.tree) out.candidates.push(candidateOf(r.rel, r.result.post, r.tree));
  }
  return out;
}

function candidateOf(rel: string, post: MarkdownPost, tree: SourceTree): Candidate {
  return {
    entry: rel,
    identity: post.identity,
    key: rel,
    title: post.title,
    date: post.date,
    updated: post.updated,
    tags: post.tags,
    draft: post.draft,
    extras: post.extras,
    nameFrom: post.slug?.trim() || post.title,
    warnings: [...post.warnings],
    body: (ctx) => linkBody(post.body, rel, tree, ctx),
  };
}
