// `tsuzuri search JOURNAL QUERY`: the app's full-text search from the command line.
import { openFinder } from "../../search/index.js";
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
    "Posts are only read (the index cache in .tsuzuri/ may be refreshed).",
  options: {
    json: { type: "boolean", description: "Print a JSON array of {path, title, date, tags} instead." },
  },
  async run({ values, positionals }, io) {
    const [dir, ...words] = positionals;
    if (dir === undefined) throw new UsageError("missing JOURNAL (the journal folder) and QUERY");
    if (words.length === 0) throw new UsageError("missing QUERY (what to search for)");
    const query = words.join(" ");
    const opened = await openFinder(parseNonEmpty(dir, "JOURNAL"));
    try {
      const result = await opened.finder.find({ query, limit: 0 });
      if (result.errors.length > 0) throw new UsageError(result.errors.map((e) => e.message).join(" "));
      const posts = new Map(opened.journal.list().map((p) => [p.path, p]));
      const found = result.paths.map((path) => posts.get(path)).filter((p) => p !== undefined);
      if (values.json) io.out(JSON.stringify(found.map(({ path, title, date, tags }) => ({ path, title, date, tags })), null, 2));
      else for (const p of found) io.out(`${p.path}\t${p.title}`);
      return EXIT_OK;
    } finally {
      await opened.close();
    }
  },
});
