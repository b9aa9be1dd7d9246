// Exporting one post as one self-contained HTML file.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { TsuzuriError } from "../../contract/index.js";
import {
  GENERATOR,
  escapeAttr,
  imageTypeOf,
  isOutsideRef,
  isPostTarget,
  linkedRefs,
  localRefs,
  renderSinglePost,
  type TargetMap,
} from "../../common/export/index.js";
import { renderBody } from "./pipeline.js";
import { atomicWrite, makeDir } from "../store/index.js";
import { exportError, isMissing } from "./errors.js";
import { dataUrl, findImages } from "./media.js";
import { journalLangOf } from "./options.js";
import { readSourcePost, type JournalSource } from "./read-posts.js";
import { loadStylesheet } from "./theme.js";
import type { ExportPostOptions, ExportPostResult } from "./types.js";
import { missingTargetWarning } from "./warnings.js";

const capitalised = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

const OUR_MARK = `<meta name="generator" content="${escapeAttr(GENERATOR)}">`;

/** True when `file` is missing or is an earlier export of Tsuzuri (safe to replace). */
async function replaceable(file: string): Promise<boolean> {
  try {
    const head = (await readFile(file)).subarray(0, 4096).toString("utf8");
    return head.includes(OUR_MARK);
  } catch (e) {
    if (isMissing(e)) return true;
    throw exportError(e, "read", file);
  }
}

/**
 * Exports the post at journal path `postPath` as the single HTML file `outFile`: stylesheet
 * inline, the images it shows embedded as data: URLs, code highlighted, title, date and tags, a
 * print style, light and dark. Links to other posts and other files become plain text. An
 * existing file is replaced only if it is an earlier Tsuzuri export, or with `overwrite`.
 */
export async function exportPost(
  journal: JournalSource,
  postPath: string,
  outFile: string,
  options: ExportPostOptions = {},
): Promise<ExportPostResult> {
  const started = performance.now();
  const file = path.resolve(outFile);
  const { page, warnings } = await renderPostPage(journal, postPath, options);
  options.signal?.throwIfAborted();
  options.onProgress?.({ phase: "write", done: 0, total: 1 });
  if (!options.overwrite && !(await replaceable(file))) {
    throw new TsuzuriError(
      "exists",
      `${file} already exists and is not a Tsuzuri export: choose another file name (or allow replacing it).`,
    );
  }
  const bytes = Buffer.from(page, "utf8");
  try {
    await makeDir(path.dirname(file));
    await atomicWrite(file, bytes, { label: file });
  } catch (e) {
    throw e instanceof TsuzuriError ? e : exportError(e, "write", file);
  }
  options.onProgress?.({ phase: "write", done: 1, total: 1 });
  return { file, bytes: bytes.length, warnings, ms: Math.round(performance.now() - started) };
}

/**
 * The page of exportPost, not written anywhere: the post rendered with the export's stylesheet (its
 * print rules too) and its images embedded, and the warnings. The print view and PDF export show it.
 */
export async function renderPostPage(
  journal: JournalSource,
  postPath: string,
  options: ExportPostOptions = {},
): Promise<{ page: string; warnings: string[] }> {
  options.signal?.throwIfAborted();
  const lang = journalLangOf(options.lang);
  options.onProgress?.({ phase: "read", done: 0, total: 1 });
  const source = await readSourcePost(journal.dir, postPath, lang).catch((e: unknown) => {
    throw exportError(e, "read", postPath);
  });
  if (!source) throw new TsuzuriError("not-found", `The post ${postPath} is not in ${journal.dir} (moved or deleted?).`);
  options.onProgress?.({ phase: "render", done: 0, total: 1 });
  const vertical = options.vertical === true;
  const html = await renderBody(await source.body(), { vertical });
  const refs = localRefs(html, postPath);
  const { images, unsafe } = await findImages(
    journal.dir,
    refs.filter((r) => !isPostTarget(r) && !isOutsideRef(r) && imageTypeOf(r)),
  );
  const linked = linkedRefs(html, postPath);
  const targets: TargetMap = {};
  const warnings: string[] = [];
  for (const ref of refs) {
    const image = images.get(ref);
    targets[ref] = image ? { url: await dataUrl(image) } : null;
    if (image && linked.has(ref))
      warnings.push(`The link to ${ref} was made plain text (a single file cannot link to other files; the image itself is embedded).`);
    else if (!image && (isOutsideRef(ref) || unsafe.has(ref)))
      warnings.push(capitalised(missingTargetWarning(ref, false, unsafe.has(ref))));
    else if (!image)
      warnings.push(
        imageTypeOf(ref) && !isPostTarget(ref)
          ? `The image ${ref} was left out (it is not a file inside the journal).`
          : `The link to ${ref} was made plain text (a single file cannot link to other files).`,
      );
  }
  const { post } = source;
  const page = renderSinglePost(
    {
      path: postPath,
      title: post.title,
      date: post.date,
      lang: post.lang,
      excerpt: post.excerpt,
      tags: post.tags,
      css: await loadStylesheet(vertical),
      targets,
    },
    html,
  );
  return { page, warnings };
}
