// Which image a file is, by its first bytes (its "magic number"), never by its name or a claimed type.
import { IMAGE_TYPES, SVG_SNIFF_CHARS } from "./constants.js";

/** An image type Tsuzuri adds to posts. */
export type ImageType = (typeof IMAGE_TYPES)[number];

/** What the bytes of an image are. */
export interface ImageKind {
  type: ImageType;
  /** The file extension for it, with its dot (".png"). */
  ext: string;
}

const startsWith = (bytes: Uint8Array, sig: readonly number[], at = 0): boolean => sig.every((b, i) => bytes[at + i] === b);
const ascii = (bytes: Uint8Array, from: number, to: number): string => String.fromCharCode(...bytes.subarray(from, to));

const SVG_START = /^\uFEFF?\s*(<\?xml[^>]*\?>\s*)?(<!--[\s\S]*?-->\s*|<!DOCTYPE[^>[]*(\[[\s\S]*?\])?\s*>\s*)*<svg[\s>/]/i;

/** True when an ISO base-media file (`ftyp` box) names an AVIF brand. */
function isAvif(bytes: Uint8Array): boolean {
  if (ascii(bytes, 4, 8) !== "ftyp") return false;
  const size = Math.min(bytes.length, ((bytes[0]! << 24) | (bytes[1]! << 16) | (bytes[2]! << 8) | bytes[3]!) >>> 0 || 32);
  for (let at = 8; at + 4 <= size; at += 4) {
    if (at === 12) continue; // the minor version, not a brand
    const brand = ascii(bytes, at, at + 4);
    if (brand === "avif" || brand === "avis") return true;
  }
  return false;
}

/** The kind of image `bytes` hold, or null when they are no PNG, JPEG, GIF, WebP, AVIF or SVG. */
export function sniffImage(bytes: Uint8Array): ImageKind | null {
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return { type: "image/png", ext: ".png" };
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return { type: "image/jpeg", ext: ".jpg" };
  if (bytes.length >= 6 && /^GIF8[79]a$/.test(ascii(bytes, 0, 6))) return { type: "image/gif", ext: ".gif" };
  if (bytes.length >= 12 && ascii(bytes, 0, 4) === "RIFF" && ascii(bytes, 8, 12) === "WEBP") return { type: "image/webp", ext: ".webp" };
  if (bytes.length >= 12 && isAvif(bytes)) return { type: "image/avif", ext: ".avif" };
  const head = new TextDecoder("utf-8", { fatal: false }).decode(bytes.subarray(0, SVG_SNIFF_CHARS));
  if (SVG_START.test(head)) return { type: "image/svg+xml", ext: ".svg" };
  return null;
}
