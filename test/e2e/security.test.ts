// A post is untrusted content (imported, synced, pasted): nothing in it may run, in the preview or
// anywhere else in the app. The page has a CSP; the preview is a sandboxed frame without scripts.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { mkdir, writeFile } from "node:fs/promises";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import type { Request } from "playwright";
import {
  editorText,
  openPost,
  postText,
  removeDir,
  startEnv,
  tempDir,
  ui,
  waitFor,
  waitForApp,
  waitForListed,
  waitOnPurpose,
  type Env,
} from "./harness/index.js";

const TITLE = `<img src=x onerror="window.__pwned='title';document.title='pwned'">見出し`;
const PAYLOADS = [
  "# 安全性テスト",
  "",
  `<img src=x onerror="window.__pwned='img';document.title='pwned'">`,
  "",
  `<script>window.__pwned='script';document.title='pwned'</script>`,
  "",
  `[x](javascript:window.__pwned='link';document.title='pwned')`,
  "",
  `<iframe srcdoc="<script>parent.window.__pwned='iframe';parent.document.title='pwned'</script>"></iframe>`,
  "",
  "最後の段落。",
  "",
].join("\n");

let env: Env;
let journalDir = "";
const dialogs: string[] = [];

before(
  async () => {
    // The hostile post is in the journal before the app starts, as if synced from elsewhere.
    journalDir = await tempDir("journal-xss");
    await mkdir(join(journalDir, "posts", "2024"), { recursive: true });
    await writeFile(
      join(journalDir, "posts", "2024", "2024-01-01-xss.md"),
      postText({ title: TITLE, date: "2024-01-01T09:00:00+09:00" }, PAYLOADS),
    );
    env = await startEnv({ journalDir });
    env.page.on("dialog", (d) => {
      dialogs.push(`${d.type()}: ${d.message()}`);
      void d.dismiss();
    });
  },
  { timeout: 60_000 },
);

after(
  async () => {
    await env?.close();
    if (journalDir) await removeDir(journalDir);
  },
  { timeout: 30_000 },
);

/** Fails if any script of the post ran, anywhere in the app page. */
async function assertNothingRan(when: string): Promise<void> {
  const { page } = env;
  assert.notEqual(await page.title(), "pwned", `page title ${when}`);
  assert.equal(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned ?? null), null, `window.__pwned ${when}`);
  assert.deepEqual(dialogs, [], `dialogs ${when}`);
  // Inside every frame too (the preview and anything in it): a handler there would set its own window's flag.
  for (const frame of page.frames()) {
    const seen = await frame.evaluate(() => ({
      flag: (window as unknown as { __pwned?: unknown }).__pwned ?? null,
      title: document.title,
    }));
    assert.equal(seen.flag, null, `window.__pwned in frame ${frame.url().slice(0, 60)} ${when}`);
    assert.notEqual(seen.title, "pwned", `document.title in frame ${frame.url().slice(0, 60)} ${when}`);
  }
}

test("the app page is served with a Content-Security-Policy that forbids inline scripts", async () => {
  const res = await fetch(env.server.url);
  assert.equal(res.status, 200);
  const csp = res.headers.get("content-security-policy");
  assert.ok(csp, "a Content-Security-Policy header on the app page");
  const directives = new Map(
    csp
      .split(";")
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map((d) => [d[0]!, d.slice(1)]),
  );
  const scripts = directives.get("script-src") ?? directives.get("default-src");
  assert.ok(scripts, `script-src or default-src in ${csp}`);
  assert.ok(!scripts.includes("'unsafe-inline'"), `no 'unsafe-inline' scripts: ${csp}`);
  assert.ok(!scripts.includes("*"), `no wildcard script source: ${csp}`);
});

test("the journal API answers only requests that carry the token", async () => {
  const url = new URL(env.server.url);
  const token = url.searchParams.get("token") ?? "";
  const call = (headers: Record<string, string>) =>
    fetch(new URL("/api/listPosts", url.origin), {
      method: "POST",
      headers: { "Content-Type": "application/json", ...headers },
      body: "{}",
    });
  const without = await call({});
  assert.ok([401, 403].includes(without.status), `no token: refused, got HTTP ${without.status}`);
  assert.ok(!(await without.text()).includes("見出し"), "no post data without the token");
  const wrong = await call({ "X-Tsuzuri-Token": token.replace(/.$/, (c) => (c === "A" ? "B" : "A")) });
  assert.ok([401, 403].includes(wrong.status), `wrong token: refused, got HTTP ${wrong.status}`);
  const right = await call({ "X-Tsuzuri-Token": token });
  assert.equal(right.status, 200, "the right token is accepted");
  assert.ok((await right.text()).includes("見出し"), "and gets the posts");
});

test("the hostile title is shown as text in the list, and nothing runs", { timeout: 30_000 }, async () => {
  const { page } = env;
  const item = ui(page).postItem("見出し");
  await item.first().waitFor({ state: "visible" });
  assert.ok((await item.first().textContent())?.includes(`<img src=x onerror=`), "the title's markup is shown literally");
  assert.equal(await ui(page).posts.locator("img").count(), 0, "no <img> made from the title");
  await assertNothingRan("after listing the post");
});

test("opening the post: its HTML is inert in the preview, and the preview frame cannot run scripts", { timeout: 60_000 }, async () => {
  const { page } = env;
  const u = ui(page);
  await openPost(page, TITLE);
  assert.ok((await editorText(page)).includes("<script>"), "the editor shows the source as text");
  const preview = u.preview;
  await preview.getByText("最後の段落。").waitFor({ state: "visible" });
  await preview.getByRole("heading", { name: "安全性テスト" }).waitFor();

  const sandbox = await u.previewIframe.getAttribute("sandbox");
  assert.notEqual(sandbox, null, "the preview iframe has a sandbox attribute");
  assert.ok(!sandbox!.split(/\s+/).includes("allow-scripts"), `the sandbox does not allow scripts: "${sandbox}"`);

  // The sanitizer's part (defence in depth behind the sandbox): no handlers, scripts or frames left.
  assert.equal(await preview.locator("[onerror]").count(), 0, "no onerror attribute in the preview");
  assert.equal(await preview.locator("script").count(), 0, "no <script> in the preview");
  assert.equal(await preview.locator("iframe").count(), 0, "no nested <iframe> in the preview");
  const hrefs = await preview.locator("a[href]").evaluateAll((as) => as.map((a) => a.getAttribute("href") ?? ""));
  assert.ok(!hrefs.some((h) => /^\s*javascript:/i.test(h)), `no javascript: link: ${JSON.stringify(hrefs)}`);

  // Give handlers every chance (images failing to load, frames loading) before looking.
  await waitOnPurpose(1_000);
  assert.ok(page.frames().length >= 2, "the preview frame is among the frames checked");
  await assertNothingRan("after rendering the preview");
});

test("clicking the javascript: link in the preview runs nothing and leaves the app where it was", { timeout: 30_000 }, async (t) => {
  const { page } = env;
  const u = ui(page);
  const url = page.url();
  // The sanitizer may keep a link without its href, or Markdown may leave the whole thing as text:
  // either way, click what the reader sees.
  const link = u.preview.getByRole("link", { name: "x", exact: true });
  const target = (await link.count()) ? link.first() : u.preview.getByText("javascript:", { exact: false }).first();
  if (!(await link.count())) t.diagnostic("the javascript: link is shown as plain text (no link to click); clicking that text");
  await target.waitFor({ state: "visible" });
  await target.click();
  await waitOnPurpose(1_000);
  await assertNothingRan("after clicking the link");
  assert.equal(page.url(), url, "the app page did not navigate");
  await waitFor(() => u.previewIframe.isVisible(), { message: "the preview still there" });
  await u.preview.getByText("最後の段落。").waitFor({ state: "visible" });
});

test(
  "a program on another port of 127.0.0.1 that the browser visits receives no token: no cookie carries it",
  { timeout: 30_000 },
  async () => {
    const { page } = env;
    const token = new URL(env.server.url).searchParams.get("token") ?? "";
    assert.ok(token.length >= 40, "the printed address carries the token");
    // Another local program: a plain HTTP server on another loopback port, logging what the browser sends it.
    const seen: string[] = [];
    const spy = createServer((req, res) => {
      seen.push(JSON.stringify(req.headers));
      res.end("hello");
    });
    await new Promise<void>((resolve) => spy.listen(0, "127.0.0.1", resolve));
    try {
      const port = (spy.address() as AddressInfo).port;
      const cookies = await page.context().cookies();
      assert.ok(!cookies.some((c) => c.value.includes(token)), `no cookie holds the token: ${JSON.stringify(cookies.map((c) => c.name))}`);
      const other = await page.context().newPage();
      try {
        await other.goto(`http://127.0.0.1:${port}/`);
        await page.evaluate(
          (p) => fetch(`http://127.0.0.1:${p}/from-the-app`, { mode: "no-cors", credentials: "include" }).catch(() => null),
          port,
        );
      } finally {
        await other.close();
      }
      assert.ok(seen.length >= 1, "the browser reached the other program");
      for (const headers of seen) assert.ok(!headers.includes(token), `the other program got no token: ${headers}`);
    } finally {
      await new Promise<void>((resolve) => spy.close(() => resolve()));
    }
  },
);

test(
  "after a reload the app still works, and live updates still arrive over an event stream opened with a one-time ticket",
  { timeout: 60_000 },
  async () => {
    const { page } = env;
    const token = new URL(env.server.url).searchParams.get("token") ?? "";
    const streams: string[] = [];
    const onRequest = (r: Request) => {
      if (new URL(r.url()).pathname === "/api/events") streams.push(r.url());
    };
    page.on("request", onRequest);
    try {
      await page.reload();
      await waitForApp(page);
      assert.ok(!page.url().includes(token), "the token is not in the address bar after the reload");
      await waitForListed(page, "見出し", true, 10_000);
      // A post dropped into the folder reaches the page only through the event stream.
      await writeFile(
        join(journalDir, "posts", "2024", "2024-02-02-live.md"),
        postText({ title: "再読み込み後の投稿", date: "2024-02-02T09:00:00+09:00" }, "本文。\n"),
      );
      await waitForListed(page, "再読み込み後の投稿", true, 10_000);
    } finally {
      page.off("request", onRequest);
    }
    assert.ok(streams.length >= 1, "the page opened the event stream");
    for (const url of streams) {
      assert.match(url, /[?&]ticket=[A-Za-z0-9_-]{43}$/, "the stream is opened with a ticket");
      assert.ok(!url.includes(token), "and not with the token");
    }
    assert.deepEqual(
      (await page.context().cookies()).map((c) => c.name),
      [],
      "still no cookie",
    );
  },
);
