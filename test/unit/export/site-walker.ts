// Walking an exported site in Chromium, link by link, from its index: every page reachable, every
// link and image resolving, no console errors, nothing that runs. Also a tiny static server, to walk
// the same folder the way a static host serves it.
import { existsSync } from "node:fs";
import { readFile, stat } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import path from "node:path";
import type { Browser } from "playwright";

/** What a walk found. */
export interface Walk {
  /** Site paths of the pages visited. */
  pages: string[];
  /** Everything that went wrong, one line each. */
  problems: string[];
}

/** The site path of `url` under `base` (decoded), or null when it leaves the site. */
function sitePath(url: URL, base: URL): string | null {
  if (url.origin !== base.origin || !url.pathname.startsWith(base.pathname)) return null;
  return decodeURIComponent(url.pathname.slice(base.pathname.length));
}

/** Visits every page reachable from `base`/index.html, following links inside the site; `dir` is the folder on disk. */
export async function walkSite(browser: Browser, base: URL, dir: string): Promise<Walk> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const problems: string[] = [];
  let current = "";
  page.on("console", (m) => {
    if (m.type() === "error" || m.type() === "warning") problems.push(`${current}: console ${m.type()}: ${m.text()}`);
  });
  page.on("pageerror", (e) => problems.push(`${current}: page error ${e.message}`));
  page.on("requestfailed", (r) => problems.push(`${current}: request failed ${r.url()} (${r.failure()?.errorText})`));
  page.on("response", (r) => {
    if (r.status() >= 400) problems.push(`${current}: ${r.status()} for ${r.url()}`);
  });
  const queue = ["index.html"];
  const seen = new Set(queue);
  const ids = new Map<string, Set<string>>();
  const fragments: [from: string, to: string, id: string][] = [];
  while (queue.length) {
    current = queue.shift() ?? "";
    const response = await page.goto(new URL(current.split("/").map(encodeURIComponent).join("/"), base).href).catch((e: Error) => {
      problems.push(`${current}: could not open: ${e.message.split("\n")[0]}`);
      return undefined;
    });
    if (response === undefined) continue;
    if (response && !response.ok()) problems.push(`${current}: status ${response.status()}`);
    const found = await page.evaluate(() => ({
      links: [...document.querySelectorAll("a[href], link[href]")].map((a) => (a as HTMLAnchorElement | HTMLLinkElement).href),
      images: [...document.images].map((i) => ({ src: i.currentSrc || i.src, ok: i.complete && i.naturalWidth > 0 })),
      ids: [...document.querySelectorAll("[id]")].map((e) => e.id),
      scripts: document.scripts.length,
      csp: document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute("content") ?? "",
      styled: document.styleSheets.length > 0 && getComputedStyle(document.body).marginTop === "0px",
    }));
    ids.set(current, new Set(found.ids));
    if (found.scripts) problems.push(`${current}: has ${found.scripts} script(s)`);
    if (!/default-src 'none'/.test(found.csp) || /script-src/.test(found.csp))
      problems.push(`${current}: CSP does not forbid scripts: ${found.csp}`);
    if (!found.styled) problems.push(`${current}: the stylesheet did not apply`);
    for (const image of found.images) if (!image.ok) problems.push(`${current}: image did not load: ${image.src}`);
    for (const href of found.links) {
      const url = new URL(href);
      if (url.protocol === "https:" || url.protocol === "mailto:" || url.protocol === "data:") continue;
      const target = sitePath(url, base);
      if (target === null) {
        problems.push(`${current}: link leaves the site: ${href}`);
        continue;
      }
      if (url.hash) fragments.push([current, target, decodeURIComponent(url.hash.slice(1))]);
      if (target.endsWith(".html")) {
        if (!seen.has(target)) {
          seen.add(target);
          queue.push(target);
        }
      } else if (!existsSync(path.join(dir, ...target.split("/")))) problems.push(`${current}: link to a missing file ${target}`);
    }
  }
  for (const [from, to, id] of fragments) if (!ids.get(to)?.has(id)) problems.push(`${from}: no #${id} in ${to}`);
  await context.close();
  return { pages: [...seen].sort(), problems };
}

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css",
  ".xml": "application/atom+xml",
  ".png": "image/png",
};

/** Serves `dir` over http on 127.0.0.1 like a plain static host (404 for anything missing). */
export async function serveFolder(dir: string): Promise<{ url: URL; close: () => Promise<void> }> {
  const server: Server = createServer((req, res) => {
    void (async () => {
      const rel = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname).replace(/\/$/, "/index.html");
      const file = path.join(dir, ...rel.split("/").filter((s) => s && s !== ".."));
      const st = await stat(file).catch(() => null);
      if (!st?.isFile()) {
        res.writeHead(404).end("not found");
        return;
      }
      res.writeHead(200, { "content-type": TYPES[path.extname(file)] ?? "application/octet-stream" }).end(await readFile(file));
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  return { url: new URL(`http://127.0.0.1:${port}/`), close: () => new Promise((resolve) => server.close(() => resolve())) };
}
