// The folder a one-off command (search, tags) is pointed at: it must exist, as a folder.
import { stat } from "node:fs/promises";
import path from "node:path";
import { TsuzuriError } from "../../contract/index.js";

/** `dir` as an absolute path, if it is an existing folder (a typo must not create one); throws otherwise. */
export async function journalFolder(dir: string): Promise<string> {
  const abs = path.resolve(dir);
  const st = await stat(abs).catch(() => null);
  if (!st) throw new TsuzuriError("not-found", `There is no journal at ${abs} (no such folder).`);
  if (!st.isDirectory()) throw new TsuzuriError("invalid-argument", `${abs} is a file, not a journal folder.`);
  return abs;
}
