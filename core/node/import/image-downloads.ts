// --download-images: the http(s) images of an imported post fetched into the journal, under
// assets/<post>/ as pasted images are (same checks, same names), and the post pointed at them with
// its alt text kept. Only the URLs written in the source are requested: redirects are not followed.
// One image that cannot be had keeps its web address and is reported; it never stops the import.
import { MAX_IMAGE_BYTES, imageLink } from "../../common/images/index.js";
import { rewriteUrls } from "../../common/import/index.js";
import { writePostImage } from "../assets/index.js";
import { mapLimit } from "../store/index.js";
import { DOWNLOAD_CONCURRENCY, DOWNLOAD_TIMEOUT_MS } from "./constants.js";

/** Limits of the downloads (tests make them small). */
export interface DownloadLimits {
  timeoutMs: number;
  maxBytes: number;
  concurrency: number;
}

const DEFAULT_LIMITS: DownloadLimits = { timeoutMs: DOWNLOAD_TIMEOUT_MS, maxBytes: MAX_IMAGE_BYTES, concurrency: DOWNLOAD_CONCURRENCY };
const MB = 1024 * 1024;

function message(e: unknown): string {
  if (e instanceof Error && e.name === "TimeoutError") return "it took too long";
  const cause = e instanceof Error && e.cause instanceof Error ? `: ${e.cause.message}` : "";
  return e instanceof Error ? e.message + cause : String(e);
}

/** The URL as written in Markdown (backslash escapes) made into the address to fetch; null unless http(s). */
function fetchable(url: string): string | null {
  const plain = url.replace(/\\(.)/g, "$1");
  if (!/^https?:\/\//i.test(plain)) return null;
  try {
    return new URL(plain).href;
  } catch {
    return null;
  }
}

/** The file name an image at `href` suggests: the last segment of its path. */
function nameOf(href: string): string {
  const last = new URL(href).pathname.split("/").filter(Boolean).pop() ?? "";
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}

/** The body of the answer to `href`, at most `limits.maxBytes`; throws saying why not. */
async function fetchBytes(href: string, limits: DownloadLimits, signal?: AbortSignal): Promise<Uint8Array> {
  const timeout = AbortSignal.timeout(limits.timeoutMs);
  const res = await fetch(href, { redirect: "manual", credentials: "omit", signal: signal ? AbortSignal.any([signal, timeout]) : timeout });
  if (res.status >= 300 && res.status < 400) {
    await res.body?.cancel();
    throw new Error(`it redirects to ${res.headers.get("location") ?? "another address"}, which is not followed`);
  }
  if (!res.ok) {
    await res.body?.cancel();
    throw new Error(`the server answered ${res.status}`);
  }
  const tooBig = new Error(`it is larger than ${limits.maxBytes / MB} MB`);
  if (Number(res.headers.get("content-length")) > limits.maxBytes) {
    await res.body?.cancel();
    throw tooBig;
  }
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of res.body ?? []) {
    size += chunk.length;
    if (size > limits.maxBytes) throw tooBig;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

/** Downloads the images of imported posts, each address once for the whole import. */
export class ImageDownloader {
  private readonly placed = new Map<string, Promise<string>>();
  /** Images written into the journal. */
  count = 0;

  constructor(
    private readonly journalDir: string,
    private readonly limits: DownloadLimits = DEFAULT_LIMITS,
    private readonly signal?: AbortSignal,
  ) {}

  /** `body` of the post at `postPath` with its http(s) images downloaded and pointed at; failures go to `warn`. */
  async localise(body: string, postPath: string, warn: (message: string) => void): Promise<string> {
    const urls = new Set<string>();
    rewriteUrls(body, (url, kind) => {
      if (kind === "image" && fetchable(url)) urls.add(url);
      return null;
    });
    if (urls.size === 0) return body;
    const local = new Map<string, string>();
    await mapLimit([...urls], this.limits.concurrency, async (url) => {
      const href = fetchable(url)!;
      try {
        local.set(url, imageLink(postPath, await this.place(href, postPath)));
      } catch (e) {
        warn(`the image ${href} could not be downloaded (${message(e)}); it keeps its web address`);
      }
    });
    return rewriteUrls(body, (url, kind) => (kind === "image" ? (local.get(url) ?? null) : null));
  }

  /** The journal path of the image at `href`, downloaded for `postPath` the first time it is asked for. */
  private place(href: string, postPath: string): Promise<string> {
    let known = this.placed.get(href);
    if (!known) {
      known = (async () => {
        const bytes = await fetchBytes(href, this.limits, this.signal);
        const saved = await writePostImage(this.journalDir, { post: postPath, name: nameOf(href), bytes });
        if (!saved.reused) this.count++;
        return saved.path;
      })();
      this.placed.set(href, known);
    }
    return known;
  }
}
