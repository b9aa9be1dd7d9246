// A folder of Markdown files (Jekyll, Hugo, Obsidian, plain) made into candidates: every .md and
// .markdown file, its front matter read in whichever shape it has, its links resolved when written.
import { readFile, stat } from "node:fs/promises";
import path from "node:path";
import { baseOf, markdownFileToPost, type MarkdownPost } from "../../common/import/index.js";
import type { Candidate, SourceEntries } from "./candidate.js";
import { HUGO_SECTION_PAGE, IO_CONCURRENCY, JEKYLL_DRAFTS_DIR } from "./constants.js";
import { decodeText } from "./decode.js";
import { linkBody } from "./markdown-links.js";
import { mapLimit } from "../store/index.js";
import { SourceTree } from "./source-tree.js";
import type { ImportProgress } from "./types.js";
import { messageOf } from "../../common/error-message.js";

/**
 * Reads every Markdown file under `root` (leaving out `exclude`, the journal if it is inside), dates
 * without zone read in `zone`; with `only` (a file name in `root`), that one file alone.
 */
export async function readMarkdownSource(
  root: string,
  zone: string,
  exclude: string | undefined,
  progress?: (p: ImportProgress) => void,
  only?: string,
): Promise<SourceEntries> {
  const tree = await SourceTree.read(root, exclude, only);
  const out: SourceEntries = { candidates: [], failed: [], passed: [] };
  let done = 0;
  const results = await mapLimit(tree.markdown, IO_CONCURRENCY, async (rel) => {
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
        inlineTags: tree.vault,
        draftByFolder: rel.split("/").includes(JEKYLL_DRAFTS_DIR),
      });
      return { kind: "read", rel, result } as const;
    } catch (e) {
      return { kind: "error", rel, reason: `it could not be read: ${messageOf(e)}` } as const;
    } finally {
      progress?.({ phase: "reading", done: ++done, total: tree.markdown.length, entry: rel });
    }
  });
  for (const r of results) {
    if (r.kind === "passed") out.passed.push({ entry: r.rel, reason: r.reason });
    else if (r.kind === "error") out.failed.push({ entry: r.rel, reason: r.reason });
    else if (!r.result.ok) out.failed.push({ entry: r.rel, reason: r.result.reason });
    else out.candidates.push(candidateOf(r.rel, r.result.post, tree));
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
