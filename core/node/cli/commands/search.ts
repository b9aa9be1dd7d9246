// `tsuzuri search JOURNAL QUERY`: the app's full-text search from the command line. It answers from
// the saved search index when that is current (no post is read); otherwise it opens the journal, which
// reads only the posts that changed, and saves the refreshed index (unless the journal is read-only).
import type { QueryError } from "../../../common/search/index.js";
import { journalFolder } from "../../search/journal-folder.js";
import { quickSearch } from "../../search/quick-search.js";
import { defineCommand, UsageError } from "../command.js";
import { EXIT_OK } from "../constants.js";
import { parseNonEmpty } from "../option-values.js";

export const search = defineCommand({
  name: "search",
  summary: "Search the posts of a journal, as the app's search box does.",
  args: "JOURNAL QUERY…",
  description:
    "Prints one matching post per line, newest first: its path in the journal, a tab, its title.\n" +
    "A post matches when it contains every word of the query, ignoring case, width (ｋ８ｓ = k8s) and\n" +
    'hiragana/katakana. "Quoted words" are one term. Qualifiers: tag:NAME, before:YYYY-MM-DD,\n' +
    "after:YYYY-MM-DD (or YYYY-MM, YYYY), is:draft.\n" +
    "Posts are only read (the index cache and the search index in .tsuzuri/ may be refreshed).",
  options: {
    json: { type: "boolean", description: "Print a JSON array of {path, title, date, tags} instead." },
  },
  async run({ values, positionals }, io) {
    const [dir, ...words] = positionals;
    if (dir === undefined) throw new UsageError("missing JOURNAL (the journal folder) and QUERY");
    if (words.length === 0) throw new UsageError("missing QUERY (what to search for)");
    const query = words.join(" ");
    const journalDir = parseNonEmpty(dir, "JOURNAL");
    const found = (await quickSearch(await journalFolder(journalDir), query)) ?? (await searchJournal(journalDir, query));
    if (found.errors.length > 0) throw new UsageError(found.errors.map((e) => e.message).join(" "));
    if (values.json)
      io.out(
        JSON.stringify(
          found.posts.map(({ path, title, date, tags }) => ({ path, title, date, tags })),
          null,
          2,
        ),
      );
    else for (const p of found.posts) io.out(`${p.path}\t${p.title}`);
    return EXIT_OK;
  },
});

interface Found {
  posts: { path: string; title: string; date: string | null; tags: readonly string[] }[];
  errors: QueryError[];
}

/** Opens the journal (refreshing its caches) and searches it as the app does (loaded only then: the quick search needs none of it). */
async function searchJournal(dir: string, query: string): Promise<Found> {
  const { openFinder } = await import("../../search/open-finder.js");
  const opened = await openFinder(dir);
  try {
    const result = await opened.finder.find({ query, limit: 0 });
    const posts = new Map(opened.journal.list().map((p) => [p.path, p]));
    return { posts: result.paths.map((p) => posts.get(p)).filter((p) => p !== undefined), errors: result.errors };
  } finally {
    await opened.close();
  }
}
