// The one list of operations the renderer may ask a host for. IPC channels, the preload bridge and
// the HTTP routes are all derived from this object; nothing lists the operations twice.
import { z } from "zod";
import { IMAGE_TYPES, MAX_IMAGE_BASE64, MAX_IMAGE_BYTES } from "../common/images/index.js";
import { POST_SORTS } from "./post-order.js";
import {
  EDITOR_FONTS,
  LANG_SETTINGS,
  LAYOUT_SETTINGS,
  PICK_PURPOSES,
  PREVIEW_POSITIONS,
  SETTING_BOUNDS,
  TAGS_PANEL_SETTINGS,
  TASK_KINDS,
  THEME_SETTINGS,
} from "./types.js";
import type {
  ExportPdfReport,
  ExportPostReport,
  ExportSiteReport,
  HatenaStatus,
  HatenaSyncReport,
  HostInfo,
  ImportReport,
  JournalInfo,
  Post,
  PostSearchResult,
  PostSummary,
  RecoveredText,
  SavedImage,
  SaveResult,
  Settings,
  TagEditResult,
  TagList,
  TagSuggestion,
  TrashEntry,
} from "./types.js";

/** An operation: a schema that validates its argument, and (types only) its result. */
export interface Operation<A extends z.ZodTypeAny, R> {
  args: A;
  /** Phantom: never set at run time, only carries the result type. */
  result?: R;
}

function op<R>() {
  return <A extends z.ZodTypeAny>(args: A): Operation<A, R> => ({ args });
}

const relPath = z
  .string()
  .min(1)
  .max(4096)
  .refine(
    (p) => !p.split("/").includes("..") && !p.startsWith("/") && !p.includes("\\") && !p.includes("\0"),
    "must be a path inside the journal",
  );
const none = z.object({}).strict();
/** A tag as typed or as found in a file (the host applies the tag rules). */
const tagName = z.string().min(1).max(200);
/** A path on this computer (absolute, or starting with ~/). */
const fsPath = z
  .string()
  .trim()
  .min(1, "a path is needed")
  .max(4096)
  .refine((p) => !p.includes("\0"), "not a valid path");
/** A day (YYYY-MM-DD) or an ISO 8601 instant. */
/** A number setting within its SETTING_BOUNDS. */
const bounded = (name: keyof typeof SETTING_BOUNDS) => z.number().min(SETTING_BOUNDS[name][0]).max(SETTING_BOUNDS[name][1]);
const dateBound = z.string().regex(/^\d{4}-\d{2}-\d{2}(T[0-9:.]+(Z|[+-]\d{2}:\d{2})?)?$/, "a date is written YYYY-MM-DD");

/** Every operation, by name. */
export const operations = {
  hostInfo: op<HostInfo>()(none),
  getJournal: op<JournalInfo>()(none),
  openJournal: op<JournalInfo>()(z.object({ dir: z.string().min(1).max(4096) }).strict()),
  /** Every post, newest first; or in `sort`'s order, and only the first `limit` (a window's first screen, sent ahead of the rest). */
  listPosts: op<PostSummary[]>()(
    z.object({ sort: z.enum(POST_SORTS).optional(), limit: z.number().int().min(1).max(1_000_000).optional() }).strict(),
  ),
  readPost: op<Post>()(z.object({ path: relPath }).strict()),
  createPost: op<Post>()(z.object({ title: z.string().max(1000).optional(), body: z.string().max(50_000_000).optional() }).strict()),
  savePost: op<SaveResult>()(
    z
      .object({
        path: relPath,
        baseHash: z.string().regex(/^[0-9a-f]{64}$/),
        title: z.string().max(1000),
        body: z.string().max(50_000_000),
        tags: z.array(z.string().max(200)).max(1000).optional(),
        /** Write even if the file changed on disk since baseHash ("Keep mine"). */
        force: z.boolean().optional(),
      })
      .strict(),
  ),
  deletePost: op<TrashEntry>()(z.object({ path: relPath }).strict()),
  listTrash: op<TrashEntry[]>()(none),
  restorePost: op<PostSummary>()(z.object({ trashPath: relPath }).strict()),
  /**
   * Post details: changes a post's `date`, `draft` and file name (`slug`: the name without .md, in
   * its folder) in place. A conflict when the file changed since `baseHash` (then nothing is written).
   */
  updatePostMeta: op<SaveResult>()(
    z
      .object({
        path: relPath,
        baseHash: z.string().regex(/^[0-9a-f]{64}$/),
        date: z
          .string()
          .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/, "a date is written like 2019-07-24T21:30:00+09:00")
          .optional(),
        draft: z.boolean().optional(),
        slug: z.string().max(1000).optional(),
      })
      .strict(),
  ),
  /** Removes a post left exactly as New post made it (empty, unchanged since `baseHash`); anything else stays. */
  saveRecovery: op<{ kept: true }>()(
    z
      .object({
        path: relPath,
        baseHash: z.string().regex(/^[0-9a-f]{64}$/),
        title: z.string().max(1000),
        tags: z.array(tagName).max(1000),
        body: z.string().max(50_000_000),
      })
      .strict(),
  ),
  listRecoveries: op<RecoveredText[]>()(none),
  dropRecovery: op<{ dropped: boolean }>()(z.object({ path: relPath }).strict()),
  discardPost: op<{ discarded: boolean }>()(z.object({ path: relPath, baseHash: z.string().regex(/^[0-9a-f]{64}$/) }).strict()),
  /** Deletes a post in the trash for good. */
  purgeTrash: op<{ purged: boolean }>()(z.object({ trashPath: relPath }).strict()),
  /** Deletes every post in the trash for good. */
  emptyTrash: op<{ purged: number }>()(none),
  getSettings: op<Settings>()(none),
  updateSettings: op<Settings>()(
    z
      .object({
        theme: z.enum(THEME_SETTINGS).optional(),
        lang: z.enum(LANG_SETTINGS).optional(),
        layout: z.enum(LAYOUT_SETTINGS).optional(),
        sort: z.enum(POST_SORTS).optional(),
        tagsPanel: z.enum(TAGS_PANEL_SETTINGS).optional(),
        postsPanel: z.enum(TAGS_PANEL_SETTINGS).optional(),
        outlinePanel: z.enum(TAGS_PANEL_SETTINGS).optional(),
        verticalPreview: z.boolean().optional(),
        typewriter: z.boolean().optional(),
        focusWidth: bounded("focusWidth").optional(),
        lastPost: z.string().max(4096).nullable().optional(),
        editorFont: z.enum(EDITOR_FONTS).optional(),
        fontSize: bounded("fontSize").optional(),
        lineWidth: bounded("lineWidth").optional(),
        lineHeight: bounded("lineHeight").optional(),
        previewPosition: z.enum(PREVIEW_POSITIONS).optional(),
        autosaveMs: bounded("autosaveMs").optional(),
        spellcheck: z.boolean().optional(),
        exportDefaults: z
          .object({
            siteTitle: z.string().max(500),
            author: z.string().max(500),
            lang: z
              .string()
              .max(35)
              .regex(/^$|^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$/, "a language is written like ja or en-GB"),
            baseUrl: z
              .string()
              .max(2048)
              .refine((u) => u === "" || /^https?:\/\/[^\s]+$/i.test(u), "must be an http(s) address"),
            ogImage: z.string().max(2048),
          })
          .strict()
          .optional(),
      })
      .strict(),
  ),
  /** The journal's tags with post counts, as a tree of nested tags, and how many posts have none. */
  listTags: op<TagList>()(z.object({ sort: z.enum(["name", "count"]).optional() }).strict()),
  /** Tags for the tag editor's autocomplete: by prefix, word, numeronym (k8 → kubernetes) or reading. */
  suggestTags: op<TagSuggestion[]>()(
    z
      .object({
        prefix: z.string().max(200),
        /** Tags not to offer (those the post already has). */
        exclude: z.array(z.string().max(200)).max(1000).optional(),
        limit: z.number().int().min(1).max(100).optional(),
      })
      .strict(),
  ),
  /** Renames a tag in every post that has it (nested tags move with it); onto an existing tag, merges them. */
  renameTag: op<TagEditResult>()(z.object({ from: tagName, to: tagName, dryRun: z.boolean().optional() }).strict()),
  /** Removes a tag from every post that has it (tags nested under it stay). */
  deleteTag: op<TagEditResult>()(z.object({ tag: tagName, dryRun: z.boolean().optional() }).strict()),
  /**
   * Finds posts: full-text `query` (words, "phrases", tag:, before:, after:, is:draft) and the list's
   * filters (all of `tags`, untagged posts, posts of this day in earlier years), in `sort` order.
   */
  search: op<PostSearchResult>()(
    z
      .object({
        query: z.string().max(2000),
        tags: z.array(tagName).max(100).optional(),
        untagged: z.boolean().optional(),
        onThisDay: z
          .object({ year: z.number().int().min(1).max(9999), month: z.number().int().min(1).max(12), day: z.number().int().min(1).max(31) })
          .strict()
          .optional(),
        sort: z.enum(POST_SORTS).optional(),
        /** Hits with snippets to return (default 50; 0 for none). */
        limit: z.number().int().min(0).max(1000).optional(),
        offset: z.number().int().min(0).max(10_000_000).optional(),
      })
      .strict(),
  ),
  /** Exports the post at `path` as one self-contained HTML `file` (replacing a file not made by Tsuzuri only with `overwrite`). */
  exportPost: op<ExportPostReport>()(z.object({ path: relPath, file: fsPath, overwrite: z.boolean().optional() }).strict()),
  /** The page exportPost would write for the post at `path` (stylesheet with print rules, images embedded), for the print view and PDF export. */
  printView: op<{ html: string; warnings: string[] }>()(z.object({ path: relPath }).strict()),
  /**
   * Prints the page of printView to the PDF `file` (A4, backgrounds, the stylesheet's page size) and
   * writes it atomically; "unsupported" where the host cannot (HostInfo.pdf false: serve).
   */
  exportPdf: op<ExportPdfReport>()(z.object({ path: relPath, file: fsPath }).strict()),
  /** Exports the journal (or the posts with any of `tags`, dated `from`–`to`) as a static site in the folder `dir`. */
  exportSite: op<ExportSiteReport>()(
    z
      .object({
        dir: fsPath,
        tags: z.array(tagName).max(100).optional(),
        from: dateBound.optional(),
        to: dateBound.optional(),
        drafts: z.boolean().optional(),
        baseUrl: z
          .string()
          .url()
          .max(2048)
          .refine((u) => /^https?:/i.test(u), "must be an http(s) address")
          .optional(),
        title: z.string().max(500).optional(),
      })
      .strict(),
  ),
  /** Imports a Markdown folder or a Movable Type / Hatena Blog export file into the journal (`dryRun`: only report). */
  importSource: op<ImportReport>()(
    z
      .object({
        source: fsPath,
        format: z.enum(["auto", "markdown", "mt"]).optional(),
        tz: z.string().min(1).max(100).optional(),
        dryRun: z.boolean().optional(),
        /** Movable Type / Hatena: download the entries' http(s) images into the journal's assets/ (a failed one keeps its URL). */
        downloadImages: z.boolean().optional(),
      })
      .strict(),
  ),
  /** The open journal's Hatena Blog link (endpoint, Hatena ID, Fotolife) and whether an API key is at hand. */
  hatenaStatus: op<HatenaStatus>()(none),
  /** Links the open journal to a blog (remembered in .tsuzuri/hatena.json, never the key); `apiKey` is kept by the host, never in the journal. */
  hatenaSetup: op<HatenaStatus>()(
    z
      .object({
        endpoint: z
          .string()
          .trim()
          .min(1, "the AtomPub root endpoint is needed")
          .max(2048)
          .refine((u) => /^https?:\/\/[^\s]+$/i.test(u), "must be an http(s) address like https://blog.hatena.ne.jp/ID/BLOG/atom"),
        user: z
          .string()
          .trim()
          .min(1, "the Hatena ID is needed")
          .max(100)
          .refine((u) => !/[\s:]/.test(u), "a Hatena ID has no spaces or colons"),
        fotolife: z
          .string()
          .trim()
          .max(2048)
          .refine((u) => u === "" || /^https?:\/\/[^\s]+$/i.test(u), "must be an http(s) address")
          .optional(),
        apiKey: z.string().trim().min(1).max(500).optional(),
      })
      .strict(),
  ),
  /**
   * Syncs with the linked blog as a task: `pull` (every entry into posts), `push` (the posts at
   * `paths`, else every linked post edited since its last sync), or `both` (pull, then push). A post
   * changed on both sides is never overwritten. `dryRun`: report what would happen, write and send nothing.
   */
  hatenaSync: op<HatenaSyncReport>()(
    z
      .object({
        paths: z.array(relPath).max(10_000).optional(),
        dryRun: z.boolean(),
        direction: z.enum(["pull", "push", "both"]),
        /** Push: replace entries changed on the blog since the last sync (after merging the conflict copy by hand). Only with `paths`. */
        force: z.boolean().optional(),
      })
      .strict()
      .refine((a) => !a.force || (a.direction === "push" && (a.paths?.length ?? 0) > 0), "force is for pushing named posts only"),
  ),
  /** The blog entry a post is linked to (its front matter's `hatena.url`), or nulls when it is not linked. */
  hatenaLink: op<{ url: string | null; edit: string | null }>()(z.object({ path: relPath }).strict()),
  /**
   * Adds an image to the post `post`: its bytes as base64 `data` (paste, drop), or a `file` on this
   * computer (the host's open dialog). It goes to `assets/<post file name>/`, named after `name`
   * (none: `image-YYYYMMDD-HHMMSS`), never over another file; the bytes decide whether it is an image.
   */
  saveImage: op<SavedImage>()(
    z
      .object({
        post: relPath,
        name: z.string().max(1000).optional(),
        /** What the sender believes it is; only the bytes count. */
        type: z.enum(IMAGE_TYPES).optional(),
        data: z
          .string()
          .max(MAX_IMAGE_BASE64, `the image is larger than ${MAX_IMAGE_BYTES / 1024 / 1024} MB`)
          .regex(/^[A-Za-z0-9+/]*={0,2}$/, "must be base64")
          .optional(),
        file: fsPath.optional(),
      })
      .strict()
      .refine((a) => (a.data === undefined) !== (a.file === undefined), "give the image as data or as a file, not both"),
  ),
  /** Cancels the running export or import (it then fails with "cancelled", or an import reports `cancelled`). */
  cancelTask: op<{ cancelled: boolean }>()(z.object({ task: z.enum(TASK_KINDS) }).strict()),
  /** Asks the person for a path with the host's own dialog; `supported: false` when the host has none (serve). */
  pickPath: op<{ supported: boolean; path: string | null }>()(
    z
      .object({
        purpose: z.enum(PICK_PURPOSES),
        suggestedName: z.string().max(255).optional(),
      })
      .strict(),
  ),
  /** Shows a file in the system's file manager; `shown: false` when the host cannot (serve). */
  showInFolder: op<{ shown: boolean }>()(z.object({ path: fsPath }).strict()),
  /** Open a web link in the system browser (http, https and mailto only). */
  openExternal: op<{ opened: boolean }>()(z.object({ url: z.string().url().max(8192) }).strict()),
} as const;

export type Operations = typeof operations;
/** The name of an operation. */
export type OpName = keyof Operations;
/** What the caller passes to operation N. */
export type OpArgs<N extends OpName> = z.input<Operations[N]["args"]>;
/** What the host's handler receives for operation N, after validation. */
export type OpParsedArgs<N extends OpName> = z.output<Operations[N]["args"]>;
/** What operation N resolves to. */
export type OpResult<N extends OpName> = NonNullable<Operations[N]["result"]>;

/** The names of all operations, in contract order. */
export const opNames = Object.keys(operations) as OpName[];

/** True when `name` is an operation of the contract. */
export function isOpName(name: string): name is OpName {
  return Object.prototype.hasOwnProperty.call(operations, name);
}
