// Push: posts become entries. Named posts (a post not yet linked becomes a new entry), or, without
// names, every linked post edited since its last sync; never an unlinked post unless named. Before
// an entry is replaced, its app:edited must still be the one last seen: otherwise nothing is sent.
import type { Journal } from "../store/index.js";
import { entryXml } from "./atom-build.js";
import type { RemoteEntry } from "./atom-entry.js";
import type { HatenaClient } from "./client.js";
import type { Syntax } from "./constants.js";
import { contentOf } from "./entry-post.js";
import { HatenaError, type HatenaErrorKind } from "./errors.js";
import { bodyForBlog, checkImages } from "./images.js";
import { syncHash, withLink, type EntryLink, type SyncedContent } from "./link.js";
import { editedLocally } from "./pull.js";
import { readAllPosts, readLocalPost, replacePost, type LocalPost } from "./post-files.js";
import type { SyncItem, SyncReport } from "./report.js";
import type { HatenaSettings } from "./settings.js";

/** Options of a push. */
export interface PushOptions {
  /** Journal paths of the posts to push; none: every linked post edited since its last sync. */
  paths?: readonly string[];
  /** Replace entries even when they changed on the blog since the last sync (after merging by hand). */
  force?: boolean;
  /** Report what would be sent (reading the entries to find conflicts); send and write nothing. */
  dryRun?: boolean;
  /** Called before each post is sent (for progress). */
  onPost?: (index: number, total: number, title: string) => void;
  /** Saves the settings (called after each image upload, so that an upload is never repeated). */
  saveSettings: () => Promise<void>;
}

/** Errors every later request would meet too: the push stops at the first. */
const FATAL: ReadonlySet<HatenaErrorKind> = new Set(["auth", "not-found", "timeout", "network", "settings"]);

const SYNTAX_NAMES: Record<Syntax, string> = {
  markdown: "Markdown",
  hatena: "Hatena syntax (はてな記法)",
  html: "the WYSIWYG editor (見たままモード)",
};

function syntaxRefusal(where: string, syntax: Syntax | null): HatenaError {
  const name = syntax === null ? "a syntax Tsuzuri does not know" : SYNTAX_NAMES[syntax];
  return new HatenaError(
    "syntax",
    `${where} is written in ${name}, and Tsuzuri posts are Markdown: sending one would show its Markdown as it is. Nothing was sent. Switch the blog to Markdown (詳細設定 → 編集モード) for new entries; entries in another syntax are only pulled.`,
  );
}

/** Records the entry's answer in the post's link, on the file as it is now (an edit made meanwhile stays, and is pushed next time). */
async function recordLink(journal: Journal, rel: string, remote: RemoteEntry, sent: SyncedContent): Promise<void> {
  const link: EntryLink = { edit: remote.editUrl, url: remote.url, edited: remote.edited, syntax: remote.syntax, synced: syncHash(sent) };
  for (let attempt = 0; attempt < 3; attempt++) {
    const now = await readLocalPost(journal, rel);
    if (await replacePost(journal, now, withLink(now.text, link))) return;
  }
  throw new Error(`the entry was sent, but ${rel} kept changing, so its link was not recorded; pull to link it again`);
}

async function pushPost(
  journal: Journal,
  client: HatenaClient,
  settings: HatenaSettings,
  post: LocalPost,
  options: PushOptions,
): Promise<SyncItem> {
  const content = contentOf(post.parsed);
  const base = { path: post.rel, title: content.title };
  if (post.conflict)
    return {
      ...base,
      action: "failed",
      reason: "a conflict copy (the blog's text of another post) is never pushed: merge it into its post and delete it",
    };
  const link = post.link;
  let remote: RemoteEntry | null = null;
  if (link) {
    if (!editedLocally(post) && !options.force) return { ...base, action: "unchanged", edit: link.edit };
    if (link.syntax !== null && link.syntax !== "markdown") throw syntaxRefusal(`The entry ${link.url ?? link.edit}`, link.syntax);
    remote = await client.getEntry(link.edit);
    if (remote.syntax !== "markdown") throw syntaxRefusal(`The entry ${remote.url ?? remote.editUrl}`, remote.syntax);
    if (remote.edited !== link.edited && !options.force) {
      return {
        ...base,
        action: "conflict",
        edit: link.edit,
        reason: `the entry was changed on the blog since the last sync (app:edited ${link.edited} → ${remote.edited}): nothing was sent. Pull to get the blog's text as a conflict copy, merge, then push --force`,
      };
    }
  } else if (settings.syntax !== null && settings.syntax !== "markdown") {
    throw syntaxRefusal(`The blog ${client.endpoint}`, settings.syntax);
  }
  if (options.dryRun) {
    await checkImages(journal, post.rel, content.body);
    return { ...base, action: link ? "updated" : "created", edit: link?.edit };
  }
  const { body, uploaded } = await bodyForBlog(journal, client, settings, post.rel, content.body, options.saveSettings);
  const xml = entryXml({
    title: content.title,
    body,
    categories: content.tags,
    updated: content.date,
    draft: content.draft,
    author: settings.user,
  });
  if (link && remote) {
    const answer = await client.updateEntry(link.edit, xml);
    await recordLink(journal, post.rel, answer, content);
    return { ...base, action: "updated", edit: answer.editUrl, uploaded };
  }
  const created = await client.createEntry(xml);
  if (created.syntax !== "markdown") {
    // The blog is not in Markdown mode after all: take the entry back, so nothing is left half-done.
    await client.deleteEntry(created.editUrl);
    settings.syntax = created.syntax;
    throw syntaxRefusal(`The blog ${client.endpoint}`, created.syntax);
  }
  settings.syntax = "markdown";
  await recordLink(journal, post.rel, created, content);
  return { ...base, action: "created", edit: created.editUrl, uploaded };
}

/** The posts a push sends: the named ones, or every linked post edited since its last sync. */
async function postsToPush(journal: Journal, paths: readonly string[] | undefined): Promise<(LocalPost | SyncItem)[]> {
  if (paths === undefined || paths.length === 0)
    return (await readAllPosts(journal)).filter((p) => p.link !== null && p.conflict === null && editedLocally(p));
  return Promise.all(
    paths.map((rel) =>
      readLocalPost(journal, rel).catch((): SyncItem => ({
        action: "failed",
        path: rel,
        title: rel,
        reason: "no such post in the journal",
      })),
    ),
  );
}

/** Pushes posts of `journal` to the blog (see PushOptions). Each post is sent whole or not at all. */
export async function push(journal: Journal, client: HatenaClient, settings: HatenaSettings, options: PushOptions): Promise<SyncReport> {
  const items: SyncItem[] = [];
  let stop: string | null = null;
  const targets = await postsToPush(journal, options.paths);
  for (const [index, target] of targets.entries()) {
    options.onPost?.(index + 1, targets.length, "rel" in target ? contentOf(target.parsed).title : target.title);
    if (!("rel" in target)) {
      items.push(target);
      continue;
    }
    const title = contentOf(target.parsed).title;
    if (stop !== null) {
      items.push({ action: "not-sent", path: target.rel, title, reason: stop });
      continue;
    }
    try {
      items.push(await pushPost(journal, client, settings, target, options));
    } catch (e) {
      const reason = e instanceof Error ? e.message : String(e);
      items.push({ action: "failed", path: target.rel, title, reason });
      if (e instanceof HatenaError && FATAL.has(e.kind)) stop = `not tried after the error above (${e.kind})`;
    }
  }
  return { kind: "push", dryRun: options.dryRun ?? false, items };
}
