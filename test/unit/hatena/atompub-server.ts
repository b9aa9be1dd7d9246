// A local Hatena Blog AtomPub server (and Fotolife AtomAPI) for the tests, written from Hatena's
// documentation: the service document, the entry collection paged 7 at a time by rel=next, members
// (GET, PUT, DELETE), POST answering 201 with Location, Basic and WSSE authentication with the digest
// checked and a nonce never accepted twice, app:edited bumped by every PUT and by server rewrites,
// each entry's content type its syntax, and Fotolife uploads answering hatena:imageurl/hatena:syntax.
import { createHash } from "node:crypto";
import http from "node:http";
import type { AddressInfo, Socket } from "node:net";
import { JSDOM } from "jsdom";

export type ServerSyntax = "markdown" | "hatena" | "html";
const TYPES: Record<ServerSyntax, string> = { markdown: "text/x-markdown", hatena: "text/x-hatena-syntax", html: "text/html" };
const ATOM = "http://www.w3.org/2005/Atom";
const APP = "http://www.w3.org/2007/app";
const HATENA = "http://www.hatena.ne.jp/info/xmlns#";
const ATOM03 = "http://purl.org/atom/ns#";
/** Entries per page of the collection, as Hatena's. */
export const PAGE_SIZE = 7;

/** An entry as the server keeps it. */
export interface ServerEntry {
  id: string;
  title: string;
  content: string;
  syntax: ServerSyntax;
  formatted: string;
  updated: string;
  published: string;
  edited: string;
  categories: string[];
  draft: boolean;
}

/** One request as the server saw it. */
export interface LoggedRequest {
  method: string;
  path: string;
  status: number;
  body: string;
}

/** What the next requests meet instead of a proper answer. */
export type Fault = null | "malformed" | "html-page" | "hang" | "500";

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
const parser = new new JSDOM("").window.DOMParser();

/** The blog and Fotolife of one user, on 127.0.0.1. */
export class AtomPubServer {
  readonly entries: ServerEntry[] = [];
  readonly log: LoggedRequest[] = [];
  readonly uploads: { type: string; bytes: Buffer; syntax: string; url: string }[] = [];
  /** The blog's syntax setting: new entries are written in it. */
  syntax: ServerSyntax = "markdown";
  fault: Fault = null;
  /** Which schemes the blog accepts. */
  schemes = new Set(["wsse", "basic"]);
  private readonly nonces = new Set<string>();
  private clock = Date.parse("2024-01-01T00:00:00+09:00");
  private nextId = 1;
  private readonly sockets = new Set<Socket>();
  private server: http.Server | null = null;
  base = "";

  constructor(
    readonly user: string,
    readonly key: string,
    readonly blog = "tsuzuri-test.hatenablog.com",
  ) {}

  /** The AtomPub root endpoint. */
  get endpoint(): string {
    return `${this.base}/${this.user}/${this.blog}/atom`;
  }

  /** Fotolife's AtomAPI root. */
  get fotolife(): string {
    return `${this.base}/fotolife/atom`;
  }

  /** The member URI of entry `id`. */
  editUrl(id: string): string {
    return `${this.endpoint}/entry/${id}`;
  }

  async start(): Promise<this> {
    this.server = http.createServer((req, res) => void this.handle(req, res));
    this.server.on("connection", (s) => {
      this.sockets.add(s);
      s.on("close", () => this.sockets.delete(s));
    });
    await new Promise<void>((resolve) => this.server?.listen(0, "127.0.0.1", resolve));
    this.base = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  async stop(): Promise<void> {
    for (const s of this.sockets) s.destroy();
    await new Promise<void>((resolve) => this.server?.close(() => resolve()) ?? resolve());
  }

  /** The next app:edited: a second later than the last one, in +09:00. */
  private tick(): string {
    this.clock += 1000;
    return new Date(this.clock + 9 * 3600_000).toISOString().replace(/\.\d{3}Z$/, "+09:00");
  }

  /** Adds an entry as if written on the blog's web editor. */
  seed(fields: Partial<ServerEntry> & { title: string; content: string }): ServerEntry {
    const now = this.tick();
    const entry: ServerEntry = {
      id: String(13574176438000 + this.nextId++),
      syntax: this.syntax,
      formatted: `<p>${esc(fields.content)}</p>`,
      updated: now,
      published: now,
      edited: now,
      categories: [],
      draft: false,
      ...fields,
    };
    this.entries.unshift(entry);
    return entry;
  }

  /** An edit on the blog's web editor (app:edited moves on). */
  editRemotely(id: string, changes: Partial<ServerEntry>): ServerEntry {
    const entry = this.find(id);
    if (!entry) throw new Error(`no entry ${id}`);
    Object.assign(entry, changes, { edited: this.tick() });
    return entry;
  }

  /** A rewrite by the server itself (re-rendering, a category renamed…): only app:edited moves on. */
  rewrite(id: string): void {
    this.editRemotely(id, {});
  }

  find(id: string): ServerEntry | undefined {
    return this.entries.find((e) => e.id === id);
  }

  /** The requests that would change the blog or Fotolife (POST, PUT, DELETE) since `from`. */
  writes(from = 0): LoggedRequest[] {
    return this.log.slice(from).filter((r) => r.method !== "GET");
  }

  private authorised(req: http.IncomingMessage, fotolife: boolean): boolean {
    const wsse = req.headers["x-wsse"];
    if (typeof wsse === "string") return (fotolife || this.schemes.has("wsse")) && this.checkWsse(wsse);
    const auth = req.headers.authorization ?? "";
    if (!fotolife && this.schemes.has("basic") && auth.startsWith("Basic "))
      return Buffer.from(auth.slice(6), "base64").toString("utf8") === `${this.user}:${this.key}`;
    return false;
  }

  private checkWsse(header: string): boolean {
    const fields = new Map<string, string>();
    for (const m of header.matchAll(/(\w+)="([^"]*)"/g)) fields.set(m[1] ?? "", m[2] ?? "");
    const nonce = fields.get("Nonce") ?? "",
      created = fields.get("Created") ?? "";
    if (!header.startsWith("UsernameToken ") || fields.get("Username") !== this.user || nonce === "" || created === "") return false;
    if (this.nonces.has(nonce)) return false;
    const expected = createHash("sha1").update(Buffer.from(nonce, "base64")).update(created).update(this.key).digest("base64");
    if (expected !== fields.get("PasswordDigest")) return false;
    this.nonces.add(nonce);
    return true;
  }

  private async handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const body = Buffer.concat(chunks).toString("utf8");
    const url = new URL(req.url ?? "/", this.base);
    const entryLog: LoggedRequest = { method: req.method ?? "GET", path: url.pathname + url.search, status: 0, body };
    this.log.push(entryLog);
    const send = (status: number, xml: string, headers: Record<string, string> = {}) => {
      entryLog.status = status;
      res.writeHead(status, { "Content-Type": "application/atom+xml; charset=utf-8", ...headers });
      res.end(xml);
    };
    if (this.fault === "hang") return; // never answers
    if (this.fault === "500") return send(500, "Internal Server Error");
    const fotolife = url.pathname.startsWith("/fotolife/atom");
    const root = `/${this.user}/${this.blog}/atom`;
    if (!fotolife && !url.pathname.startsWith(root))
      return send(404, "<html><body>Not Found</body></html>", { "Content-Type": "text/html" });
    if (!this.authorised(req, fotolife)) return send(401, "Unauthorized", { "WWW-Authenticate": 'WSSE profile="UsernameToken"' });
    if (this.fault === "malformed") return send(200, '<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><entry><title>broken');
    if (this.fault === "html-page") return send(200, "<html><head><title>maintenance</title></head><body>メンテナンス中</body></html>");
    if (fotolife) return url.pathname === "/fotolife/atom/post" && req.method === "POST" ? this.upload(body, send) : send(404, "");
    const rest = url.pathname.slice(root.length);
    if (rest === "" && req.method === "GET")
      return send(200, this.serviceXml(), { "Content-Type": "application/atomsvc+xml; charset=utf-8" });
    if (rest === "/entry" && req.method === "GET") return send(200, this.feedXml(Number(url.searchParams.get("page") ?? 0)));
    if (rest === "/entry" && req.method === "POST") {
      const fields = this.readEntry(body);
      if (!fields) return send(400, "Bad Request");
      const entry = this.seed({ ...fields, syntax: this.syntax });
      return send(201, this.entryXml(entry, true), { Location: this.editUrl(entry.id) });
    }
    const member = /^\/entry\/(\w+)$/.exec(rest);
    const entry = member ? this.find(member[1] ?? "") : undefined;
    if (!entry) return send(404, "Not Found");
    if (req.method === "GET") return send(200, this.entryXml(entry, true));
    if (req.method === "DELETE") {
      this.entries.splice(this.entries.indexOf(entry), 1);
      return send(200, "");
    }
    if (req.method === "PUT") {
      const fields = this.readEntry(body);
      if (!fields) return send(400, "Bad Request");
      // The entry keeps its own syntax; app:edited moves on with every PUT.
      this.editRemotely(entry.id, fields);
      return send(200, this.entryXml(entry, true));
    }
    return send(405, "Method Not Allowed");
  }

  /** The fields of a posted entry, or null when it is not an Atom entry with a title and content. */
  private readEntry(xml: string): (Partial<ServerEntry> & { title: string; content: string }) | null {
    const doc = parser.parseFromString(xml, "application/xml");
    const el = doc.documentElement;
    if (!el || el.localName !== "entry" || el.namespaceURI !== ATOM) return null;
    const child = (ns: string, name: string) => Array.from(el.getElementsByTagNameNS(ns, name))[0] ?? null;
    const title = child(ATOM, "title"),
      content = child(ATOM, "content");
    if (!title || !content) return null;
    const out: Partial<ServerEntry> & { title: string; content: string } = {
      title: title.textContent ?? "",
      content: content.textContent ?? "",
      formatted: `<p>${esc(content.textContent ?? "")}</p>`,
      categories: Array.from(el.getElementsByTagNameNS(ATOM, "category")).map((c) => c.getAttribute("term") ?? ""),
      draft: (child(APP, "draft")?.textContent ?? "no").trim() === "yes",
    };
    const updated = child(ATOM, "updated")?.textContent?.trim();
    if (updated) out.updated = updated;
    return out;
  }

  private upload(xml: string, send: (status: number, xml: string) => void): void {
    const doc = parser.parseFromString(xml, "application/xml");
    const el = doc.documentElement;
    const content = el && el.namespaceURI === ATOM03 ? Array.from(el.getElementsByTagNameNS(ATOM03, "content"))[0] : undefined;
    if (!content || content.getAttribute("mode") !== "base64" || !/^image\//.test(content.getAttribute("type") ?? ""))
      return send(400, "Bad Request");
    const bytes = Buffer.from(content.textContent ?? "", "base64");
    const stamp = String(20240101000000 + this.uploads.length);
    const ext = (content.getAttribute("type") ?? "").endsWith("png") ? "p" : "j";
    const upload = {
      type: content.getAttribute("type") ?? "",
      bytes,
      syntax: `f:id:${this.user}:${stamp}${ext}:image`,
      url: `${this.base}/images/fotolife/${this.user}/${stamp}.png`,
    };
    this.uploads.push(upload);
    send(
      201,
      `<?xml version="1.0" encoding="utf-8"?>
<entry xmlns="${ATOM03}" xmlns:hatena="${HATENA}">
  <title>${esc(el?.getElementsByTagNameNS(ATOM03, "title")[0]?.textContent ?? "")}</title>
  <link rel="alternate" type="text/html" href="${this.base}/${this.user}/${stamp}"/>
  <hatena:syntax>${upload.syntax}</hatena:syntax>
  <hatena:imageurl>${upload.url}</hatena:imageurl>
</entry>`,
    );
  }

  private serviceXml(): string {
    return `<?xml version="1.0" encoding="utf-8"?>
<service xmlns="${APP}"><workspace><atom:title xmlns:atom="${ATOM}">Blog</atom:title>
<collection href="${this.endpoint}/entry"><atom:title xmlns:atom="${ATOM}">記事一覧</atom:title><accept>application/atom+xml;type=entry</accept></collection>
</workspace></service>`;
  }

  private feedXml(offset: number): string {
    const sorted = [...this.entries].sort((a, b) => Date.parse(b.updated) - Date.parse(a.updated) || Number(b.id) - Number(a.id));
    const page = sorted.slice(offset, offset + PAGE_SIZE);
    const next =
      offset + PAGE_SIZE < sorted.length ? `\n  <link rel="next" href="${this.endpoint}/entry?page=${offset + PAGE_SIZE}" />` : "";
    return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="${ATOM}" xmlns:app="${APP}">
  <link rel="first" href="${this.endpoint}/entry" />${next}
  <title>Blog</title>
  <updated>${this.tick()}</updated>
${page.map((e) => this.entryXml(e, false)).join("\n")}
</feed>`;
  }

  private entryXml(e: ServerEntry, standalone: boolean): string {
    const xml = `<entry${standalone ? ` xmlns="${ATOM}" xmlns:app="${APP}"` : ""}>
    <id>tag:blog.hatena.ne.jp,2013:blog-${this.user}-1-${e.id}</id>
    <link rel="edit" href="${this.editUrl(e.id)}"/>
    <link rel="alternate" type="text/html" href="https://${this.blog}/entry/${e.id}"/>
    <author><name>${this.user}</name></author>
    <title>${esc(e.title)}</title>
    <updated>${e.updated}</updated>
    <published>${e.published}</published>
    <app:edited>${e.edited}</app:edited>
    <summary type="text">${esc(e.content.slice(0, 140))}</summary>
    <content type="${TYPES[e.syntax]}">${esc(e.content)}</content>
    <hatena:formatted-content type="text/html" xmlns:hatena="${HATENA}">${esc(e.formatted)}</hatena:formatted-content>
${e.categories.map((c) => `    <category term="${esc(c)}" />`).join("\n")}
    <app:control><app:draft>${e.draft ? "yes" : "no"}</app:draft><app:preview>no</app:preview></app:control>
  </entry>`;
    return standalone ? `<?xml version="1.0" encoding="utf-8"?>\n${xml}` : xml;
  }
}
