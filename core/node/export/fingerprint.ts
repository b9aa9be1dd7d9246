// A fingerprint of everything besides a post that shapes its page: the format version, the
// stylesheet, the Markdown pipeline and the templates. Pages of an export with another fingerprint
// are all rebuilt, so a new version of Tsuzuri never leaves pages in an old style behind. Computing
// it renders samples (and so loads the Markdown pipeline): its value is kept in the export cache
// under the hash of the code and stylesheet, so a re-export that renders nothing loads no pipeline.
import {
  EXPORT_FORMAT_VERSION,
  PAGE_SIZE,
  detectLang,
  planSite,
  postSlug,
  postPageInput,
  renderFeed,
  renderIndexPages,
  renderPostPage,
  renderSinglePost,
  renderTagPage,
  renderTagsIndex,
  type ExportPost,
} from "../../common/export/index.js";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { FINGERPRINT_FILE } from "./constants.js";
import { readBytes, replaceBytes } from "./fast-fs.js";
import { hashOf, sha256 } from "./hash.js";
import { loadRenderer } from "./pipeline.js";

const SAMPLE_BODY = [
  "# 見出し Heading",
  "",
  "本文と [リンク](other.md#x) と ![画像](img/a.png)。",
  "",
  "| 左 | 中 | 右 |",
  "|:--|:-:|--:|",
  "| a | b | c |",
  "",
  "```ts",
  "const x: number = 1;",
  "```",
  "",
  "- 一",
  "  - 二",
  "    - 三",
  "      - 四",
  "",
  "脚注[^1]",
  "",
  "[^1]: 注。",
  "",
].join("\n");

const SAMPLE_POST: ExportPost = {
  path: "posts/2019/sample.md",
  id: null,
  title: "サンプル",
  date: "2019-07-24T21:30:00+09:00",
  updated: null,
  tags: ["dev/frontend", "日記"],
  draft: false,
  slug: "sample",
  lang: "ja",
  excerpt: "本文",
};

let cached: { stylesheet: string; value: string } | undefined;

/** The fingerprint of this code with `stylesheet`, as kept in the export cache folder `cacheDir`, or null. */
async function keptFingerprint(cacheDir: string | null, key: string): Promise<string | null> {
  if (cacheDir === null) return null;
  try {
    const kept = JSON.parse((await readBytes(path.join(cacheDir, FINGERPRINT_FILE))).toString("utf8")) as {
      key?: unknown;
      value?: unknown;
    };
    return kept.key === key && typeof kept.value === "string" ? kept.value : null;
  } catch {
    return null;
  }
}

/**
 * The fingerprint of this version of export with this stylesheet: kept in the export cache folder
 * `cacheDir` (when not null) under the hash of the code and stylesheet, else computed (and kept).
 */
export async function exportFingerprint(stylesheet: string, cacheDir: string | null = null): Promise<string> {
  if (cached?.stylesheet === stylesheet) return cached.value;
  const key = hashOf("fingerprint", codeHash(), sha256(stylesheet));
  const kept = await keptFingerprint(cacheDir, key);
  if (kept !== null) {
    cached = { stylesheet, value: kept };
    return kept;
  }
  const value = await computeFingerprint(stylesheet, await loadRenderer());
  cached = { stylesheet, value };
  if (cacheDir !== null) await replaceBytes(path.join(cacheDir, FINGERPRINT_FILE), JSON.stringify({ key, value })).catch(() => undefined);
  return value;
}

async function computeFingerprint(stylesheet: string, renderMarkdown: Awaited<ReturnType<typeof loadRenderer>>): Promise<string> {
  const html = (await renderMarkdown(SAMPLE_BODY)).html;
  const site = { title: "Site", lang: "ja" };
  const plan = planSite([SAMPLE_POST, { ...SAMPLE_POST, path: "posts/b.md", slug: "b", lang: "en", date: "2019-07-25" }], {
    pageSize: PAGE_SIZE,
  });
  const targets = { "posts/2019/other.md": null, "posts/2019/img/a.png": { file: "media/posts/2019/img/a.png" } };
  const pages = [
    ...plan.posts.map((p) => renderPostPage(postPageInput(site, p, targets), html)),
    ...renderIndexPages(plan, site).map((p) => p.html),
    ...plan.tags.map((t) => renderTagPage(t, site).html),
    renderTagsIndex(plan, site).html,
    renderSinglePost({ path: SAMPLE_POST.path, title: "T", date: null, lang: "en", excerpt: "", tags: ["t"], css: "", targets }, html),
    renderFeed({
      title: "Site",
      lang: "ja",
      baseUrl: null,
      idHash: "0",
      entries: [
        {
          title: "T",
          page: "posts/a.html",
          date: SAMPLE_POST.date,
          updated: null,
          lang: "ja",
          excerpt: "e",
          contentHtml: html,
          idHash: "1",
        },
      ],
    }),
  ];
  // The rules for slugs and languages too: the manifest remembers their results for unchanged posts.
  const rules = [
    postSlug("My Post/カンファレンス: 2日目", "a/B c.md"),
    postSlug(undefined, "notes/CON.md"),
    detectLang("日本語と English の text"),
    detectLang("English 日本"),
  ];
  return hashOf(EXPORT_FORMAT_VERSION, stylesheet, pages, rules);
}

let code: string | undefined;

/**
 * A hash of the code that renders bodies, for caches kept between runs (a sample render cannot see
 * every change). Bundled (dist/…), the bundle's files beside this module; run from source, the
 * Markdown pipeline's source files.
 */
function codeHash(): string {
  if (code !== undefined) return code;
  const here = path.dirname(fileURLToPath(import.meta.url));
  const bundled = !import.meta.url.endsWith(".ts");
  // From source, the folders of everything a page is made by: the pipeline, the templates, export itself.
  const common = path.join(here, "..", "..", "common");
  const dirs = bundled
    ? [here]
    : [
        here,
        path.join(here, "..", "markdown"),
        path.join(common, "markdown"),
        path.join(common, "export"),
        path.join(common, "export", "templates"),
      ];
  const parts: string[] = [];
  for (const dir of dirs) {
    let names: string[] = [];
    try {
      names = readdirSync(dir)
        .filter((n) => /\.(js|mjs|cjs|ts)$/.test(n))
        .sort();
    } catch {
      names = [];
    }
    for (const n of names) parts.push(n, sha256(readFileSync(path.join(dir, n))));
  }
  code = hashOf(parts);
  return code;
}

/** The fingerprint of the body renderer, for the render cache: this export's fingerprint and the code's hash. */
export async function pipelineFingerprint(stylesheet: string, cacheDir: string | null = null): Promise<string> {
  return hashOf("pipeline", await exportFingerprint(stylesheet, cacheDir), codeHash());
}
