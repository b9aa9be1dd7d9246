// Post file names: `YYYY-MM-DD-<slug>.md`, numbered `-2`, `-3`… when taken.
import { titleSlug } from "./slug.js";

/** The extension of post files. */
export const POST_EXTENSION = ".md";

/** The file name of a post written on day `ymd` (YYYY-MM-DD) with title `title`. */
export function postFileName(ymd: string, title: string): string {
  return `${ymd}-${titleSlug(title)}${POST_EXTENSION}`;
}

/** The `YYYY-MM-DD` a file name starts with, or null. */
export function datePrefixOf(fileName: string): string | null {
  const m = /^(\d{4}-\d{2}-\d{2})(?:-|\.|$)/.exec(fileName);
  return m?.[1] ?? null;
}

/** `fileName` with number `n` before its extension (`a.md`, 2 → `a-2.md`); `n` 1 is the name itself. */
export function numberedFileName(fileName: string, n: number): string {
  if (n <= 1) return fileName;
  const dot = fileName.lastIndexOf(".");
  return dot > 0 ? `${fileName.slice(0, dot)}-${n}${fileName.slice(dot)}` : `${fileName}-${n}`;
}

/** True when `fileName` is `base` itself or one of its numbered variants (`base-2.md`, `base-3.md`…). */
export function isNumberedVariant(fileName: string, base: string): boolean {
  if (fileName === base) return true;
  const dot = base.lastIndexOf(".");
  const stem = dot > 0 ? base.slice(0, dot) : base;
  const ext = dot > 0 ? base.slice(dot) : "";
  if (!fileName.startsWith(stem + "-") || !fileName.endsWith(ext)) return false;
  return /^[1-9]\d*$/.test(fileName.slice(stem.length + 1, fileName.length - ext.length));
}

/** True when `fileName` is a Markdown post file (by extension, any case). */
export function isPostFileName(fileName: string): boolean {
  return fileName.toLowerCase().endsWith(POST_EXTENSION);
}
