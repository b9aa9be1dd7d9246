// Checks of an exported site folder shared by the export tests: every file, and every relative link
// and image of every page that does not lead to a file of the site.
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { JSDOM } from "jsdom";

/** Every file under `dir` ("/"-separated, relative), sorted. */
export async function filesOf(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join("/"))
    .sort();
}

/** Path → bytes of every file under `dir`. */
export async function snapshot(dir: string): Promise<Map<string, Buffer>> {
  const out = new Map<string, Buffer>();
  for (const f of await filesOf(dir)) out.set(f, await readFile(path.join(dir, ...f.split("/"))));
  return out;
}

/** Relative URLs (href, src) of the HTML pages and the feed of the site that do not resolve to one of its files. */
export async function brokenLinks(dir: string): Promise<string[]> {
  const files = new Set(await filesOf(dir));
  const broken: string[] = [];
  const check = (from: string, url: string) => {
    if (/^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith("#")) return;
    const target = decodeURIComponent(new URL(url, `file:///site/${from}`).pathname).replace(/^\/site\//, "");
    if (!files.has(target)) broken.push(`${from} → ${url}`);
  };
  for (const f of files) {
    if (f.endsWith(".html")) {
      const { document } = new JSDOM(await readFile(path.join(dir, f), "utf8")).window;
      for (const el of document.querySelectorAll("[href], [src]")) check(f, el.getAttribute("href") ?? el.getAttribute("src") ?? "");
    } else if (f.endsWith(".xml")) {
      const { document } = new JSDOM(await readFile(path.join(dir, f), "utf8"), { contentType: "application/xml" }).window;
      for (const el of document.querySelectorAll("link[href]")) check(f, el.getAttribute("href") ?? "");
    }
  }
  return broken;
}
