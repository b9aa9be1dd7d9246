// No code runs, whatever a post holds: every payload of the XSS corpus, in the body, in an image's alt, a
// link, a footnote, a code fence's info string and a heading, and in the post's title, tags and file name,
// through (a) the live preview of the real UI, (b) the single-file export and (c) the site export opened
// from disk. In Chromium: no dialog, no new window, no navigation, no script (a trap in every page), no
// request off the app's origin (the exports: none at all, but the remote images a post shows), and nothing
// executable in the DOM the browser built. The exports are opened with their Content-Security-Policy
// bypassed, so that it is the sanitiser, not the policy, that is tested.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { JSDOM } from "jsdom";
import type { Browser, Frame } from "playwright";
import { XSS_VECTORS } from "../unit/markdown/xss-corpus.js";
import { renderMarkdown } from "../../core/node/markdown/index.js";
import {
  BODY_PLACES,
  asTag,
  bodyWith,
  oneLine,
  postPathCarrying,
  swallowingPlaces,
  type BodyPlace,
} from "../unit/markdown/xss-placements.js";
import { removeDir, startEnv, tempDir, ui, waitOnPurpose, writePosts, type Env } from "./harness/index.js";
import { inspect, ranIn, watchContext, type Inspection, type Watch } from "./xss-checks.js";

/** Payloads per post: each post carries its payloads at every place. */
const PER_POST = 48;
const label = (i: number) => `検査${String(i).padStart(2, "0")}`;

/** One post of the journal: its payloads, and the body places each is put at (in this order). */
interface PlannedPost {
  payloads: string[];
  places: BodyPlace[];
}

/**
 * Payloads that take the rest of the body with them get a post each, with the places where they do not
 * first and one where they do last; the others go PER_POST to a post, at every place.
 */
function plan(): PlannedPost[] {
  const out: PlannedPost[] = [];
  const plain: string[] = [];
  for (const { markdown } of XSS_VECTORS) {
    const swallows = swallowingPlaces(markdown, (body) => renderMarkdown(body).html);
    if (swallows.length === 0) plain.push(markdown);
    else out.push({ payloads: [markdown], places: [...BODY_PLACES.filter((p) => !swallows.includes(p)), swallows[0]!] });
  }
  for (let i = 0; i < plain.length; i += PER_POST) out.unshift({ payloads: plain.slice(i, i + PER_POST), places: [...BODY_PLACES] });
  return out;
}

const planned = plan();
/** (payload, body place) pairs the e2e bodies hold; the rest are the unit placement test's alone. */
const bodyPairs = planned.reduce((n, p) => n + p.payloads.length * p.places.length, 0);

/** The journal: one post per plan entry, its payloads in the body places, the title, the tags and the path. */
function journalPosts(): Record<string, string> {
  const posts: Record<string, string> = {};
  planned.forEach(({ payloads, places }, i) => {
    const title = `${label(i)} ${payloads.map(oneLine).join(" ")}`;
    const tags = payloads.map(asTag);
    const body = [`# ${label(i)}`, ...places.map((place) => bodyWith(payloads, place))].join("\n\n");
    const front = `---\ntitle: ${JSON.stringify(title)}\ndate: "2024-01-${String((i % 28) + 1).padStart(2, "0")}T09:00:00+09:00"\ntags: ${JSON.stringify(tags)}\n---\n\n`;
    posts[postPathCarrying(payloads, `2024-01-01-${label(i)}`)] = front + body + "\n";
  });
  return posts;
}

let env: Env;
let journal = "";
let outside = "";
let appWatch: Watch;
let appOrigin = "";
const posts = journalPosts();
const paths = Object.keys(posts);

before(
  async () => {
    journal = await tempDir("xss-journal");
    outside = await tempDir("xss-out");
    await writePosts(journal, posts);
    // Tall enough that the Posts list (drawn only where visible) shows every post.
    env = await startEnv({ journalDir: journal, viewport: { width: 1400, height: 2400 } });
    appOrigin = new URL(env.server.url).origin;
    appWatch = await watchContext(
      env.context,
      (url) => url.host === new URL(appOrigin).host || url.protocol === "data:" || url.protocol === "about:",
    );
    await env.page.reload();
    await ui(env.page).newPost.waitFor();
  },
  { timeout: 60_000 },
);

after(
  async () => {
    await env?.close();
    if (journal) await removeDir(journal);
    if (outside) await removeDir(outside);
  },
  { timeout: 30_000 },
);

/** Opens the post labelled `i` by searching for its label (the Posts list draws only the rows in view). */
async function openLabelled(i: number): Promise<void> {
  const u = ui(env.page);
  await u.search.fill(label(i));
  const item = u.postItem(label(i)).first();
  await item.getByRole("button").first().click();
  await u.preview.getByRole("heading", { name: label(i), exact: true }).waitFor({ state: "attached", timeout: 20_000 });
  await u.search.fill("");
}

/** Requests a watch saw that are not for `origin` (null: any request counts) nor for a remote image the page shows. */
function strayRequests(
  watch: Watch,
  origin: string | null,
  shownImages: ReadonlySet<string>,
  ownFiles: (url: string) => boolean,
): string[] {
  return watch.requests
    .filter((r) => !ownFiles(r.url) && !(origin !== null && r.url.startsWith(origin + "/")) && !r.url.startsWith("data:"))
    .filter((r) => !(r.type === "image" && r.url.startsWith("https:") && shownImages.has(r.url)))
    .map((r) => `${r.type} ${r.url.slice(0, 120)} (from ${r.from.slice(0, 120)})`);
}

/** Fails listing whatever an inspection or a frame's trap found. */
async function assertInert(where: string, frame: Frame, found: Inspection): Promise<void> {
  assert.deepEqual(found.found, [], `${where}: executable or loading markup`);
  assert.equal(await ranIn(frame), null, `${where}: a script ran`);
}

test(
  `(a) live preview: ${XSS_VECTORS.length} payloads in ${planned.length} posts (${bodyPairs} payload × body-place pairs, and each payload in a title, tags and a file name), opened in the real UI`,
  { timeout: 120_000 },
  async (t) => {
    const { page } = env;
    const shown = new Set<string>();
    let navigationsBefore = 0;
    for (let i = 0; i < planned.length; i++) {
      await openLabelled(i);
      if (i === 0) navigationsBefore = appWatch.navigations.length; // the preview skeleton's first load
      const preview = page.frames().find((f) => f !== page.mainFrame() && f.parentFrame() === page.mainFrame());
      assert.ok(preview, "the preview frame");
      const content = await inspect(preview, "main.tsuzuri-content", "content");
      assert.ok(content.elements > planned[i]!.payloads.length, `${label(i)}: the preview shows the post (${content.elements} elements)`);
      for (const src of content.images) shown.add(src);
      await assertInert(`preview of ${label(i)}`, preview, content);
      await assertInert(`app page with ${label(i)} open`, page.mainFrame(), await inspect(page.mainFrame(), null, "app"));
    }
    // Give failing images, animations and refreshes time to fire, then look everywhere once more.
    await waitOnPurpose(1_000);
    for (const frame of page.frames()) assert.equal(await ranIn(frame), null, `a script ran in ${frame.url().slice(0, 60)}`);
    assert.deepEqual(appWatch.dialogs, [], "dialogs");
    assert.deepEqual(appWatch.popups, [], "new windows");
    assert.deepEqual(
      appWatch.navigations.slice(navigationsBefore).filter((u2) => u2 !== "about:srcdoc" && !u2.startsWith(env.server.url.split("?")[0]!)),
      [],
      "navigations",
    );
    assert.deepEqual(
      strayRequests(appWatch, appOrigin, shown, (u) => URL.canParse(u) && new URL(u).host === new URL(appOrigin).host),
      [],
      "requests off the app's origin",
    );
    t.diagnostic(
      `preview: ${planned.length} posts, ${bodyPairs} payload × body-place pairs; ${appWatch.requests.length} requests, all to the app's origin or for shown https images`,
    );
  },
);

/** Of the site's tag pages, every this many-th is opened. */
const TAG_PAGE_STEP = 8;
/** Pages opened side by side when checking an export. */
const VIEWERS = 4;

/** Opens each file in a context without the pages' CSP and with the trap, checks each page, and the whole run. */
async function openExported(browser: Browser, files: string[], ownDir: string): Promise<{ pages: number; watch: Watch }> {
  const context = await browser.newContext({ bypassCSP: true, javaScriptEnabled: true });
  const ownPrefix = pathToFileURL(ownDir).href;
  const watch = await watchContext(context, (url) => url.href.startsWith(ownPrefix));
  const shown = new Set<string>();
  const opened: string[] = [];
  try {
    const queue = [...files];
    const viewer = async () => {
      const page = await context.newPage();
      for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
        const href = pathToFileURL(file).href;
        await page.goto(href, { waitUntil: "load" });
        opened.push(href);
        const where = file.slice(ownDir.length);
        const found = await inspect(page.mainFrame(), null, "page");
        for (const src of found.images) shown.add(src);
        await assertInert(where, page.mainFrame(), found);
        assert.equal(page.url(), href, `${where}: still the page that was opened`);
      }
    };
    await Promise.all(Array.from({ length: VIEWERS }, viewer));
    await waitOnPurpose(500);
    for (const page of context.pages()) assert.equal(await ranIn(page.mainFrame()), null, `a script ran in ${page.url()}`);
    assert.deepEqual(watch.dialogs, [], "dialogs");
    assert.deepEqual(watch.popups, [], "new windows");
    assert.deepEqual(
      watch.navigations.filter((u) => u !== "about:blank").sort(),
      opened.sort(),
      "navigations: only the pages the test opened",
    );
    assert.deepEqual(
      strayRequests(watch, null, shown, (url) => opened.includes(url) || url.startsWith(ownPrefix + "/")),
      [],
      "requests",
    );
    return { pages: files.length, watch };
  } finally {
    await context.close();
  }
}

test("(b) single-file export: every post, the first through the Export dialog, opened from disk", { timeout: 120_000 }, async (t) => {
  const { page, browser } = env;
  const dir = join(outside, "single");
  // The first post through the UI, as a user exports it.
  await openLabelled(0);
  await page.getByRole("button", { name: "More actions", exact: true }).click();
  await page.getByRole("menu", { name: "More actions" }).getByRole("menuitem", { name: "Export post as HTML…", exact: true }).click();
  const dialog = page.getByRole("dialog");
  const first = join(dir, "0.html");
  await dialog.getByRole("textbox", { name: "File path" }).fill(first);
  await dialog.getByRole("button", { name: "Export", exact: true }).click();
  await dialog.getByText(`Exported to ${first}`).waitFor({ timeout: 30_000 });
  await dialog.getByRole("button", { name: "Close" }).click();
  // The others through the same operation the dialog calls.
  const url = new URL(env.server.url);
  const token = url.searchParams.get("token") ?? "";
  const files = [first];
  for (let i = 1; i < paths.length; i++) {
    const file = join(dir, `${i}.html`);
    const res = await fetch(new URL("/api/exportPost", url.origin), {
      method: "POST",
      headers: { "Content-Type": "application/json", "X-Tsuzuri-Token": token },
      body: JSON.stringify({ path: paths[i], file }),
    });
    const reply = (await res.json()) as { ok: boolean; error?: { message: string } };
    assert.ok(reply.ok, `export of ${label(i)}: ${reply.error?.message}`);
    files.push(file);
  }
  const { pages, watch } = await openExported(browser, files, dir);
  t.diagnostic(
    `single-file export: ${pages} files opened; ${watch.requests.length} requests (the files themselves and shown https images)`,
  );
});

test("(c) site export: the whole journal through the Export dialog, every page opened from disk", { timeout: 180_000 }, async (t) => {
  const { page, browser } = env;
  const site = join(outside, "site");
  await page.getByRole("button", { name: "More actions", exact: true }).click();
  await page.getByRole("menu", { name: "More actions" }).getByRole("menuitem", { name: "Export journal as site…", exact: true }).click();
  const dialog = page.getByRole("dialog");
  await dialog.getByRole("textbox", { name: "Folder path" }).fill(site);
  await dialog.getByRole("button", { name: "Export", exact: true }).click();
  await dialog.getByText(`The site is in ${site}`).waitFor({ timeout: 90_000 });
  await dialog.getByRole("button", { name: "Close" }).click();
  const all = (await readdir(site, { recursive: true }))
    .map(String)
    .filter((f) => f.endsWith(".html"))
    .sort();
  // Every page but the tag pages, and every TAG_PAGE_STEP-th tag page: each tag's name is also on the
  // tags index and on its posts' pages, which are all opened.
  const tagPages = all.filter((f) => f.startsWith("tags/"));
  const files = [...all.filter((f) => !f.startsWith("tags/")), ...tagPages.filter((_, i) => i % TAG_PAGE_STEP === 0)].map((f) =>
    join(site, f),
  );
  // The feed, read as a feed reader would: Atom elements only, every body and title escaped as text.
  const feed = new JSDOM(await readFile(join(site, "feed.xml"), "utf8"), { contentType: "application/xml" }).window.document;
  const foreign = Array.from(feed.querySelectorAll("*"))
    .filter((el) => el.namespaceURI !== "http://www.w3.org/2005/Atom")
    .map((el) => `${el.namespaceURI} ${el.localName}`);
  assert.deepEqual(foreign, [], "the feed holds nothing but Atom elements");
  assert.ok(feed.querySelectorAll("entry").length > 0, "the feed has entries");
  const postPages = files.filter((f) => f.startsWith(join(site, "posts") + "/"));
  assert.equal(postPages.length, planned.length, `a page per post: ${postPages.map((f) => f.slice(site.length)).join(", ")}`);
  const { pages, watch } = await openExported(browser, files, site);
  t.diagnostic(
    `site export: ${pages} of ${all.length} pages opened (${tagPages.length} tag pages, every ${TAG_PAGE_STEP}th opened), the feed read; ${watch.requests.length} requests (the site's own files and shown https images)`,
  );
});
