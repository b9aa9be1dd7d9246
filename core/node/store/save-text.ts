// The text a save writes: the file's front matter with the editor's title and tags (and what a post
// must have: `updated` now, a `date` and an `id`), followed by the editor's body.
import { TsuzuriError } from "../../contract/index.js";
import { normaliseTags, parsePost, rewritePost, type FrontMatterChanges } from "../../common/post/index.js";
import { inferredDate, localIso, newPostId } from "./local-time.js";
import type { PostFile } from "./post-file.js";

const isBlank = (v: unknown): boolean => v === undefined || v === null || v === "";

/**
 * The new text of the post file `current` (null: gone, written back) named `fileName` after a save
 * of `input`. Other keys and comments are kept byte for byte; unreadable front matter is kept verbatim.
 */
export function savedText(
  current: PostFile | null,
  input: { path: string; title: string; body: string; tags?: string[] },
  fileName: string,
  now = new Date(),
): string {
  const parsed = current?.parsed ?? parsePost("", input.path);
  if (parsed.frontMatter.status === "unreadable") refuseMetaEdits(parsed.frontMatter.problem, input);
  const changes: FrontMatterChanges = { updated: localIso(now) };
  // An empty title field over a made-up title (heading or file name) writes no `title:` key.
  if (input.title !== "" || parsed.meta.title !== null) changes.title = input.title;
  if (input.tags) changes.tags = normaliseTags(input.tags);
  if (isBlank(parsed.frontMatter.data.date)) changes.date = current ? inferredDate(fileName, current.mtimeMs) : localIso(now);
  if (isBlank(parsed.frontMatter.data.id)) changes.id = newPostId();
  try {
    return rewritePost(parsed.split, parsed.frontMatter, changes, input.body).text;
  } catch (e) {
    throw new TsuzuriError(
      "internal",
      `Could not update the front matter of ${input.path} (${e instanceof Error ? e.message : String(e)}), so nothing was written.`,
    );
  }
}

/**
 * Front matter that cannot be read is kept verbatim, so a title or tags typed in the editor have
 * nowhere to go: the save is refused with the reason (the edits stay in the editor, marked unsaved),
 * rather than reported as saved while the title and tags are silently dropped.
 */
function refuseMetaEdits(problem: string | null, input: { path: string; title: string; tags?: string[] }): void {
  const tags = input.tags ? normaliseTags(input.tags) : [];
  if (input.title === "" && tags.length === 0) return;
  throw new TsuzuriError(
    "unsupported",
    `The front matter of ${input.path} cannot be read (${problem ?? "it is not valid YAML"}), so the title and tags cannot be written into it. ` +
      "Nothing was written: fix the front matter (between the --- lines) in another editor, or clear the title and tags here to save the text alone.",
  );
}
