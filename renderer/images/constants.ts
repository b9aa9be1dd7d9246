// Fixed names and patterns of adding images in the editor.

/** Markdown files: dropped on the editor, they are offered to be opened or imported, not inserted. */
export const MARKDOWN_FILE = /\.(md|markdown)$/i;
/** Image files by name, for files the browser gives no type (the host checks the bytes anyway). */
export const IMAGE_FILE = /\.(png|jpe?g|gif|webp|avif|svg)$/i;
/** The names browsers give a pasted screenshot: treated as no name (the host names it by the time). */
export const GENERIC_PASTE_NAME = /^image\.(png|jpe?g|gif|webp|avif)$/i;
/** The class the editor gets while files are dragged over it. */
export const DRAG_CLASS = "cm-image-drag";
