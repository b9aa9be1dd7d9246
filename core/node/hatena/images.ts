// The local images of a post, uploaded to Fotolife once each (remembered by the SHA-256 of their
// bytes) and their links rewritten to the uploaded URLs in the text that is sent, never in the file.
import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { isExternalUrl, rewriteUrls, splitUrl } from "../../common/import/index.js";
import type { Journal } from "../store/index.js";
import type { HatenaClient } from "./client.js";
import { MAX_IMAGE_BYTES } from "./constants.js";
import { HatenaError } from "./errors.js";
import type { HatenaSettings } from "./settings.js";

const TYPES: Readonly<Record<string, string>> = {
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".jpeg": "image/jpeg",
  ".gif": "image/gif",
  ".bmp": "image/bmp",
  ".webp": "image/webp",
};

/** The journal path an image link of the post at `rel` names, or null when it leaves the journal. */
function imagePath(rel: string, url: string): string | null {
  const target = splitUrl(url).path;
  const joined = target.startsWith("/") ? path.posix.normalize(target.slice(1)) : path.posix.join(path.posix.dirname(rel), target);
  return joined.startsWith("../") || joined === ".." || path.posix.isAbsolute(joined) ? null : joined;
}

/** The local image links of `body` (the post at `rel`): written URL → journal path. */
export function localImages(rel: string, body: string): Map<string, string> {
  const found = new Map<string, string>();
  rewriteUrls(body, (url, kind) => {
    if (kind === "image" && !isExternalUrl(url)) {
      const p = imagePath(rel, url);
      if (p === null)
        throw new HatenaError("image", `${rel}: the image ${url} is outside the journal, so it is not uploaded. Nothing was sent.`);
      found.set(url, p);
    }
    return null;
  });
  return found;
}

/** One local image, read and checked, before anything is uploaded. */
interface ReadImage {
  url: string;
  rel: string;
  hash: string;
  type: string;
  bytes: Uint8Array;
}

async function readImage(journal: Journal, postRel: string, url: string, rel: string): Promise<ReadImage> {
  const type = TYPES[path.posix.extname(rel).toLowerCase()];
  if (type === undefined)
    throw new HatenaError("image", `${postRel}: Fotolife takes PNG, JPEG, GIF, BMP and WebP images, not ${url}. Nothing was sent.`);
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path.join(journal.dir, ...rel.split("/")));
  } catch {
    throw new HatenaError("image", `${postRel}: the image ${url} is not in the journal (${rel}). Nothing was sent.`);
  }
  if (bytes.length > MAX_IMAGE_BYTES)
    throw new HatenaError("image", `${postRel}: the image ${url} is larger than ${MAX_IMAGE_BYTES / 1024 / 1024} MB. Nothing was sent.`);
  return { url, rel, hash: createHash("sha256").update(bytes).digest("hex"), type, bytes };
}

/** Reads and checks every local image of `body` (the post at `postRel`); throws, naming the image, when one cannot be sent. */
export async function checkImages(journal: Journal, postRel: string, body: string): Promise<number> {
  const links = localImages(postRel, body);
  await Promise.all([...links].map(([url, rel]) => readImage(journal, postRel, url, rel)));
  return links.size;
}

/**
 * `body` as it is sent: every local image uploaded (unless uploaded before: `settings.images`) and
 * its links pointing at Fotolife. Every image is read and checked before the first upload. `remember`
 * is called after each upload (to save the settings at once). Returns the body and the number uploaded.
 */
export async function bodyForBlog(
  journal: Journal,
  client: HatenaClient,
  settings: HatenaSettings,
  postRel: string,
  body: string,
  remember: () => Promise<void>,
): Promise<{ body: string; uploaded: number }> {
  const links = localImages(postRel, body);
  if (links.size === 0) return { body, uploaded: 0 };
  const images = await Promise.all([...links].map(([url, rel]) => readImage(journal, postRel, url, rel)));
  let uploaded = 0;
  const urls = new Map<string, string>();
  for (const image of images) {
    let known = settings.images[image.hash];
    if (known === undefined) {
      known = await client.uploadImage({ title: path.posix.basename(image.rel), type: image.type, bytes: image.bytes });
      settings.images[image.hash] = known;
      uploaded++;
      await remember();
    }
    urls.set(image.url, known.url);
  }
  return { body: rewriteUrls(body, (url, kind) => (kind === "image" ? (urls.get(url) ?? null) : null)), uploaded };
}
