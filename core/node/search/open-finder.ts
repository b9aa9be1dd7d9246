// A finder over a journal folder for one-off use (the `search` and `tags` commands): the journal
// opened without watching, never created.
import { Journal } from "../store/index.js";
import { Finder } from "./finder.js";
import { journalFolder } from "./journal-folder.js";

/** An open journal with its finder; `close` closes both. */
export interface OpenFinder {
  journal: Journal;
  finder: Finder;
  close(): Promise<void>;
}

/** Opens the journal in `dir` (which must exist: a typo must not create a folder) without watching it. */
export async function openFinder(dir: string): Promise<OpenFinder> {
  const journal = await Journal.open(await journalFolder(dir));
  const finder = new Finder(journal);
  return {
    journal,
    finder,
    async close() {
      await Promise.all([finder.close(), journal.close()]);
    },
  };
}
