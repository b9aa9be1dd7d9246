// Talking to Hatena Blog's AtomPub endpoint and Fotolife's AtomAPI: authenticated requests with a
// time limit, answers checked (status, XML) before anything is believed, errors worded for people.
import { fotolifeXml } from "./atom-build.js";
import { parseEntry, parseFeed, type RemoteEntry } from "./atom-entry.js";
import { FOTOLIFE_FOLDER, MAX_PAGES, MAX_RESPONSE_BYTES, NS, REQUEST_TIMEOUT_MS } from "./constants.js";
import { HatenaError, statusError } from "./errors.js";
import { basicHeader, wsseHeader } from "./wsse.js";
import { childText, parseXml } from "./xml.js";

/** How requests to the blog authenticate. Fotolife takes WSSE only. */
export type AuthScheme = "wsse" | "basic";

/** Where and as whom to connect. */
export interface ClientOptions {
  /** The blog's AtomPub root endpoint (…/atom), any base URL (a test server, a proxy). */
  endpoint: string;
  /** Fotolife's AtomAPI root (uploads go to `<root>/post`). */
  fotolife: string;
  /** The Hatena ID. */
  user: string;
  /** The API key. */
  key: string;
  /** Default "wsse". Basic sends the key itself, so it is used only over https (or to this computer). */
  auth?: AuthScheme;
  timeoutMs?: number;
}

/** An image as uploaded: its public URL and its Hatena-syntax reference. */
export interface UploadedImage {
  url: string;
  syntax: string | null;
}

interface Answer {
  status: number;
  text: string;
  location: string | null;
}

/** The endpoint without a trailing slash; a URL that is not http(s) is a settings error. */
export function normaliseEndpoint(raw: string, option: string): string {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    throw new HatenaError("settings", `${option} must be an address like https://blog.hatena.ne.jp/ID/BLOG/atom, not "${raw}".`);
  }
  if (url.protocol !== "https:" && url.protocol !== "http:")
    throw new HatenaError("settings", `${option} must be an http(s) address, not "${raw}".`);
  return url.href.replace(/\/+$/, "");
}

function isLoopback(url: URL): boolean {
  return url.hostname === "localhost" || url.hostname === "[::1]" || /^127\./.test(url.hostname);
}

/** A connection to one blog (and Fotolife), as one user. */
export class HatenaClient {
  readonly endpoint: string;
  private readonly fotolife: string;

  constructor(private readonly options: ClientOptions) {
    this.endpoint = normaliseEndpoint(options.endpoint, "--endpoint");
    this.fotolife = normaliseEndpoint(options.fotolife, "--fotolife");
    const url = new URL(this.endpoint);
    if (options.auth === "basic" && url.protocol !== "https:" && !isLoopback(url)) {
      throw new HatenaError(
        "settings",
        `Basic authentication sends the API key as it is, so Tsuzuri uses it only over https; ${this.endpoint} is not. Use WSSE (the default) or an https endpoint.`,
      );
    }
  }

  /** The entry collection's address. */
  get collection(): string {
    return `${this.endpoint}/entry`;
  }

  /** True when `url` is a member of this blog's entry collection (the only addresses credentials go to). */
  isMember(url: string): boolean {
    return url.startsWith(this.collection + "/") && !url.slice(this.collection.length + 1).includes("/");
  }

  /** Every entry of the blog, newest first, following rel=next through all pages. */
  async listEntries(onPage?: (page: number, entries: number) => void): Promise<RemoteEntry[]> {
    const all: RemoteEntry[] = [];
    const seen = new Set<string>();
    let next: string | null = this.collection;
    for (let page = 1; next !== null; page++) {
      if (page > MAX_PAGES || seen.has(next))
        throw new HatenaError("malformed", `The blog's entry list does not end (page ${page} at ${next}). Nothing was changed.`);
      seen.add(next);
      if (!next.startsWith(this.endpoint + "/"))
        throw new HatenaError("malformed", `The blog's next page is outside ${this.endpoint}: ${next}. Nothing was changed.`);
      const answer = await this.request("GET", next, null, "blog");
      const feed = parseFeed(this.expect(answer, [200], next, "blog"), next);
      all.push(...feed.entries);
      onPage?.(page, all.length);
      next = feed.next;
    }
    return all;
  }

  /** The entry at member URI `editUrl`, as the blog has it now. */
  async getEntry(editUrl: string): Promise<RemoteEntry> {
    this.assertMember(editUrl);
    return parseEntry(this.expect(await this.request("GET", editUrl, null, "blog"), [200], editUrl, "blog"), editUrl);
  }

  /** Creates an entry from `xml` (see entryXml); the blog's answer. */
  async createEntry(xml: string): Promise<RemoteEntry> {
    const answer = await this.request("POST", this.collection, xml, "blog");
    return parseEntry(this.expect(answer, [201], this.collection, "blog"), answer.location ?? this.collection);
  }

  /** Replaces the entry at `editUrl` with `xml`; the blog's answer. */
  async updateEntry(editUrl: string, xml: string): Promise<RemoteEntry> {
    this.assertMember(editUrl);
    return parseEntry(this.expect(await this.request("PUT", editUrl, xml, "blog"), [200], editUrl, "blog"), editUrl);
  }

  /** Deletes the entry at `editUrl`. */
  async deleteEntry(editUrl: string): Promise<void> {
    this.assertMember(editUrl);
    this.expect(await this.request("DELETE", editUrl, null, "blog"), [200, 204], editUrl, "blog");
  }

  /** Uploads an image to Fotolife (into the Hatena Blog folder); its URL and Hatena-syntax reference. */
  async uploadImage(image: { title: string; type: string; bytes: Uint8Array }): Promise<UploadedImage> {
    const url = `${this.fotolife}/post`;
    const answer = await this.request("POST", url, fotolifeXml({ ...image, folder: FOTOLIFE_FOLDER }), "fotolife");
    const entry = parseXml(this.expect(answer, [201], url, "fotolife"), "entry", NS.atom03, url);
    const imageUrl = childText(entry, NS.hatena, "imageurl")?.trim();
    if (!imageUrl) throw new HatenaError("malformed", `Hatena Fotolife's answer at ${url} names no hatena:imageurl.`);
    return { url: imageUrl, syntax: childText(entry, NS.hatena, "syntax")?.trim() ?? null };
  }

  private assertMember(url: string): void {
    if (!this.isMember(url)) {
      throw new HatenaError(
        "settings",
        `${url} is not an entry of the blog at ${this.endpoint}, so no request (and no key) goes there. Check the post's hatena: link or --endpoint.`,
      );
    }
  }

  private expect(answer: Answer, statuses: number[], url: string, what: "blog" | "fotolife"): string {
    if (!statuses.includes(answer.status)) throw statusError(answer.status, url, what);
    return answer.text;
  }

  private authHeaders(what: "blog" | "fotolife"): Record<string, string> {
    const { user, key } = this.options;
    if (what === "blog" && this.options.auth === "basic") return { Authorization: basicHeader(user, key) };
    return { "X-WSSE": wsseHeader(user, key), Authorization: 'WSSE profile="UsernameToken"' };
  }

  private async request(method: string, url: string, body: string | null, what: "blog" | "fotolife"): Promise<Answer> {
    const timeoutMs = this.options.timeoutMs ?? REQUEST_TIMEOUT_MS;
    const headers: Record<string, string> = { ...this.authHeaders(what), Accept: "application/atom+xml, application/xml" };
    if (body !== null) headers["Content-Type"] = "application/atom+xml; charset=utf-8";
    const name = what === "fotolife" ? "Hatena Fotolife" : "The blog";
    try {
      const response = await fetch(url, { method, headers, body, redirect: "error", signal: AbortSignal.timeout(timeoutMs) });
      const length = Number(response.headers.get("content-length") ?? 0);
      if (length > MAX_RESPONSE_BYTES)
        throw new HatenaError("malformed", `${name} answered with ${length} bytes at ${url}, more than Tsuzuri reads.`);
      const text = await response.text();
      return { status: response.status, text, location: response.headers.get("location") };
    } catch (e) {
      if (e instanceof HatenaError) throw e;
      const err = e as { name?: string; cause?: { code?: string; message?: string } };
      if (err.name === "TimeoutError" || err.name === "AbortError") {
        throw new HatenaError(
          "timeout",
          `${name} did not answer within ${timeoutMs / 1000} s at ${url}. Check the connection and try again.`,
        );
      }
      const cause = err.cause?.code ?? err.cause?.message ?? (e instanceof Error ? e.message : String(e));
      throw new HatenaError("network", `Could not reach ${url} (${cause}). Check the address and the connection.`);
    }
  }
}
