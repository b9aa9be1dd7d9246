// Hatena Blog from the UI, against the local AtomPub server of the unit tests (real WSSE digests):
// the blog set up in the dialog (the key from HATENA_API_KEY of the serve process), a dry run that
// sends nothing, "Publish" of the open post (title, Markdown body without front matter, categories),
// the post's front matter and details then linking the entry; an edit here and on the blog → the
// Sync preview lists the conflict, and the sync sends nothing and overwrites nothing.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { readdir } from "node:fs/promises";
import { join } from "node:path";
import { JSDOM } from "jsdom";
import {
  focusBodyEnd,
  openPost,
  readPostFile,
  removeDir,
  startEnv,
  tempDir,
  waitFor,
  waitForStatus,
  writePosts,
  type Env,
} from "./harness/index.js";
import { AtomPubServer } from "../unit/hatena/atompub-server.js";

const USER = "tsuzuri-e2e";
const KEY = "e2e-k3y-n0t-a-r3al-0ne";
const TITLE = "はてなに載せる記事";
const REL = "posts/2024/2024-03-10-hatena.md";
const BODY = "今日は勉強会に行った。\n\n- 一段目\n  - 二段目\n";

let env: Env;
let journal = "";
let blog: AtomPubServer;

before(
  async () => {
    blog = await new AtomPubServer(USER, KEY).start();
    journal = await tempDir("hatena");
    await writePosts(journal, { [REL]: `---\ntitle: ${TITLE}\ndate: 2024-03-10T20:00:00+09:00\ntags: [日記, 勉強会]\n---\n\n${BODY}` });
    env = await startEnv({ journalDir: journal, env: { HATENA_API_KEY: KEY } });
  },
  { timeout: 60_000 },
);

after(
  async () => {
    await env?.close();
    await blog?.stop();
    await removeDir(journal);
  },
  { timeout: 30_000 },
);

/** Opens "More actions" and picks `item`; returns the dialog that opens. */
async function fromMoreMenu(item: string) {
  const { page } = env;
  await page.getByRole("button", { name: "More actions", exact: true }).click();
  await page.getByRole("menu", { name: "More actions" }).getByRole("menuitem", { name: item, exact: true }).click();
  const dialog = page.getByRole("dialog", { name: item.replace(/…$/, "") });
  await dialog.waitFor();
  return dialog;
}

/** The rows of the dialog's report table, as "way | what | post" lines. */
async function reportRows(dialog: Awaited<ReturnType<typeof fromMoreMenu>>): Promise<string[]> {
  const rows = dialog.getByRole("table").getByRole("row");
  const out: string[] = [];
  for (let i = 1; i < (await rows.count()); i++) {
    const cells = await rows.nth(i).getByRole("cell").allInnerTexts();
    out.push(
      cells
        .slice(0, 3)
        .map((c) => c.split("\n")[0])
        .join(" | "),
    );
  }
  return out;
}

/** The fields of the entry XML a client sent. */
function sentEntry(xml: string) {
  const doc = new new JSDOM("").window.DOMParser().parseFromString(xml, "application/xml");
  const atom = "http://www.w3.org/2005/Atom";
  return {
    title: doc.getElementsByTagNameNS(atom, "title")[0]?.textContent,
    content: doc.getElementsByTagNameNS(atom, "content")[0]?.textContent,
    categories: Array.from(doc.getElementsByTagNameNS(atom, "category")).map((c) => c.getAttribute("term")),
  };
}

test(
  "Publish to Hatena Blog: set up in the dialog, preview sends nothing, Publish creates the entry and links the post",
  { timeout: 90_000 },
  async () => {
    const { page } = env;
    await openPost(page, TITLE);
    const dialog = await fromMoreMenu("Publish to Hatena Blog…");
    await dialog.getByRole("textbox", { name: "AtomPub root endpoint" }).fill(blog.endpoint);
    await dialog.getByRole("textbox", { name: "Hatena ID" }).fill(USER);
    await dialog.getByRole("textbox", { name: "Hatena Fotolife address" }).fill(blog.fotolife);
    const keyField = dialog.getByLabel("API key", { exact: true });
    assert.equal(await keyField.getAttribute("type"), "password");
    assert.match(
      await dialog.getByText(/Never written into the journal/).innerText(),
      /HATENA_API_KEY: leave this empty to use it/,
      "the key of the serve process is offered",
    );

    await dialog.getByRole("button", { name: "Preview (dry run)", exact: true }).click();
    await dialog.getByText("A dry run: nothing was written or sent yet.").waitFor({ timeout: 30_000 });
    assert.deepEqual(await reportRows(dialog), [`To the blog | Would create | ${TITLE}`]);
    assert.equal(blog.writes().length, 0, "a preview sends nothing");

    await dialog.getByRole("button", { name: "Publish", exact: true }).click();
    await dialog.getByRole("table").getByText("Created", { exact: true }).waitFor({ timeout: 30_000 });
    assert.deepEqual(await reportRows(dialog), [`To the blog | Created | ${TITLE}`]);
    const posts = blog.writes().filter((w) => w.method === "POST");
    assert.equal(posts.length, 1, "one entry was posted");
    const sent = sentEntry(posts[0]?.body ?? "");
    assert.deepEqual(
      sent,
      { title: TITLE, content: BODY, categories: ["日記", "勉強会"] },
      "the Markdown body without front matter, the tags as categories",
    );
    const entry = blog.entries[0];
    assert.ok(entry);
    const url = `https://${blog.blog}/entry/${entry.id}`;
    const file = await waitFor(
      async () => {
        const f = await readPostFile(join(journal, REL));
        return (f.data.hatena as { url?: string } | undefined)?.url === url ? f : null;
      },
      { message: "the post's front matter to link the entry" },
    );
    assert.equal((file.data.hatena as { edit?: string }).edit, blog.editUrl(entry.id));
    assert.equal(file.body, BODY, "the body on disk is as it was");
    await dialog.getByRole("button", { name: "Close", exact: true }).click();
    await dialog.waitFor({ state: "detached" });

    // The details show the blog's link.
    await page.getByRole("button", { name: "Post details", exact: true }).click();
    const link = page.getByRole("link", { name: url, exact: true });
    await link.waitFor({ timeout: 10_000 });
    assert.equal(await link.getAttribute("href"), url);
  },
);

test(
  "Sync with Hatena Blog: a post edited here and on the blog is a conflict in the preview, and the sync sends nothing",
  { timeout: 90_000 },
  async () => {
    const { page } = env;
    const entry = blog.entries[0];
    assert.ok(entry, "the entry of the first test");
    await focusBodyEnd(page);
    await page.keyboard.type("追記した。");
    await waitForStatus(page);
    blog.editRemotely(entry.id, { content: "ブログの編集画面で直した本文\n" });
    const from = blog.log.length;
    const before = (await readdir(join(journal, "posts", "2024"))).sort();

    const dialog = await fromMoreMenu("Sync with Hatena Blog…");
    assert.equal(
      await dialog.getByRole("textbox", { name: "AtomPub root endpoint" }).inputValue(),
      blog.endpoint,
      "the endpoint is remembered",
    );
    await dialog.getByRole("button", { name: "Preview (dry run)", exact: true }).click();
    await dialog.getByText("A dry run: nothing was written or sent yet.").waitFor({ timeout: 30_000 });
    assert.deepEqual(await reportRows(dialog), [`From the blog | Conflict | ${TITLE}`, `To the blog | Conflict | ${TITLE}`]);
    assert.ok(
      await dialog
        .getByText(/changed here and on the blog since the last sync/)
        .first()
        .isVisible(),
      "the conflict is explained",
    );
    assert.equal(blog.writes(from).length, 0, "the preview sends nothing");
    assert.deepEqual((await readdir(join(journal, "posts", "2024"))).sort(), before, "the preview writes nothing");

    await dialog.getByRole("button", { name: "Sync", exact: true }).click();
    await dialog.getByText(/^Done\./).waitFor({ timeout: 30_000 });
    assert.deepEqual(await reportRows(dialog), [`From the blog | Conflict | ${TITLE}`, `To the blog | Conflict | ${TITLE}`]);
    assert.equal(blog.writes(from).length, 0, "nothing was sent: the blog's edit is not overwritten");
    assert.equal(blog.find(entry.id)?.content, "ブログの編集画面で直した本文\n");
    const local = await readPostFile(join(journal, REL));
    assert.match(local.body, /追記した。/, "the local edit is kept");
    const copies = (await readdir(join(journal, "posts", "2024"))).filter((f) => f.includes(".hatena-conflict"));
    assert.equal(copies.length, 1, "the blog's text is in a conflict copy beside the post");
    const copy = await readPostFile(join(journal, "posts", "2024", copies[0] ?? ""));
    assert.match(copy.body, /ブログの編集画面で直した本文/);
    await dialog.getByRole("button", { name: "Close", exact: true }).click();
    await dialog.waitFor({ state: "detached" });
  },
);

test(
  "Publish after a conflict: the dialog offers to replace the blog's text, and only that sends the post",
  { timeout: 90_000 },
  async () => {
    const entry = blog.entries[0];
    assert.ok(entry, "the entry of the first test");
    const from = blog.log.length;
    const dialog = await fromMoreMenu("Publish to Hatena Blog…");
    await dialog.getByRole("button", { name: "Preview (dry run)", exact: true }).click();
    await dialog.getByText("A dry run: nothing was written or sent yet.").waitFor({ timeout: 30_000 });
    assert.deepEqual(await reportRows(dialog), [`To the blog | Conflict | ${TITLE}`]);
    await dialog.getByRole("button", { name: "Publish", exact: true }).click();
    await dialog.getByText(/^Done\./).waitFor({ timeout: 30_000 });
    assert.deepEqual(await reportRows(dialog), [`To the blog | Conflict | ${TITLE}`], "Publish alone does not overwrite the blog's edit");
    assert.equal(blog.writes(from).length, 0);

    await dialog.getByRole("button", { name: "Replace the blog’s text", exact: true }).click();
    await dialog.getByRole("table").getByText("Updated", { exact: true }).waitFor({ timeout: 30_000 });
    assert.deepEqual(
      blog.writes(from).map((w) => w.method),
      ["PUT"],
      "one PUT, asked for",
    );
    assert.match(blog.find(entry.id)?.content ?? "", /追記した。/, "the blog has the post's text");
    await dialog.getByRole("button", { name: "Close", exact: true }).click();
    await dialog.waitFor({ state: "detached" });
  },
);
