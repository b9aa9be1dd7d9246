// Export and import through the app's operations, as the renderer calls them: the files appear on
// disk, imported posts are listed and searchable at once, progress is reported (throttled), one task
// runs at a time, and a cancelled task says so.
import assert from "node:assert/strict";
import { access, copyFile, mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { test } from "node:test";
import type { EventPayload, ImportReport } from "../../../core/contract/index.js";
import { createApp } from "../../../core/node/app/index.js";
import { TaskRunner, TASK_PROGRESS_INTERVAL_MS } from "../../../core/node/app/tasks.js";
import { openApp, tempDir } from "./helpers.js";

const HATENA = path.resolve(import.meta.dirname, "../../fixtures/import/hatena/tsuzuri-test.hatenablog.com.export.txt");

async function journalWith(posts: Record<string, string>): Promise<string> {
  const dir = await tempDir("tsuzuri-transfer-");
  for (const [rel, text] of Object.entries(posts)) {
    await mkdir(path.dirname(path.join(dir, rel)), { recursive: true });
    await writeFile(path.join(dir, rel), text);
  }
  return dir;
}

const POSTS = {
  "posts/2019/2019-07-24-cndt.md":
    "---\ntitle: カンファレンス2日目\ndate: 2019-07-24T21:30:00+09:00\ntags: [kubernetes]\n---\n\n- 一段目\n  - 二段目\n",
  "posts/2019/2019-08-02-nikujaga.md": "---\ntitle: 肉じゃが\ndate: 2019-08-02T19:00:00+09:00\ntags: [料理]\n---\n\n母のレシピ。\n",
};

test("exportSite writes the site with throttled progress events; exportPost writes one file", async () => {
  const t = await openApp(await journalWith(POSTS));
  const progress: EventPayload<"taskProgress">[] = [];
  t.app.onEvent((event, payload) => event === "taskProgress" && progress.push(payload as EventPayload<"taskProgress">));
  const out = path.join(await tempDir("tsuzuri-site-"), "site");
  const site = await t.call("exportSite", { dir: out });
  assert.equal(site.outDir, out);
  assert.equal(site.posts, 2);
  assert.ok(site.written.includes("index.html"));
  assert.match(await readFile(path.join(out, "index.html"), "utf8"), /肉じゃが/);
  assert.ok(progress.length > 0 && progress.every((p) => p.task === "export"), "export progress was reported");

  const again = await t.call("exportSite", { dir: out });
  assert.equal(again.written.length, 0, "nothing changed: nothing rewritten");
  assert.ok(again.unchanged > 0);

  const file = path.join(await tempDir("tsuzuri-one-"), "cndt.html");
  const one = await t.call("exportPost", { path: "posts/2019/2019-07-24-cndt.md", file });
  assert.equal(one.file, file);
  assert.match(await readFile(file, "utf8"), /二段目/);
});

test("an export refuses a relative path, a foreign file (unless overwrite) and the journal itself", async () => {
  const t = await openApp(await journalWith(POSTS));
  await assert.rejects(
    t.call("exportSite", { dir: "site" }),
    (e: { code?: string; message: string }) => e.code === "invalid-argument" && /full path/.test(e.message),
  );
  await assert.rejects(t.call("exportSite", { dir: t.journalDir }), /outside the journal/);
  const file = path.join(await tempDir("tsuzuri-one-"), "mine.html");
  await writeFile(file, "my own page");
  await assert.rejects(
    t.call("exportPost", { path: "posts/2019/2019-08-02-nikujaga.md", file }),
    (e: { code?: string }) => e.code === "exists",
  );
  assert.equal(await readFile(file, "utf8"), "my own page");
  await t.call("exportPost", { path: "posts/2019/2019-08-02-nikujaga.md", file, overwrite: true });
  assert.match(await readFile(file, "utf8"), /母のレシピ/);
});

test("import: a dry run writes nothing; the import lists and indexes the posts at once; again, all skipped", async () => {
  const t = await openApp(await journalWith(POSTS));
  const source = path.join(await tempDir("tsuzuri-src-"), "blog.export.txt");
  await copyFile(HATENA, source);
  const seen: string[] = [];
  t.app.onEvent((event, payload) => event === "postChanged" && seen.push((payload as EventPayload<"postChanged">).post.title));

  const dry = await t.call("importSource", { source, dryRun: true });
  assert.equal(dry.dryRun, true);
  assert.equal(dry.format, "mt");
  assert.ok(dry.imported >= 5, `entries to create: ${dry.imported}`);
  assert.equal(dry.failed.length, 1, "the entry with a broken date fails, with its reason");
  assert.match(dry.failed[0]!.reason, /DATE/);
  assert.equal((await t.call("listPosts")).length, 2, "a dry run creates nothing");

  const real: ImportReport = await t.call("importSource", { source, format: "mt", tz: "Asia/Tokyo" });
  assert.equal(real.imported, dry.imported);
  const titles = (await t.call("listPosts")).map((p) => p.title);
  assert.equal(titles.length, 2 + real.imported, "the journal lists the imported posts without waiting for the watcher");
  assert.ok(titles.includes("週末の作り置き：鶏むね肉のハーブ焼き"));
  assert.ok(seen.includes("週末の作り置き：鶏むね肉のハーブ焼き"), "the renderer is told of each new post");
  const found = await t.call("search", { query: "ハーブ焼き" });
  assert.ok(found.total >= 1, "the search index has the imported posts");

  const again = await t.call("importSource", { source });
  assert.equal(again.imported, 0);
  assert.equal(again.skipped, real.imported, "importing again skips every post as a duplicate");
  assert.equal((await t.call("listPosts")).length, 2 + real.imported);
});

test("one task at a time: a second is refused while the first runs; cancelling ends it as cancelled", async () => {
  const dir = await journalWith({});
  for (let i = 0; i < 400; i++) {
    await writeFile(
      path.join(dir, `post-${i}.md`),
      `---\ntitle: Post ${i}\ndate: 2020-01-01T00:00:00+09:00\n---\n\n${"本文。".repeat(200)}\n`,
    );
  }
  const t = await openApp(dir);
  const out = path.join(await tempDir("tsuzuri-site-"), "site");
  const first = t.call("exportSite", { dir: out });
  const second = t.call("importSource", { source: HATENA, dryRun: true });
  await assert.rejects(second, (e: { code?: string; message: string }) => e.code === "busy" && /export is already running/.test(e.message));
  assert.deepEqual(await t.call("cancelTask", { task: "export" }), { cancelled: true });
  await assert.rejects(first, (e: { code?: string; message: string }) => e.code === "cancelled" && /cancelled/.test(e.message));
  assert.deepEqual(await t.call("cancelTask", { task: "export" }), { cancelled: false }, "nothing left to cancel");
  // The runner is free again.
  const done = await t.call("exportSite", { dir: out });
  assert.equal(done.posts, 400);
  await access(path.join(out, "index.html"));
});

test("pickPath and showInFolder use the host's dialogs, or say the host has none", async () => {
  const t = await openApp();
  assert.deepEqual(await t.call("pickPath", { purpose: "import-source" }), { supported: false, path: null });
  assert.deepEqual(await t.call("showInFolder", { path: "/tmp" }), { shown: false });

  const asked: unknown[] = [];
  const app = await createApp({
    journalDir: await tempDir(),
    userDataDir: await tempDir("tsuzuri-app-user-"),
    host: {
      kind: "electron",
      lang: null,
      assetBase: "tsuzuri://app/journal/",
      pickPath: async (purpose, suggestedName) => (
        asked.push([purpose, suggestedName]),
        purpose === "export-file" ? "/home/me/a.html" : null
      ),
      showInFolder: async (p) => (asked.push(p), true),
    },
  });
  try {
    assert.deepEqual(await app.dispatch("pickPath", { purpose: "export-file", suggestedName: "a.html" }), {
      ok: true,
      value: { supported: true, path: "/home/me/a.html" },
    });
    assert.deepEqual(await app.dispatch("pickPath", { purpose: "export-folder" }), { ok: true, value: { supported: true, path: null } });
    assert.deepEqual(await app.dispatch("showInFolder", { path: "/home/me/a.html" }), { ok: true, value: { shown: true } });
    assert.deepEqual(asked, [["export-file", "a.html"], ["export-folder", undefined], "/home/me/a.html"]);
    const bad = await app.dispatch("pickPath", { purpose: "anything" });
    assert.equal(bad.ok, false);
  } finally {
    await app.close();
  }
});

test("progress reaches the renderer at most ten times a second, the latest step last", async () => {
  const sent: { done: number; at: number }[] = [];
  const runner = new TaskRunner(
    ((event: string, payload: EventPayload<"taskProgress">) =>
      event === "taskProgress" && sent.push({ done: payload.done, at: Date.now() })) as never,
  );
  const started = Date.now();
  await runner.run("import", async ({ progress }) => {
    for (let i = 1; i <= 3000; i++) {
      progress({ phase: "importing", done: i, total: 3000 });
      if (i % 100 === 0) await new Promise((r) => setTimeout(r, 10));
    }
    await new Promise((r) => setTimeout(r, TASK_PROGRESS_INTERVAL_MS + 20));
  });
  const seconds = (Date.now() - started) / 1000;
  assert.ok(sent.length >= 2, "progress was reported");
  assert.ok(sent.length <= Math.ceil(seconds * 10) + 1, `${sent.length} events in ${seconds.toFixed(2)} s`);
  for (let i = 1; i < sent.length; i++) assert.ok(sent[i]!.at - sent[i - 1]!.at >= TASK_PROGRESS_INTERVAL_MS - 5, "events are spaced");
  assert.equal(sent.at(-1)!.done, 3000, "the last step is not lost");
});

test("a host without a printer (serve) says so: hostInfo.pdf is false and exportPdf is refused as unsupported, writing nothing", async () => {
  const t = await openApp(await journalWith(POSTS));
  assert.equal((await t.call("hostInfo")).pdf, false);
  const file = path.join(await tempDir("tsuzuri-pdf-"), "cndt.pdf");
  await assert.rejects(
    t.call("exportPdf", { path: "posts/2019/2019-07-24-cndt.md", file }),
    (e: { code?: string; message: string }) => e.code === "unsupported" && /Save as PDF/.test(e.message),
  );
  await assert.rejects(access(file), "no file");
});

test("exportPdf with a host's printer prints the print view's page and writes its bytes; a failed print leaves no file", async () => {
  const pages: string[] = [];
  const pdf = Buffer.from("%PDF-1.7\n%%EOF\n", "latin1");
  let fail = false;
  const app = await createApp({
    journalDir: await journalWith(POSTS),
    userDataDir: await tempDir("tsuzuri-app-user-"),
    host: {
      kind: "electron",
      lang: null,
      assetBase: "/files/",
      printToPdf: async (html) => {
        if (fail) throw new Error("printer on fire");
        pages.push(html);
        return pdf;
      },
    },
  });
  try {
    const info = await app.dispatch("hostInfo", {});
    assert.ok(info.ok && (info.value as { pdf: boolean }).pdf);
    const dir = await tempDir("tsuzuri-pdf-");
    const file = path.join(dir, "sub", "cndt.pdf");
    const reply = await app.dispatch("exportPdf", { path: "posts/2019/2019-07-24-cndt.md", file });
    assert.ok(reply.ok, JSON.stringify(reply));
    assert.deepEqual(await readFile(file), pdf);
    const view = await app.dispatch("printView", { path: "posts/2019/2019-07-24-cndt.md" });
    assert.ok(view.ok);
    assert.deepEqual(pages, [(view.value as { html: string }).html], "the page printed is the print view's");
    fail = true;
    const failed = await app.dispatch("exportPdf", { path: "posts/2019/2019-07-24-cndt.md", file: path.join(dir, "other.pdf") });
    assert.ok(!failed.ok && failed.error.code === "io" && /printer on fire/.test(failed.error.message));
    await assert.rejects(access(path.join(dir, "other.pdf")), "no file after a failed print");
  } finally {
    await app.close();
  }
});
