// A finder over a journal folder for one-off use (the `search` and `tags` commands): the journal
// opened without watching, never created.
import { stat } from "node:fs/promises";
import path from "node:path";
import { TsuzuriError } from "../../contract/index.js";
import { Journal } from "../store/index.js";
import { Finder } from "./finder.js";

/** An open journal with its finder; `close` closes both. */
export interface OpenFinder {
  journal: Journal;
  finder: Finder;
  close(): Promise<void>;
}

/** Opens the journal in `dir` (which must exist: a typo must not create a folder) without watching it. */
export async function openFinder(dir: string): Promise<OpenFinder> {
  const abs = path.resolve(dir);
  const st = await stat(abs).catch(() => null);
  if (!st) throw new TsuzuriError("not-found", `There is no journal at ${abs} (no such folder).`);
  if (!st.isDirectory()) throw new TsuzuriError("invalid-argument", `${abs} is a file, not a journal folder.`);
  const journal = await Journal.open(abs);
  const finder = new Finder(journal);
  return {
    journal,
    finder,
    async close() {
      finder.close();
      await journal.close();
    },
  };
}
