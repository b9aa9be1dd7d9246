// Opening a Markdown file handed to the app from outside (its command line, a second launch, the file
// manager's "Open with", macOS's open-file): which journal and post it is, or why it is not one. The
// rule, as people who use Typora or Obsidian expect it:
//   1. Only an existing `.md` file can be opened; anything else (another kind of file, a folder, a
//      path that is not there) is refused with a sentence saying so. A `.markdown` file (the installers
//      associate it too) is never a post: it can only be imported (rule 4), as a copy named .md.
//   2. A file inside the open journal opens as its post.
//   3. Else, when a folder above it is a Tsuzuri journal (it has `.tsuzuri/`), that journal opens,
//      and the post in it.
//   4. Else the file is in no journal: it is offered for import into the open journal (a copy: the
//      file itself is never moved or changed), never silently dropped.
// Inside a journal, a file the journal does not list (under a dot-folder such as `.trash/`, or
// `node_modules/`) is refused like rule 1. Symbolic links are followed to the file they name.
import { realpath, stat } from "node:fs/promises";
import path from "node:path";
import { isPostFileName } from "../../common/post/index.js";

/** Where a journal keeps its own data: a folder that has it is a journal. */
const JOURNAL_MARK = ".tsuzuri";

/** What to do with a file handed to the app. */
export type OpenTarget =
  /** Open the post `path` of `journal`: the open one (`current`), or another to open first. */
  | { kind: "post"; journal: string; current: boolean; path: string; file: string }
  /** In no journal: offer to import it into the open one. */
  | { kind: "import"; file: string }
  /** Not openable, and why. */
  | { kind: "refused"; reason: "not-markdown" | "missing" | "not-a-file" | "not-a-post" | "markdown-extension"; file: string };

/** The post path ("/"-separated) of `file` in `journal` (both real paths), or null when it lies outside; "hidden" under a folder the journal skips. */
function postPathIn(journal: string, file: string): string | null | "hidden" {
  const rel = path.relative(journal, file);
  if (rel === "" || rel.startsWith("..") || path.isAbsolute(rel)) return null;
  const parts = rel.split(path.sep);
  return parts.some((p) => p.startsWith(".") || p === "node_modules") ? "hidden" : parts.join("/");
}

async function isDir(p: string): Promise<boolean> {
  return (await stat(p).catch(() => null))?.isDirectory() ?? false;
}

/** The nearest folder above `file` that is a Tsuzuri journal, or null. */
async function journalAbove(file: string): Promise<string | null> {
  for (let dir = path.dirname(file); ; dir = path.dirname(dir)) {
    if (await isDir(path.join(dir, JOURNAL_MARK))) return dir;
    if (path.dirname(dir) === dir) return null;
  }
}

/** Decides what opening `file` (absolute) means while `currentJournal` is open (see the rule above). */
export async function resolveOpenTarget(file: string, currentJournal: string): Promise<OpenTarget> {
  const given = path.resolve(file);
  const longName = /\.markdown$/i.test(given);
  if (!isPostFileName(given) && !longName) return { kind: "refused", reason: "not-markdown", file: given };
  const real = await realpath(given).catch(() => null);
  if (!real) return { kind: "refused", reason: "missing", file: given };
  if (!(await stat(real)).isFile()) return { kind: "refused", reason: "not-a-file", file: given };
  const current = await realpath(currentJournal).catch(() => path.resolve(currentJournal));
  for (const journal of [current, await journalAbove(real)]) {
    if (journal === null) continue;
    const post = postPathIn(journal, real);
    if (post === "hidden") return { kind: "refused", reason: "not-a-post", file: given };
    if (post !== null && longName) return { kind: "refused", reason: "markdown-extension", file: given };
    if (post !== null) {
      const isCurrent = journal === current;
      return { kind: "post", journal: isCurrent ? path.resolve(currentJournal) : journal, current: isCurrent, path: post, file: given };
    }
  }
  return { kind: "import", file: given };
}
