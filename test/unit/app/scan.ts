// A brute-force scan of a journal's files: what every search must find, for the finder oracle tests.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { comparePosts, type PostSummary } from "../../../core/contract/index.js";
import { parsePost } from "../../../core/common/post/index.js";
import { foldForSearch, parseQuery } from "../../../core/common/search/index.js";
import { normalizeTag, readTag, tagAndAncestors } from "../../../core/common/tags/index.js";
import type { FindArgs } from "../../../core/node/search/index.js";
import type { Journal } from "../../../core/node/store/index.js";

/** A post as the scan sees it: each field normalised on its own. */
export interface Scanned {
  summary: PostSummary;
  body: string;
  fields: string[];
  tagKeys: Set<string>;
}

/** Every post of `journal` (in folder `dir`), read from its file now. */
export async function scanJournal(journal: Journal, dir: string): Promise<Scanned[]> {
  return Promise.all(
    journal.list().map(async (summary) => {
      const body = parsePost(await readFile(path.join(dir, summary.path), "utf8"), summary.path).body;
      const tagKeys = new Set<string>();
      for (const raw of summary.tags) {
        const t = readTag(raw);
        if (t) for (const k of tagAndAncestors(t.key)) tagKeys.add(k);
      }
      return { summary, body, fields: [summary.title, body, ...summary.tags].map(foldForSearch), tagKeys };
    }),
  );
}

/** What a scan of `scanned` finds for `args`, in the order the renderer sorts by. */
export function bruteForce(scanned: readonly Scanned[], args: FindArgs): string[] {
  const q = parseQuery(args.query);
  for (const t of args.tags ?? []) {
    const n = normalizeTag(t);
    if (n.ok) q.tags.push(n.key);
  }
  if (q.errors.length) return [];
  const day = args.onThisDay;
  return scanned
    .filter(({ summary, fields, tagKeys }) => {
      const ymd = summary.date?.slice(0, 10) ?? null;
      if (q.draft && !summary.draft) return false;
      if (q.after !== null && (ymd === null || ymd < q.after)) return false;
      if (q.before !== null && (ymd === null || ymd >= q.before)) return false;
      if (!q.tags.every((t) => tagKeys.has(t))) return false;
      if (args.untagged && tagKeys.size > 0) return false;
      if (day) {
        const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(summary.date ?? "");
        if (!m || Number(m[2]) !== day.month || Number(m[3]) !== day.day || Number(m[1]) >= day.year) return false;
      }
      return q.terms.every((term) => fields.some((f) => f.includes(term)));
    })
    .map((s) => s.summary)
    .sort(comparePosts(args.sort ?? "newest"))
    .map((p) => p.path);
}
