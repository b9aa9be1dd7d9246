// Bodies rendered in the export's worker threads are the bodies the main thread renders, byte for
// byte, over the commonmark spec examples, the XSS corpus and the fixture journal; and a site whose
// bodies go through the workers (enough posts to start them) equals the preview's rendering.
import { test } from "node:test";
import assert from "node:assert/strict";
import { createRequire } from "node:module";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { exportSite } from "../../../core/node/export/index.js";
import { renderPool } from "../../../core/node/export/render-pool.js";
import { RENDER_POOL_MIN_BODIES } from "../../../core/node/export/constants.js";
import { renderMarkdown } from "../../../core/node/markdown/index.js";
import { Journal } from "../../../core/node/store/index.js";
import { FIXTURE_POSTS, tempFolder } from "./fixture.js";
import { XSS_VECTORS } from "../markdown/xss-corpus.js";
import { JSDOM } from "jsdom";

const require = createRequire(import.meta.url);

test("a body rendered by a worker is the body the main thread renders", async () => {
  const spec = require("commonmark-spec") as { tests: { markdown: string }[] };
  const bodies = [
    ...Object.values(FIXTURE_POSTS),
    ...XSS_VECTORS.map((v) => v.markdown),
    ...spec.tests.filter((_, i) => i % 5 === 0).map((t) => t.markdown.replace(/→/g, "\t")),
  ];
  const pool = renderPool(2);
  try {
    const fromWorkers = await Promise.all(bodies.map((b) => pool.render(b)));
    for (const [i, b] of bodies.entries()) assert.equal(fromWorkers[i], renderMarkdown(b).html, b.slice(0, 80));
  } finally {
    await pool.close();
  }
});

test("a site of enough posts to render them in workers has the preview's bodies", async () => {
  const root = await tempFolder("pool");
  try {
    const journalDir = path.join(root.dir, "journal");
    await mkdir(path.join(journalDir, "posts"), { recursive: true });
    const bodies: string[] = [];
    for (let i = 0; i < RENDER_POOL_MIN_BODIES + 2; i++) {
      const body = `## 見出し ${i}\n\n本文 ${i} と **強調** と \`code\`。\n\n\`\`\`ts\nconst n: number = ${i};\n\`\`\`\n\n- [ ] やること ${i}\n`;
      bodies.push(body);
      await writeFile(
        path.join(journalDir, "posts", `p${String(i).padStart(3, "0")}.md`),
        `---\ntitle: 記事 ${i}\ndate: 2021-01-${String((i % 28) + 1).padStart(2, "0")}\n---\n\n${body}`,
      );
    }
    const journal = await Journal.open(journalDir);
    const out = path.join(root.dir, "site");
    // Two workers whatever the machine's load (by default, a busy machine renders on the main thread).
    process.env.TSUZURI_EXPORT_WORKERS = "2";
    try {
      await exportSite(journal, out);
    } finally {
      delete process.env.TSUZURI_EXPORT_WORKERS;
      await journal.close();
    }
    for (const [i, body] of bodies.entries()) {
      const page = new JSDOM(await readFile(path.join(out, "posts", `p${String(i).padStart(3, "0")}.html`), "utf8")).window.document;
      const content = page.querySelector(".tsuzuri-content");
      for (const box of content?.querySelectorAll("input[aria-label]") ?? []) box.removeAttribute("aria-label");
      assert.equal(
        content?.innerHTML.trim(),
        new JSDOM(`<body>${renderMarkdown(body).html}</body>`).window.document.body.innerHTML.trim(),
        `post ${i}`,
      );
    }
  } finally {
    await root.cleanup();
  }
});
