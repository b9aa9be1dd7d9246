// Exporting a journal (or a selection of it) as a static site folder, incrementally: a re-export
// reads and renders only posts that changed, makes again only the files whose inputs changed, writes
// only files whose bytes changed, and removes the files of the previous export that are no longer part of the site.
import path from "node:path";
import {
  PAGE_SIZE,
  PathAllocator,
  imageTypeOf,
  isOutsideRef,
  isPostTarget,
  localRefs,
  mediaPath,
  planSite,
  selectPosts,
  type PlannedPost,
} from "../../common/export/index.js";
import { mapLimit } from "../store/index.js";
import { READ_CONCURRENCY, RENDER_CONCURRENCY, RENDER_POOL_MIN_BODIES } from "./constants.js";
import { exportError } from "./errors.js";
import { exportCacheDir } from "./cache-dir.js";
import { exportFingerprint, pipelineFingerprint } from "./fingerprint.js";
import type { ManifestPost } from "./manifest.js";
import { findImages, publishedBytes } from "./media.js";
import { baseUrlOf, journalLangOf, selectionOf } from "./options.js";
import { OutputDir } from "./output-dir.js";
import { readSourcePosts, type JournalSource, type SourcePost } from "./read-posts.js";
import { RenderCache } from "./render-cache.js";
import { inThread, renderPool, type BodyRenderer } from "./render-pool.js";
import { siteOutputs, targetsOf } from "./site-outputs.js";
import { Stamps } from "./stamps.js";
import { loadStylesheet } from "./theme.js";
import type { ExportPhase, ExportSiteOptions, ExportSiteResult } from "./types.js";
import { warningsOf } from "./warnings.js";
import { writeSite } from "./write-site.js";

/**
 * Exports the posts of `journal` chosen by `options` (all but drafts by default) as a static site
 * in `outDir`: index pages, a page per post and per tag, a tags index, an Atom feed, the images
 * posts show, one stylesheet. `outDir` must be empty or hold an earlier export. The same journal
 * gives byte-identical files. Failures are TsuzuriErrors ("exists", "permission", "disk-full", …);
 * after a failure or a cancel, the manifest says the export is incomplete.
 */
export async function exportSite(journal: JournalSource, outDir: string, options: ExportSiteOptions = {}): Promise<ExportSiteResult> {
  const started = performance.now();
  const { signal } = options;
  const progress = (phase: ExportPhase, done: number, total: number) => options.onProgress?.({ phase, done, total });
  signal?.throwIfAborted();
  const selection = selectionOf(options);
  const baseUrl = baseUrlOf(options.baseUrl);
  const journalLang = journalLangOf(options.lang);

  const out = await OutputDir.open(outDir);
  const vertical = options.vertical === true;
  const stylesheet = await loadStylesheet(vertical);
  const cacheDir = await exportCacheDir(journal.dir);
  const fingerprint = await exportFingerprint(stylesheet, cacheDir);
  const cache = RenderCache.open(cacheDir, await pipelineFingerprint(stylesheet, cacheDir));
  // A failed export lets go of the cache's pack file (a succeeded one lets go of it in flush).
  try {
    const stamps = await Stamps.load(cacheDir, out.dir);
    const previous = out.previous;
    const known = previous?.fingerprint === fingerprint ? previous.posts : {};

    const sources = await readSourcePosts(journal, journalLang, known, READ_CONCURRENCY, (d, t) => progress("read", d, t), signal);
    const byPath = new Map<string, SourcePost>(sources.map((s) => [s.post.path, s]));
    const plan = planSite(
      selectPosts(
        sources.map((s) => s.post),
        selection,
      ),
      { pageSize: PAGE_SIZE, lang: journalLang },
    );
    const site = { title: options.title?.trim() || path.basename(journal.dir), lang: plan.lang };

    // What each body refers to: remembered for unchanged posts, else learnt by rendering it (the
    // rendered body is kept for its page). Bodies come from the render cache when it has them.
    const posts: Record<string, ManifestPost> = {};
    for (const s of sources) posts[s.post.path] = { source: s.hash, ...s.remembered };
    const rememberedRefs = (p: string) => (known[p]?.source === posts[p]?.source ? known[p]?.refs : undefined);
    const bodies = new Map<string, Promise<string>>();
    // Many bodies to render (a first export): on every core. A few (a re-export): here.
    const unknown = plan.posts.filter((p) => rememberedRefs(p.path) === undefined).length;
    const renderer = unknown >= RENDER_POOL_MIN_BODIES ? renderPool() : inThread;
    const body = (post: PlannedPost): Promise<string> => {
      let html = bodies.get(post.path);
      if (html === undefined) bodies.set(post.path, (html = renderedBody(byPath.get(post.path), cache, renderer, vertical)));
      return html;
    };
    try {
      let rendered = 0;
      await mapLimit(
        plan.posts,
        RENDER_CONCURRENCY,
        async (post) => {
          const entry = posts[post.path] ?? (posts[post.path] = { source: "" });
          entry.refs = rememberedRefs(post.path) ?? localRefs(await body(post), post.path);
          progress("render", ++rendered, plan.posts.length);
        },
        signal,
      );
    } catch (e) {
      await renderer.close();
      throw e;
    }
    const refs = (p: string) => posts[p]?.refs ?? [];

    const { images, unsafe } = await findImages(
      journal.dir,
      plan.posts.flatMap((p) => refs(p.path)).filter((r) => !isPostTarget(r) && !isOutsideRef(r) && imageTypeOf(r)),
    );
    const copies = new PathAllocator();
    const media = new Map([...images.keys()].map((rel) => [rel, copies.claim(mediaPath(rel))]));
    const outputs = siteOutputs({
      plan,
      site,
      fingerprint,
      stylesheet,
      baseUrl,
      media,
      images,
      body,
      refs,
      sourceHash: (p) => byPath.get(p)?.hash ?? "",
      readImage: async (image) => {
        try {
          return await publishedBytes(image);
        } catch (e) {
          throw exportError(e, "read", image.abs);
        }
      },
    });
    const warnings = warningsOf(
      plan.posts,
      refs,
      (r) => targetsOf({ plan, media }, [r])[r] ?? null,
      (r) => byPath.has(r),
      unsafe,
    );
    const result = await writeSite(out, outputs, { previous, fingerprint, posts, stamps, signal, progress }).finally(() =>
      renderer.close(),
    );
    await cache.flush(new Set(sources.map((s) => s.hash)));
    return { outDir: out.dir, posts: plan.posts.length, ...result, warnings, ms: Math.round(performance.now() - started) };
  } finally {
    await cache.close();
  }
}

/** The rendered body of `source`: from the cache (its key includes the stylesheet, so vertical.css), else rendered (and then cached). */
async function renderedBody(
  source: SourcePost | undefined,
  cache: RenderCache,
  renderer: BodyRenderer,
  vertical: boolean,
): Promise<string> {
  if (!source) return "";
  const cached = await cache.get(source.hash);
  if (cached !== undefined) return cached;
  const html = await renderer.render(await source.body(), { vertical });
  cache.put(source.hash, html);
  return html;
}
