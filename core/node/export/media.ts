// Images of the journal that posts show: found inside the journal only (never through a link that
// leads out of it, never in hidden folders), copied into a site or embedded in a single file. SVG
// images are published only as their inert copy (see svg.ts).
import { realpath, stat } from "node:fs/promises";
import path from "node:path";
import { imageTypeOf, isOutsideRef } from "../../common/export/index.js";
import { exportError } from "./errors.js";
import { readBytes } from "./fast-fs.js";
import { sha256 } from "./hash.js";
import { inertSvg } from "./svg.js";

const SVG_TYPE = "image/svg+xml";

/** An image file of the journal. */
export interface MediaFile {
  /** Journal path. */
  rel: string;
  /** Absolute path of the file itself (links resolved). */
  abs: string;
  type: string;
  /** Size of what is published (for an SVG, of its inert copy). */
  size: number;
  mtimeMs: number;
  /** For an SVG: the inert copy, published instead of the file; and its hash. */
  inert?: { bytes: Uint8Array; hash: string };
}

/** The images found among a post's refs, and the SVGs left out because they could not be made inert. */
export interface FoundImages {
  images: Map<string, MediaFile>;
  unsafe: Set<string>;
}

/** True when `rel` lies in a hidden folder (.trash, .git, .tsuzuri), is hidden, or is under node_modules. */
function hidden(rel: string): boolean {
  return rel.split("/").some((s) => s.startsWith(".") || s === "node_modules");
}

/**
 * The image at journal path `rel`, or null when it is not an image export may use: not an image
 * type, hidden, missing, not a file, or (through a symbolic link) outside the journal `realDir`
 * (the journal folder with its links resolved).
 */
export async function findImage(dir: string, realDir: string, rel: string): Promise<MediaFile | null> {
  const type = imageTypeOf(rel);
  if (type === null || hidden(rel)) return null;
  try {
    const abs = await realpath(path.join(dir, ...rel.split("/")));
    const back = path.relative(realDir, abs);
    if (back === "" || back.startsWith("..") || path.isAbsolute(back)) return null;
    const st = await stat(abs);
    return st.isFile() ? { rel, abs, type, size: st.size, mtimeMs: st.mtimeMs } : null;
  } catch {
    return null;
  }
}

/** `image` as it is published: an SVG as its inert copy, or null when there is none (see inertSvg). */
async function publishable(image: MediaFile): Promise<MediaFile | null> {
  if (image.type !== SVG_TYPE) return image;
  let bytes: Uint8Array | null;
  try {
    bytes = inertSvg(await readBytes(image.abs));
  } catch (e) {
    throw exportError(e, "read", image.abs);
  }
  return bytes === null ? null : { ...image, size: bytes.length, inert: { bytes, hash: sha256(bytes) } };
}

/** Every image among `refs` (journal paths) that may be published, by journal path; and the SVGs that may not. */
export async function findImages(dir: string, refs: Iterable<string>): Promise<FoundImages> {
  let realDir: string;
  try {
    realDir = await realpath(dir);
  } catch (e) {
    throw exportError(e, "read", dir);
  }
  const images = new Map<string, MediaFile>();
  const unsafe = new Set<string>();
  for (const rel of [...new Set(refs)].filter((r) => !isOutsideRef(r)).sort()) {
    const image = await findImage(dir, realDir, rel);
    const published = image && (await publishable(image));
    if (published) images.set(rel, published);
    else if (image) unsafe.add(rel);
  }
  return { images, unsafe };
}

/** The bytes of `image` as published (an SVG's inert copy). */
export async function publishedBytes(image: MediaFile): Promise<Uint8Array> {
  return image.inert?.bytes ?? (await readBytes(image.abs));
}

/** The image as a data: URL. */
export async function dataUrl(image: MediaFile): Promise<string> {
  return `data:${image.type};base64,${Buffer.from(await publishedBytes(image)).toString("base64")}`;
}
