// Exports publish no active content and touch nothing outside the journal and the chosen folder:
// scripted SVGs are made inert (or left out), a link to a shown image never becomes a data: link,
// image and link paths that climb out of the journal are dropped with a warning, and a folder
// holding only dot-files (a home folder) is refused.
import { describe, test, before, after } from "node:test";
import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { JSDOM } from "jsdom";
import { TsuzuriError } from "../../../core/contract/index.js";
import { exportPost, exportSite, MANIFEST_FILE } from "../../../core/node/export/index.js";
import { Journal } from "../../../core/node/store/index.js";
import { PNG, tempFolder } from "./fixture.js";
import { filesOf } from "./site-check.js";

const SCRIPTED_SVG = `<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="10" height="10" onload="alert(1)">
<script>alert(2)</script>
<defs><circle id="dot" r="2"/></defs>
<rect width="10" height="10" fill="red"/><use xlink:href="#dot"/>
<a xlink:href="javascript:alert(3)"><text y="9">x &amp; y</text></a>
<foreignObject><div xmlns="http://www.w3.org/1999/xhtml"><img src="x" onerror="alert(4)"/></div></foreignObject>
<set attributeName="href" to="javascript:alert(5)"/>
<image href="https://tracker.example/p.png"/>
</svg>
`;
const BROKEN_SVG = `<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script><rect></svg>`;

let root: { dir: string; cleanup: () => Promise<void> };
let journalDir: string;
let n = 0;
const outDir = () => path.join(root.dir, `out-${++n}`);

before(async () => {
  root = await tempFolder("hostile");
  journalDir = path.join(root.dir, "journal");
  await mkdir(path.join(journalDir, "posts", "img"), { recursive: true });
  await writeFile(path.join(journalDir, "posts", "img", "evil.svg"), SCRIPTED_SVG);
  await writeFile(path.join(journalDir, "posts", "img", "broken.svg"), BROKEN_SVG);
  await writeFile(path.join(journalDir, "posts", "img", "photo.png"), PNG);
  await writeFile(path.join(root.dir, "secret.png"), PNG);
  await writeFile(
    path.join(journalDir, "posts", "svg.md"),
    "---\ntitle: SVG\ndate: 2021-01-01\n---\n\n![図](img/evil.svg) [開く](img/evil.svg) ![壊れた図](img/broken.svg) [壊れた](img/broken.svg)\n",
  );
  await writeFile(
    path.join(journalDir, "posts", "photo.md"),
    "---\ntitle: Photo\ndate: 2021-01-02\n---\n\n[![写真](img/photo.png)](img/photo.png)\n",
  );
  await writeFile(
    path.join(journalDir, "posts", "climb.md"),
    "---\ntitle: Climb\ndate: 2021-01-03\n---\n\n![外](../../secret.png) ![外2](..\\..\\secret.png) [外のリンク](../../../etc/passwd) ![中](img/photo.png)\n",
  );
});
after(() => root.cleanup());

async function withJournal<T>(fn: (j: Journal) => Promise<T>): Promise<T> {
  const journal = await Journal.open(journalDir);
  try {
    return await fn(journal);
  } finally {
    await journal.close();
  }
}

/** Every element and attribute of an SVG document that can run script, navigate or load something. */
function activeParts(svg: string): string[] {
  const { document } = new JSDOM(svg, { contentType: "image/svg+xml" }).window;
  const found: string[] = [];
  if (document.querySelector("parsererror")) found.push("not well-formed");
  if (document.documentElement.namespaceURI !== "http://www.w3.org/2000/svg") found.push("not an SVG document");
  for (const el of document.querySelectorAll("*")) {
    if (["script", "foreignobject", "set", "animate", "iframe", "object", "embed"].includes(el.localName.toLowerCase()))
      found.push(`<${el.localName}>`);
    for (const a of el.attributes) {
      if (/^on/i.test(a.name)) found.push(`${a.name}=`);
      if (/(^|:)href$/i.test(a.name) && !a.value.startsWith("#")) found.push(`${a.name}="${a.value}"`);
    }
  }
  return found;
}

describe("an exported site publishes no active content", () => {
  test("a scripted SVG is copied with its scripts, handlers and outside references removed; one that cannot be read is left out", async () => {
    const dir = outDir();
    const r = await withJournal((j) => exportSite(j, dir));
    const files = await filesOf(dir);
    assert.ok(files.includes("media/posts/img/evil.svg"));
    const copy = await readFile(path.join(dir, "media", "posts", "img", "evil.svg"), "utf8");
    assert.deepEqual(activeParts(copy), []);
    assert.match(copy, /<rect[^>]*fill="red"/, "the drawing itself is kept");
    assert.match(copy, /x &amp; y/);
    assert.ok(!files.some((f) => f.includes("broken.svg")), "an SVG that is not well-formed is not published");
    assert.match(r.warnings.join("\n"), /broken\.svg was left out/);
    const page = new JSDOM(await readFile(path.join(dir, "posts", "svg.html"), "utf8")).window.document;
    const hrefs = [...page.querySelectorAll(".tsuzuri-content a[href]")].map((a) => a.getAttribute("href"));
    assert.deepEqual(
      hrefs.filter((h) => h?.includes(".svg")),
      ["../media/posts/img/evil.svg"],
      "links go to the inert copy only",
    );
    assert.deepEqual(
      [...page.querySelectorAll(".tsuzuri-content img")].map((i) => i.getAttribute("src")),
      ["../media/posts/img/evil.svg", null],
    );
  });

  test("image and link paths that climb out of the journal are dropped, with a warning", async () => {
    const dir = outDir();
    const r = await withJournal((j) => exportSite(j, dir));
    const html = await readFile(path.join(dir, "posts", "climb.html"), "utf8");
    assert.ok(!html.includes("secret.png") && !html.includes("etc/passwd"), "no path out of the journal is left in the page");
    const { document } = new JSDOM(html).window;
    assert.deepEqual(
      [...document.querySelectorAll(".tsuzuri-content img")].map((i) => i.getAttribute("src")),
      [null, null, "../media/posts/img/photo.png"],
    );
    assert.equal(document.querySelector(".tsuzuri-content a[href]"), null);
    assert.equal(existsSync(path.join(dir, "secret.png")) || (await filesOf(dir)).some((f) => f.includes("secret")), false);
    const warnings = r.warnings.filter((w) => w.startsWith("posts/climb.md")).join("\n");
    assert.match(warnings, /\.\.\/\.\.\/secret\.png.*outside the journal/);
    assert.match(warnings, /etc\/passwd.*outside the journal/);
  });
});

describe("a single-post export", () => {
  test("a link around a shown image is not turned into a data: link; the image is embedded", async () => {
    const file = path.join(root.dir, "photo.html");
    const r = await withJournal((j) => exportPost(j, "posts/photo.md", file));
    const { document } = new JSDOM(await readFile(file, "utf8")).window;
    assert.equal(document.querySelectorAll("a[href^='data:'], a[href*='photo.png']").length, 0);
    assert.match(document.querySelector(".tsuzuri-content img")?.getAttribute("src") ?? "", /^data:image\/png;base64,/);
    assert.match(r.warnings.join("\n"), /link to posts\/img\/photo\.png was made plain text/);
  });

  test("an embedded SVG is the inert copy", async () => {
    const file = path.join(root.dir, "svg.html");
    await withJournal((j) => exportPost(j, "posts/svg.md", file));
    const { document } = new JSDOM(await readFile(file, "utf8")).window;
    const src = document.querySelector("img")?.getAttribute("src") ?? "";
    assert.match(src, /^data:image\/svg\+xml;base64,/);
    assert.deepEqual(activeParts(Buffer.from(src.replace(/^[^,]*,/, ""), "base64").toString("utf8")), []);
    assert.equal(document.querySelectorAll("a[href^='data:']").length, 0);
  });
});

describe("the output folder", () => {
  test("a folder holding only dot-files (a home folder) is refused and left as it was", async () => {
    const home = outDir();
    await mkdir(path.join(home, ".config"), { recursive: true });
    await writeFile(path.join(home, ".bashrc"), "export PATH\n");
    await assert.rejects(
      withJournal((j) => exportSite(j, home)),
      (e: unknown) => e instanceof TsuzuriError && e.code === "exists" && /not empty/.test(e.message),
    );
    assert.deepEqual((await filesOf(home)).sort(), [".bashrc"]);
    assert.ok(!existsSync(path.join(home, MANIFEST_FILE)));
  });

  test("a folder holding an earlier export (and dot-files added since) is exported into again", async () => {
    const dir = outDir();
    await withJournal((j) => exportSite(j, dir));
    await writeFile(path.join(dir, ".nojekyll"), "");
    const r = await withJournal((j) => exportSite(j, dir));
    assert.deepEqual(r.written, []);
    assert.ok(existsSync(path.join(dir, ".nojekyll")));
  });
});
