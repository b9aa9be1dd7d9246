// The files of a paste or a drop, sorted: images to add, Markdown files to offer, the rest refused;
// and a file's bytes read as base64 by the browser (not on the typing path, never into the text).
import { IMAGE_TYPES } from "../../core/common/images/index.js";
import { IMAGE_FILE, MARKDOWN_FILE } from "./constants.js";

/** The files of a paste or drop, by what happens to them. */
export interface SortedFiles {
  images: File[];
  markdown: File[];
  others: File[];
}

/** True for a file that says it is an image Tsuzuri adds (by type, or by name when it has no type). */
export function isImageFile(file: File): boolean {
  return (IMAGE_TYPES as readonly string[]).includes(file.type) || (file.type === "" && IMAGE_FILE.test(file.name));
}

/** Sorts `files`, keeping their order in each group. */
export function sortFiles(files: Iterable<File>): SortedFiles {
  const out: SortedFiles = { images: [], markdown: [], others: [] };
  for (const f of files) (isImageFile(f) ? out.images : MARKDOWN_FILE.test(f.name) ? out.markdown : out.others).push(f);
  return out;
}

/** True when a drag carries files (their names are not known before the drop). */
export function carriesFiles(data: DataTransfer | null): boolean {
  return !!data && Array.from(data.types).includes("Files");
}

/** The bytes of `file` as base64, read by the browser in the background. */
export function readBase64(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = String(reader.result);
      resolve(url.slice(url.indexOf(",") + 1));
    };
    reader.onerror = () => reject(reader.error ?? new Error("the file could not be read"));
    reader.readAsDataURL(file);
  });
}
