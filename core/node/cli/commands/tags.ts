// `tsuzuri tags JOURNAL`: the tags of a journal with how many posts carry each.
import { openFinder } from "../../search/index.js";
import { defineCommand, UsageError } from "../command.js";
import { EXIT_OK } from "../constants.js";
import { parseChoice, parseNonEmpty } from "../option-values.js";

const SORTS = ["name", "count"] as const;

export const tags = defineCommand({
  name: "tags",
  summary: "List the tags of a journal with their post counts.",
  args: "JOURNAL",
  description:
    "Prints one tag per line: the tag, a tab, the number of posts tagged with it. Nested tags are\n" +
    "written with their parents (dev/frontend). Tags differing only in case or width are one tag.\n" +
    "Posts are only read (the index cache in .tsuzuri/ may be refreshed).",
  options: {
    json: { type: "boolean", description: "Print a JSON array of {tag, count} instead." },
    sort: { type: "string", value: "name|count", description: "Order: by name (default) or by count, most first." },
  },
  async run({ values, positionals }, io) {
    const [dir, ...rest] = positionals;
    if (dir === undefined) throw new UsageError("missing JOURNAL (the journal folder)");
    if (rest.length > 0) throw new UsageError(`unexpected argument "${rest[0]}"`);
    const sort = values.sort === undefined ? "name" : parseChoice(values.sort, SORTS, "--sort");
    const opened = await openFinder(parseNonEmpty(dir, "JOURNAL"));
    try {
      const list = opened.finder.tagInfos(sort);
      if (values.json)
        io.out(
          JSON.stringify(
            list.map(({ tag, count }) => ({ tag, count })),
            null,
            2,
          ),
        );
      else for (const t of list) io.out(`${t.tag}\t${t.count}`);
      return EXIT_OK;
    } finally {
      await opened.close();
    }
  },
});
