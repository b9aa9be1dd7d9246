// Adding an image to a post: the bytes checked (by their magic number, an SVG for anything that could
// run), then written atomically into assets/<post file name without .md>/ under a name nobody else
// has (the same bytes already there under that name are reused), inside the journal's real folder.
import { readdir, readFile, stat, unlink } from "node:fs/promises";
import path from "node:path";
import { TsuzuriError, type SavedImage } from "../../contract/index.js";
import {
  ASSETS_DIR,
  imageFileName,
  imageLink,
  MAX_IMAGE_BYTES,
  pastedImageStem,
  sniffImage,
  svgProblem,
  type ImageKind,
} from "../../common/images/index.js";
import { baseOf } from "../../common/import/index.js";
import { isNumberedVariant } from "../../common/post/index.js";
import { atomicWrite, fsError, makeDir } from "../store/index.js";
import { isMissing } from "../store/errors.js";
import { postPath, realPathInside, realPostPath } from "../store/paths.js";
import { reserveUniqueFile } from "../store/unique-path.js";

/** An image to add. */
export interface ImageInput {
  /** The post (journal path) the image belongs to. */
  post: string;
  /** The image's own file name; none (or empty) for a pasted image. */
  name?: string;
  bytes: Uint8Array;
  /** When it is added (names a pasted image). Default: now. */
  now?: Date;
}

const MB = 1024 * 1024;

/** How a person names the image in a message. */
function labelOf(name: string | undefined): string {
  return name ? `“${name}”` : "The pasted image";
}

function tooBig(label: string, size: number): TsuzuriError {
  return new TsuzuriError(
    "invalid-argument",
    `${label} is too big to add (${(size / MB).toFixed(1)} MB; at most ${MAX_IMAGE_BYTES / MB} MB).`,
  );
}

/** The kind of image `bytes` are; throws a TsuzuriError saying why they may not be added. */
export function checkImage(bytes: Uint8Array, name?: string): ImageKind {
  const label = labelOf(name);
  if (bytes.length > MAX_IMAGE_BYTES) throw tooBig(label, bytes.length);
  const kind = sniffImage(bytes);
  if (!kind) throw new TsuzuriError("invalid-argument", `${label} is not an image Tsuzuri can add (PNG, JPEG, GIF, WebP, AVIF or SVG).`);
  if (kind.type === "image/svg+xml") {
    let text: string;
    try {
      text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    } catch {
      throw new TsuzuriError(
        "invalid-argument",
        `${label} is an SVG image that is not UTF-8 text, so it cannot be checked and is not added.`,
      );
    }
    const why = svgProblem(text);
    if (why)
      throw new TsuzuriError(
        "invalid-argument",
        `${label} is an SVG image with ${why}, which could run or load something when opened, so it is not added.`,
      );
  }
  return kind;
}

/** The journal path of a file in `folderRel` named like `fileName` (or a numbered variant) holding exactly `bytes`, if any. */
async function sameBytes(folderAbs: string, folderRel: string, fileName: string, bytes: Uint8Array): Promise<string | null> {
  let names: string[];
  try {
    names = await readdir(folderAbs);
  } catch (e) {
    if (isMissing(e)) return null;
    throw e;
  }
  for (const name of names.filter((n) => isNumberedVariant(n, fileName)).sort()) {
    const abs = path.join(folderAbs, name);
    const info = await stat(abs).catch(() => null);
    if (!info?.isFile() || info.size !== bytes.length) continue;
    if (Buffer.from(await readFile(abs)).equals(bytes)) return `${folderRel}/${name}`;
  }
  return null;
}

/** The local time's offset east of UTC at `date`, in minutes. */
function localOffset(date: Date): number {
  return -date.getTimezoneOffset();
}

/** Adds the image `input` to journal `dir`; throws a TsuzuriError (not an image, too big, disk full…). */
export async function saveImageBytes(dir: string, input: ImageInput): Promise<SavedImage> {
  checkImage(input.bytes, input.name);
  const postAbs = await realPostPath(dir, input.post);
  if (!(await stat(postAbs).catch(() => null))?.isFile())
    throw new TsuzuriError("not-found", `The post ${input.post} is not there (was it moved or deleted?).`);
  return writePostImage(dir, input);
}

/**
 * Writes the image `input` for the post path `input.post`, which need not exist yet (an import
 * writes a post after its images); the same checks and naming as saveImageBytes.
 */
export async function writePostImage(dir: string, input: ImageInput): Promise<SavedImage> {
  const kind = checkImage(input.bytes, input.name);
  postPath(dir, input.post);
  const now = input.now ?? new Date();
  const fileName = imageFileName(input.name, kind, pastedImageStem(now, localOffset(now)));
  const folderRel = `${ASSETS_DIR}/${baseOf(input.post).replace(/\.md$/i, "")}`;
  const label = `${folderRel}/${fileName}`;
  let reserved: string | null = null;
  try {
    const folderAbs = await realPathInside(dir, folderRel);
    await makeDir(folderAbs);
    await realPathInside(dir, folderRel);
    const existing = await sameBytes(folderAbs, folderRel, fileName, input.bytes);
    if (existing) return { path: existing, link: imageLink(input.post, existing), reused: true };
    reserved = await reserveUniqueFile(folderAbs, fileName);
    const rel = `${folderRel}/${path.basename(reserved)}`;
    await atomicWrite(reserved, input.bytes, { label: rel });
    reserved = null;
    return { path: rel, link: imageLink(input.post, rel), reused: false };
  } catch (e) {
    if (reserved) await unlink(reserved).catch(() => undefined);
    throw fsError(e, "add the image", label, "Nothing was added to the journal.");
  }
}

/** Adds the image file `file` (a path on this computer) to journal `dir`, named after it. */
export async function saveImageFile(dir: string, post: string, file: string): Promise<SavedImage> {
  const name = path.basename(file);
  let bytes: Uint8Array;
  try {
    const info = await stat(file);
    if (!info.isFile()) throw new TsuzuriError("invalid-argument", `${file} is not a file.`);
    if (info.size > MAX_IMAGE_BYTES) throw tooBig(labelOf(name), info.size);
    bytes = await readFile(file);
  } catch (e) {
    throw fsError(e, "read", file);
  }
  return saveImageBytes(dir, { post, name, bytes });
}
