// The file name an image gets in the journal: its own name made safe for every file system and for a
// Markdown link, with the extension its bytes call for; a pasted screenshot without a name is named
// after the moment it was pasted (image-YYYYMMDD-HHMMSS.png).
import { formatIsoWithOffset } from "../post/index.js";
import { MAX_IMAGE_STEM } from "./constants.js";
import type { ImageKind } from "./image-kind.js";

// Characters no file name may hold on some system (Windows' set), control characters, and "?" and
// "#" that a URL would read as its query or fragment.
const UNSAFE = /[<>:"/\\|?*#\u0000-\u001f\u007f]/g;
const RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])$/i;

/** The stem of a pasted image's name: `image-YYYYMMDD-HHMMSS` in the zone `offsetMinutes` east of UTC. */
export function pastedImageStem(date: Date, offsetMinutes: number): string {
  const iso = formatIsoWithOffset(date, offsetMinutes);
  return `image-${iso.slice(0, 10).replace(/-/g, "")}-${iso.slice(11, 19).replace(/:/g, "")}`;
}

/** `name` (a file's own name, maybe with a folder) without folder and extension, made safe; "" when nothing is left. */
export function safeImageStem(name: string): string {
  const base = name.normalize("NFC").split(/[/\\]/).pop() ?? "";
  const dot = base.lastIndexOf(".");
  const stem = (dot > 0 ? base.slice(0, dot) : base)
    .replace(UNSAFE, "-")
    .replace(/\s+/g, " ")
    .replace(/^[\s.-]+|[\s.]+$/g, "");
  const short = Array.from(stem).slice(0, MAX_IMAGE_STEM).join("").trim();
  return RESERVED.test(short) ? `${short}_` : short;
}

/**
 * The file name of an image of `kind` called `name` (empty or missing: a pasted image, named by
 * `fallbackStem`). The extension follows the bytes (`photo.png` holding a JPEG becomes `photo.jpg`);
 * `.jpeg` stays `.jpeg`.
 */
export function imageFileName(name: string | undefined, kind: ImageKind, fallbackStem: string): string {
  const stem = safeImageStem(name ?? "") || fallbackStem;
  const own = /\.[^.]+$/.exec(name ?? "")?.[0]?.toLowerCase();
  return stem + (kind.type === "image/jpeg" && own === ".jpeg" ? ".jpeg" : kind.ext);
}
