// The editor extension for images: a paste of image files (a screenshot, an image copied from a file
// manager) and a drop of files add them to the post; a drag of files over the editor outlines it.
// A paste that carries text stays a text paste; a drag of text within the editor is CodeMirror's.
// Files dropped elsewhere in the window are refused rather than opened in place of the app.
import type { Extension } from "@codemirror/state";
import { EditorView } from "@codemirror/view";
import { DRAG_CLASS } from "./constants.js";
import type { ImageDeps } from "./deps.js";
import { carriesFiles } from "./files.js";
import { addImageFiles } from "./insert-images.js";
import { pendingInserts } from "./pending.js";

const dragTheme = EditorView.baseTheme({
  [`&.${DRAG_CLASS}`]: { outline: "2px dashed var(--accent, #2d5b8c)", outlineOffset: "-4px" },
  ".cm-image-pending": { color: "var(--muted, #777)", fontStyle: "italic", padding: "0 4px" },
});

/** Shows that files may be dropped here (the browser's copy cursor and the outline). */
function dragOver(event: DragEvent, view: EditorView): boolean {
  if (!carriesFiles(event.dataTransfer)) return false;
  event.preventDefault();
  if (event.dataTransfer) event.dataTransfer.dropEffect = "copy";
  view.dom.classList.add(DRAG_CLASS);
  // Not handled: CodeMirror's drop cursor still shows where the images will go.
  return false;
}

let guarded = false;

/**
 * Files dropped anywhere but the editor are refused (the not-allowed cursor) instead of the browser
 * opening them in place of the app.
 */
function guardWindow(): void {
  if (guarded) return;
  guarded = true;
  const refuse = (event: DragEvent) => {
    if (event.defaultPrevented || !carriesFiles(event.dataTransfer)) return;
    event.preventDefault();
    if (event.dataTransfer) event.dataTransfer.dropEffect = "none";
  };
  window.addEventListener("dragover", refuse);
  window.addEventListener("drop", refuse);
}

/** The paste, drop and drag handlers over the app's `deps`. */
export function imageInput(deps: ImageDeps): Extension {
  guardWindow();
  return [
    pendingInserts,
    dragTheme,
    EditorView.domEventHandlers({
      paste(event, view) {
        const data = event.clipboardData;
        if (!data || data.files.length === 0 || data.getData("text/plain") !== "") return false;
        event.preventDefault();
        void addImageFiles(view, deps, Array.from(data.files), undefined, true);
        return true;
      },
      dragenter: dragOver,
      dragover: dragOver,
      dragleave(event, view) {
        const to = event.relatedTarget;
        if (!(to instanceof Node) || !view.dom.contains(to)) view.dom.classList.remove(DRAG_CLASS);
        return false;
      },
      drop(event, view) {
        view.dom.classList.remove(DRAG_CLASS);
        const files = Array.from(event.dataTransfer?.files ?? []);
        if (files.length === 0) return false;
        event.preventDefault();
        const pos = view.posAtCoords({ x: event.clientX, y: event.clientY }) ?? undefined;
        void addImageFiles(view, deps, files, pos);
        return true;
      },
    }),
  ];
}
