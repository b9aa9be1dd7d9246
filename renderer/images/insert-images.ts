// Adding images to the open post: each saved through the host (saveImage), then `![alt](link)` put
// where they were pasted or dropped, one per line. Files are read and sent one after the other;
// the editor stays free for typing meanwhile, and no image bytes ever go into the text.
import type { EditorView } from "@codemirror/view";
import type { OpArgs } from "../../core/contract/index.js";
import { imageAlt, imageMarkdown, MAX_IMAGE_BYTES } from "../../core/common/images/index.js";
import { messageOf } from "../../core/common/error-message.js";
import { tr } from "../i18n/index.js";
import { GENERIC_PASTE_NAME } from "./constants.js";
import type { ImageDeps } from "./deps.js";
import { readBase64, sortFiles } from "./files.js";
import { clearPending, markPending, pendingPos } from "./pending.js";

/** One image to add: how to name it, and the saveImage arguments for the post it goes to. */
export interface ImageSource {
  name: string;
  alt: string;
  args(post: string): Promise<OpArgs<"saveImage">>;
}

const MB = 1024 * 1024;
let nextId = 0;

/** An image from a file of a paste or drop; a pasted screenshot (no real name) gets no name and no alt. */
function fileSource(file: File, pasted: boolean): ImageSource {
  const unnamed = pasted && (file.name === "" || GENERIC_PASTE_NAME.test(file.name));
  return {
    name: file.name,
    alt: unnamed ? "" : imageAlt(file.name),
    args: async (post) => ({ post, ...(unnamed ? {} : { name: file.name }), data: await readBase64(file) }),
  };
}

/**
 * Adds the files of a paste or drop to the open post, at `pos` (default: the cursor). Non-images are
 * refused with a message; Markdown files are offered to be opened or imported.
 */
export function addImageFiles(view: EditorView, deps: ImageDeps, files: Iterable<File>, pos?: number, pasted = false): Promise<void> {
  const { images, markdown, others } = sortFiles(files);
  if (markdown.length) deps.markdownDropped(markdown.map((f) => f.name));
  if (others[0]) deps.error(tr("images.notImage", { name: others[0].name }));
  const fitting = images.filter((f) => {
    if (f.size <= MAX_IMAGE_BYTES) return true;
    deps.error(tr("images.tooBig", { name: f.name, size: (f.size / MB).toFixed(1), max: MAX_IMAGE_BYTES / MB }));
    return false;
  });
  return insertImages(
    view,
    deps,
    fitting.map((f) => fileSource(f, pasted)),
    pos,
  );
}

/** Saves `sources` for the open post and inserts their Markdown at `pos` (default: the cursor). */
export async function insertImages(view: EditorView, deps: ImageDeps, sources: ImageSource[], pos?: number): Promise<void> {
  if (sources.length === 0) return;
  if (deps.post() === null) return deps.error(tr("images.noPost"));
  const id = ++nextId;
  const label = tr("images.adding", { count: sources.length });
  view.dispatch({ effects: markPending.of({ id, pos: pos ?? view.state.selection.main.head, label }) });
  const lines: string[] = [];
  const saved: string[] = [];
  const failures: string[] = [];
  try {
    await deps.save();
    const post = deps.post();
    if (post === null) return deps.error(tr("images.noPost"));
    for (const source of sources) {
      try {
        const image = await deps.client().saveImage(await source.args(post));
        lines.push(imageMarkdown(source.alt, image.link));
        saved.push(image.path);
      } catch (e) {
        failures.push(messageOf(e));
      }
    }
  } finally {
    place(view, deps, id, lines, saved);
  }
  if (failures.length) deps.error(tr("images.failed", { message: failures.join(" ") }));
}

/** Puts `lines` where insert `id` goes, if the post is still open; else says where the images went. */
function place(view: EditorView, deps: ImageDeps, id: number, lines: string[], saved: string[]): void {
  const at = pendingPos(view.state, id);
  if (at === null) {
    if (saved.length) deps.error(tr("images.otherPost", { path: saved.join(", ") }));
    return;
  }
  const text = lines.join("\n");
  view.dispatch({
    effects: clearPending.of(id),
    ...(text
      ? { changes: { from: at, insert: text }, selection: { anchor: at + text.length }, scrollIntoView: true, userEvent: "input.paste" }
      : {}),
  });
}
