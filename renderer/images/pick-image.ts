// Insert image…: the host's own open dialog where it has one (Electron), else the browser's file
// chooser (serve). The chosen image goes in at the cursor.
import type { EditorView } from "@codemirror/view";
import { imageAlt } from "../../core/common/images/index.js";
import { h } from "../dom/index.js";
import { tr } from "../i18n/index.js";
import type { ImageDeps } from "./deps.js";
import { addImageFiles, insertImages } from "./insert-images.js";

let input: HTMLInputElement | null = null;

/** The page's one file input for images (kept in the page, hidden, so a test can set its files). */
function fileInput(): HTMLInputElement {
  if (input?.isConnected) return input;
  input = h("input", { type: "file", accept: "image/*", multiple: true, hidden: true, "aria-label": tr("images.fileInput") });
  document.body.append(input);
  return input;
}

/** The last part of a path on this computer (either separator). */
function fileNameOf(path: string): string {
  return path.split(/[/\\]/).pop() ?? path;
}

/** Asks for an image (or several, in the browser) and inserts it into the open post at the cursor. */
export async function pickImage(view: EditorView, deps: ImageDeps): Promise<void> {
  if (deps.post() === null) return deps.error(tr("images.noPost"));
  let picked: { supported: boolean; path: string | null };
  try {
    picked = await deps.client().pickPath({ purpose: "image" });
  } catch {
    picked = { supported: false, path: null };
  }
  if (picked.supported) {
    const file = picked.path;
    if (!file) return;
    view.focus();
    await insertImages(view, deps, [{ name: fileNameOf(file), alt: imageAlt(fileNameOf(file)), args: async (post) => ({ post, file }) }]);
    return;
  }
  const chooser = fileInput();
  chooser.value = "";
  chooser.onchange = () => {
    const files = Array.from(chooser.files ?? []);
    chooser.value = "";
    if (files.length === 0) return;
    view.focus();
    void addImageFiles(view, deps, files);
  };
  chooser.click();
}
