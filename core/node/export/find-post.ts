// Finding the post a person names: by its journal path, its path on disk, or its front-matter id.
import path from "node:path";
import { TsuzuriError } from "../../contract/index.js";

/** The journal path of the post named `idOrPath` (journal path, file path inside the journal, or front-matter id). */
export function findPost(
  journal: { readonly dir: string; list(): readonly { path: string; id?: string | null }[] },
  idOrPath: string,
): string {
  const posts = journal.list();
  const wanted = idOrPath.trim();
  const byPath = (p: string) => posts.find((post) => post.path === p)?.path;
  const inside = path.relative(journal.dir, path.resolve(journal.dir, wanted)).split(path.sep).join("/");
  const found =
    byPath(wanted) ??
    byPath(wanted.replace(/\\/g, "/")) ??
    (inside.startsWith("..") ? undefined : byPath(inside)) ??
    posts.find((post) => post.id === wanted)?.path;
  if (found === undefined)
    throw new TsuzuriError(
      "not-found",
      `No post "${idOrPath}" in ${journal.dir}: name a post by its path in the journal (posts/2019/….md) or its id.`,
    );
  return found;
}
