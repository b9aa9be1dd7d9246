// The app's UI by accessible role and name only (the contract in the shared context), plus the few
// reads a test needs: the editor's text, the status, the character count.
import type { FrameLocator, Locator, Page } from "playwright";
import { waitFor, waitForValue, type WaitOptions } from "./wait.js";
import { imeType } from "./ime.js";

/** English accessible names of the UI contract. */
export const NAMES = {
  newPost: "New post",
  title: "Title",
  body: "Body",
  posts: "Posts",
  preview: "Preview",
  deletePost: "Delete post",
  editorOnly: "Editor only",
  split: "Split view",
  previewOnly: "Preview only",
  tags: "Tags",
  search: "Search",
  goToPost: "Go to post",
  clearFilter: "Clear filter",
} as const;

/** Locators for one app page. */
export function ui(page: Page) {
  return {
    newPost: page.getByRole("button", { name: NAMES.newPost, exact: true }),
    title: page.getByRole("textbox", { name: NAMES.title, exact: true }),
    body: page.getByRole("textbox", { name: NAMES.body, exact: true }),
    posts: page.getByRole("list", { name: NAMES.posts, exact: true }),
    previewIframe: page.getByTitle(NAMES.preview, { exact: true }),
    preview: page.frameLocator(`iframe[title="${NAMES.preview}"]`) as FrameLocator,
    status: page.getByRole("status"),
    deletePost: page.getByRole("button", { name: NAMES.deletePost, exact: true }),
    editorOnly: page.getByRole("button", { name: NAMES.editorOnly, exact: true }),
    split: page.getByRole("button", { name: NAMES.split, exact: true }),
    previewOnly: page.getByRole("button", { name: NAMES.previewOnly, exact: true }),
    /** The tag editor's field under the title. */
    tagInput: page.getByRole("combobox", { name: NAMES.tags, exact: true }),
    /** The chip of a tag on the open post (pressing it removes the tag). */
    tagChip: (tag: string): Locator => page.getByRole("button", { name: `Remove tag ${tag}`, exact: true }),
    /** The tag sidebar. */
    tagPane: page.getByRole("navigation", { name: NAMES.tags, exact: true }),
    /** A tag's entry in the tag sidebar (pressing it filters the list). */
    tagFilter: (tag: string): Locator =>
      page.getByRole("navigation", { name: NAMES.tags, exact: true }).getByRole("button", { name: tag, exact: true }),
    search: page.getByRole("searchbox", { name: NAMES.search, exact: true }),
    clearFilter: page.getByRole("button", { name: NAMES.clearFilter, exact: true }),
    /** The item of the Posts list whose text includes `title`. */
    postItem: (title: string): Locator =>
      page.getByRole("list", { name: NAMES.posts, exact: true }).getByRole("listitem").filter({ hasText: title }),
  };
}

/** Waits for the app to be ready to write in (the "New post" button is visible). */
export async function waitForApp(page: Page, newPostName: string = NAMES.newPost): Promise<void> {
  await page.getByRole("button", { name: newPostName, exact: true }).waitFor({ state: "visible", timeout: 20_000 });
}

/**
 * The editor's whole document. CodeMirror draws only the lines near the viewport, so its DOM text is
 * not the document; we ask the editor itself through the DOM node of the Body textbox (CodeMirror
 * keeps a back-reference there, as EditorView.findFromDOM does). Falls back to the drawn text.
 */
export async function editorText(page: Page): Promise<string> {
  return ui(page).body.evaluate((el) => {
    type Tile = { root?: { view?: { state: { doc: { toString(): string } } } } };
    const tile = (el as unknown as { cmTile?: Tile }).cmTile;
    const view = tile?.root?.view;
    if (view) return view.state.doc.toString();
    return Array.from(el.children, (line) => (line as HTMLElement).innerText.replace(/\n$/, "")).join("\n");
  });
}

/** The text of the status element (e.g. "Saved"). */
export async function statusText(page: Page): Promise<string> {
  return ((await ui(page).status.first().textContent()) ?? "").trim();
}

/** Waits until the status reads `text` (default "Saved"). */
export async function waitForStatus(page: Page, text = "Saved", options: WaitOptions = {}): Promise<void> {
  await waitForValue(() => statusText(page), text, { timeout: 5_000, message: "the status", ...options });
}

/** The number in the "1,234 characters" text, or null when none is shown. */
export async function shownCharCount(page: Page, word = "characters"): Promise<number | null> {
  const el = page.getByText(new RegExp(`^\\s*[\\d,]+\\s*${word}\\s*$`)).first();
  if (!(await el.count())) return null;
  const m = /([\d,]+)/.exec((await el.textContent()) ?? "");
  return m?.[1] ? Number(m[1].replace(/,/g, "")) : null;
}

/**
 * Clicks "New post" and leaves the caret in the Title with its text selected, so typing replaces
 * whatever the field shows (write-post.test.ts checks separately that a new post's Title is empty).
 */
export async function startNewPost(page: Page): Promise<void> {
  const u = ui(page);
  const before = await u.posts.getByRole("listitem").count();
  await u.newPost.click();
  await waitFor(async () => (await u.posts.getByRole("listitem").count()) > before, { message: "the new post in the Posts list" });
  await u.title.click();
  await page.keyboard.press("Control+A");
}

/** Opens the post titled `title` from the Posts list. */
export async function openPost(page: Page, title: string): Promise<void> {
  const item = ui(page).postItem(title).first();
  await item.getByRole("button").first().click();
  await waitForValue(() => ui(page).title.inputValue(), title, { message: "the Title field after opening the post" });
}

/** The titles shown in the Posts list (each item's text; the title is part of it). */
export async function listedTexts(page: Page): Promise<string[]> {
  return ui(page).posts.getByRole("listitem").allTextContents();
}

/** The titles of the items of the Posts list, in order. */
export async function listedTitles(page: Page): Promise<string[]> {
  return ui(page).posts.getByRole("listitem").locator(".post-title").allTextContents();
}

/** Waits until the Posts list shows exactly `titles` (in any order, or in this order with `ordered`). */
export async function waitForTitles(page: Page, titles: string[], options: { ordered?: boolean; timeout?: number } = {}): Promise<void> {
  const norm = (xs: string[]) => (options.ordered ? xs : [...xs].sort());
  let last: string[] = [];
  await waitFor(
    async () => {
      last = await listedTitles(page);
      return JSON.stringify(norm(last)) === JSON.stringify(norm(titles));
    },
    {
      timeout: options.timeout ?? 8_000,
      message: () => `the Posts list to show ${JSON.stringify(titles)}; it showed ${JSON.stringify(last)}`,
    },
  );
}

/** Waits until some item of the Posts list shows `title` (or, with present=false, none does). */
export async function waitForListed(page: Page, title: string, present = true, timeout = 8_000): Promise<void> {
  await waitFor(async () => (await listedTexts(page)).some((t) => t.includes(title)) === present, {
    timeout,
    message: () => `"${title}" to be ${present ? "in" : "gone from"} the Posts list`,
  });
}

/** Clicks in the Body at its end (Ctrl+End), ready to type. */
export async function focusBodyEnd(page: Page): Promise<void> {
  await ui(page).body.click();
  await page.keyboard.press("Control+End");
}

/** Makes a new post titled `title` (typed through the IME) and puts the caret in its empty Body. */
export async function newPostWithTitle(page: Page, title: string): Promise<void> {
  await startNewPost(page);
  await imeType(page, title);
  await waitForValue(() => ui(page).title.inputValue(), title, { message: "the title" });
  await focusBodyEnd(page);
}
