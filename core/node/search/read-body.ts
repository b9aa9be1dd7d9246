// The body of a post file, for the search index: the text after the front matter, with "\n" line
// breaks, exactly as the store reads it (without parsing the YAML again).
import { readFile, stat } from "node:fs/promises";
import path from "node:path";
import { splitFrontMatter, toLf } from "../../common/post/index.js";
import { MAX_POST_BYTES } from "../store/index.js";

/** The body of post `rel` of journal `dir`, or null when the file is gone or over the store's MAX_POST_BYTES (not searched). Other errors throw. */
export async function readBody(dir: string, rel: string): Promise<string | null> {
  let bytes: Buffer;
  try {
    const abs = path.join(dir, ...rel.split("/"));
    if ((await stat(abs)).size > MAX_POST_BYTES) return null;
    bytes = await readFile(abs);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "ENOTDIR" || code === "EISDIR") return null;
    throw e;
  }
  return toLf(splitFrontMatter(bytes.toString("utf8")).body);
}
