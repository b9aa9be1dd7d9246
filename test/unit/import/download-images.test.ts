// --download-images against a local HTTP server on 127.0.0.1 (started here; nothing else is asked):
// the images of a Hatena export land under assets/<post>/ with their bytes, the post links them there
// with its alt text; an image that 404s, redirects or is no image keeps its URL with a warning.
import assert from "node:assert/strict";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { after, before, test } from "node:test";
import { importSource } from "../../../core/node/import/index.js";
import { ImageDownloader } from "../../../core/node/import/image-downloads.js";
import { pngOf } from "../assets/images.js";
import { allFiles, tempDir } from "./helpers.js";

const PNG = pngOf(5, 4);
const OTHER = pngOf(3, 3, [200, 40, 90]);
let server: Server;
let base = "";
const requested: string[] = [];

before(async () => {
  server = createServer((req, res) => {
    requested.push(req.url ?? "");
    if (req.url === "/fotolife/dinner.png") res.writeHead(200, { "Content-Type": "image/png" }).end(PNG);
    else if (req.url === "/fotolife/%E3%81%8A%E7%9A%BF.png") res.writeHead(200, { "Content-Type": "image/png" }).end(OTHER);
    else if (req.url === "/moved.png") res.writeHead(302, { Location: "/fotolife/dinner.png" }).end();
    else if (req.url === "/slow.png") setTimeout(() => res.writeHead(200).end(PNG), 2_000);
    else if (req.url === "/page.png") res.writeHead(200, { "Content-Type": "image/png" }).end("<html>not an image</html>");
    else res.writeHead(404).end("not found");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

after(() => new Promise<void>((resolve) => server.close(() => resolve())));

function entry(title: string, basename: string, body: string): string {
  return `AUTHOR: me\nTITLE: ${title}\nBASENAME: ${basename}\nSTATUS: Publish\nCONVERT BREAKS: 0\nDATE: 12/03/2026 19:30:00\n-----\nBODY:\n${body}\n-----\n--------\n`;
}

async function exportFile(text: string): Promise<string> {
  const file = path.join(await tempDir(), "me.hatenablog.com.export.txt");
  await writeFile(file, text);
  return file;
}

test("web images are downloaded into assets/<post>/ and linked with their alt text; failures keep their URL with a warning", async () => {
  requested.length = 0;
  const source = await exportFile(
    entry(
      "今日の夕飯",
      "2026/12/03/193000",
      `<p>焼き魚。</p><p><img src="${base}/fotolife/dinner.png" alt="焼き魚の写真"></p>` +
        `<p><img src="${base}/fotolife/%E3%81%8A%E7%9A%BF.png" alt="お皿"></p>` +
        `<p><img src="${base}/missing.png" alt="消えた写真"></p>` +
        `<p><img src="${base}/moved.png" alt="移動"></p><p><img src="${base}/page.png" alt="偽物"></p>` +
        `<p><a href="${base}/link-only.png">リンク</a> <img src="data:image/png;base64,AAAA" alt="data"></p>`,
    ) + entry("翌日", "2026/12/04/080000", `<p>同じ写真：<img src="${base}/fotolife/dinner.png" alt="再掲"></p>`),
  );
  const dir = await tempDir();
  const report = await importSource(source, { dir }, { downloadImages: true });
  assert.equal(report.imported, 2);
  assert.equal(report.assets, 2, "two images written: the one used twice is downloaded once");
  const first = report.items.find((i) => i.entry.includes("今日の夕飯"))!;
  const stem = path.basename(first.path!, ".md");
  const text = await readFile(path.join(dir, first.path!), "utf8");
  assert.match(text, new RegExp(`!\\[焼き魚の写真\\]\\(\\.\\./\\.\\./assets/${stem}/dinner\\.png\\)`));
  assert.match(text, new RegExp(`!\\[お皿\\]\\(\\.\\./\\.\\./assets/${stem}/お皿\\.png\\)`));
  assert.ok(text.includes(`![消えた写真](${base}/missing.png)`), "a 404 keeps its URL");
  assert.ok(text.includes(`![移動](${base}/moved.png)`), "a redirect is not followed");
  assert.ok(text.includes(`![偽物](${base}/page.png)`), "bytes that are no image are not kept");
  assert.ok(text.includes(`[リンク](${base}/link-only.png)`), "links are not downloaded");
  assert.deepEqual(await readFile(path.join(dir, "assets", stem, "dinner.png")), PNG);
  assert.deepEqual(await readFile(path.join(dir, "assets", stem, "お皿.png")), OTHER);
  const warnings = first.warnings ?? [];
  assert.ok(
    warnings.some((w) => w.includes(`${base}/missing.png`) && /404/.test(w)),
    JSON.stringify(warnings),
  );
  assert.ok(
    warnings.some((w) => w.includes(`${base}/moved.png`) && /redirects/.test(w)),
    JSON.stringify(warnings),
  );
  assert.ok(
    warnings.some((w) => w.includes(`${base}/page.png`) && /not an image/.test(w)),
    JSON.stringify(warnings),
  );

  const second = report.items.find((i) => i.entry.includes("翌日"))!;
  assert.match(
    await readFile(path.join(dir, second.path!), "utf8"),
    new RegExp(`!\\[再掲\\]\\(\\.\\./\\.\\./assets/${stem}/dinner\\.png\\)`),
    "the second post links the copy the first one got",
  );
  assert.deepEqual(
    [...requested].sort(),
    ["/fotolife/%E3%81%8A%E7%9A%BF.png", "/fotolife/dinner.png", "/missing.png", "/moved.png", "/page.png"],
    "each image URL asked once, nothing else",
  );
});

test("without the option, or in a dry run, nothing is requested and the URLs stay", async () => {
  requested.length = 0;
  const source = await exportFile(entry("写真", "2026/12/05/120000", `<p><img src="${base}/fotolife/dinner.png" alt="写真"></p>`));
  const dry = await importSource(source, { dir: await tempDir() }, { downloadImages: true, dryRun: true });
  assert.equal(dry.assets, 0);
  const dir = await tempDir();
  const report = await importSource(source, { dir });
  assert.ok((await readFile(path.join(dir, report.items[0]!.path!), "utf8")).includes(`![写真](${base}/fotolife/dinner.png)`));
  assert.deepEqual(requested, []);
  assert.ok(!(await allFiles(dir)).some((f) => f.startsWith("assets/")));
});

test("an image too slow or too big is given up with a warning, within its limits", async () => {
  const dir = await tempDir();
  const warnings: string[] = [];
  const downloader = new ImageDownloader(dir, { timeoutMs: 300, maxBytes: 40, concurrency: 2 });
  const started = Date.now();
  const body = `![遅い](${base}/slow.png)\n\n![大きい](${base}/fotolife/dinner.png)\n`;
  assert.equal(await downloader.localise(body, "posts/2026/x.md", (w) => warnings.push(w)), body);
  assert.ok(Date.now() - started < 1_500, "the slow one was not waited for");
  assert.equal(downloader.count, 0);
  assert.ok(
    warnings.some((w) => w.includes("/slow.png") && /too long/.test(w)),
    JSON.stringify(warnings),
  );
  assert.ok(
    warnings.some((w) => w.includes("/dinner.png") && /larger than/.test(w)),
    JSON.stringify(warnings),
  );
});
