// The files of a site, in the order they are written (what pages link to comes before the pages
// that link to it), each with a way to make its bytes and, where making them is costly, a key: the
// hash of every input of the file. A file whose key is unchanged is not made again.
import {
  FEED_ENTRIES,
  FEED_FILE,
  STYLESHEET_FILE,
  exportBody,
  isPostTarget,
  postPageInput,
  renderFeed,
  renderIndexPages,
  renderPostPage,
  renderTagPage,
  renderTagsIndex,
  rfc3339,
  type PlannedPost,
  type SiteInfo,
  type SitePlan,
  type TargetMap,
} from "../../common/export/index.js";
import { hashOf, sha256 } from "./hash.js";
import type { MediaFile } from "./media.js";

/** One file of the site. */
export interface Output {
  path: string;
  /** Hash of the inputs, for files that are costly to make (post pages, the feed, images). */
  key?: string;
  /** For copied images: the source, so an unchanged copy is recognised by size without reading it. */
  media?: MediaFile;
  produce(): string | Uint8Array | Promise<string | Uint8Array>;
}

/** What the outputs are made from. */
export interface SiteInputs {
  plan: SitePlan;
  site: SiteInfo;
  fingerprint: string;
  stylesheet: string;
  baseUrl: string | null;
  /** journal path → SHA-256 of the post file. */
  sourceHash: (path: string) => string;
  /** journal path → what its body refers to. */
  refs: (path: string) => readonly string[];
  /** The rendered body of a post (the pipeline's HTML), rendered on first use. */
  body: (post: PlannedPost) => Promise<string>;
  /** journal path of an image → site path of its copy. */
  media: ReadonlyMap<string, string>;
  images: ReadonlyMap<string, MediaFile>;
  readImage: (image: MediaFile) => Promise<Uint8Array>;
}

/** Targets of the files a post refers to: pages of exported posts and copies of images; null for the rest. */
export function targetsOf(inputs: Pick<SiteInputs, "plan" | "media">, refs: readonly string[]): TargetMap {
  const targets: TargetMap = {};
  for (const ref of refs) {
    const page = isPostTarget(ref) ? inputs.plan.byPath.get(ref)?.page : undefined;
    const copy = isPostTarget(ref) ? undefined : inputs.media.get(ref);
    targets[ref] = page ? { file: page } : copy ? { file: copy } : null;
  }
  return targets;
}

/** Every file of the site, in writing order: stylesheet, images, posts, tag pages, tags index, index pages, feed. */
export function siteOutputs(inputs: SiteInputs): Output[] {
  const { plan, site, fingerprint } = inputs;
  const outputs: Output[] = [{ path: STYLESHEET_FILE, produce: () => inputs.stylesheet }];
  for (const [rel, copy] of [...inputs.media].sort((a, b) => (a[1] < b[1] ? -1 : 1))) {
    const image = inputs.images.get(rel);
    if (!image) continue;
    outputs.push({
      path: copy,
      key: hashOf("media", rel, image.size, image.mtimeMs, image.inert?.hash ?? null),
      media: image,
      produce: () => inputs.readImage(image),
    });
  }
  for (const post of plan.posts) {
    const input = postPageInput(site, post, targetsOf(inputs, inputs.refs(post.path)));
    outputs.push({
      path: post.page,
      key: hashOf(fingerprint, inputs.sourceHash(post.path), input),
      produce: async () => renderPostPage(input, await inputs.body(post)),
    });
  }
  for (const tag of plan.tags) outputs.push({ path: tag.page, produce: () => renderTagPage(tag, site).html });
  const tagsIndex = renderTagsIndex(plan, site);
  outputs.push({ path: tagsIndex.path, produce: () => tagsIndex.html });
  for (const page of renderIndexPages(plan, site)) outputs.push({ path: page.path, produce: () => page.html });
  outputs.push(feedOutput(inputs));
  return outputs;
}

function feedOutput(inputs: SiteInputs): Output {
  const { plan, site, baseUrl } = inputs;
  const posts = plan.posts.filter((p) => rfc3339(p.date) !== null).slice(0, FEED_ENTRIES);
  const entries = posts.map((p) => ({
    post: p,
    targets: targetsOf(inputs, inputs.refs(p.path)),
    meta: {
      title: p.title,
      page: p.page,
      date: p.date,
      updated: p.updated,
      lang: p.lang,
      excerpt: p.excerpt,
      idHash: sha256(`tsuzuri-post:${p.id ?? p.path}`),
    },
  }));
  const idHash = sha256(`tsuzuri-site:${site.title}`);
  return {
    path: FEED_FILE,
    key: hashOf(
      inputs.fingerprint,
      site,
      baseUrl,
      entries.map((e) => [inputs.sourceHash(e.post.path), e.meta, e.targets]),
    ),
    produce: async () => {
      const bodies = await Promise.all(entries.map((e) => inputs.body(e.post)));
      return renderFeed({
        title: site.title,
        lang: site.lang,
        baseUrl,
        idHash,
        entries: entries.map((e, i) => ({ ...e.meta, contentHtml: exportBody(bodies[i] ?? "", e.post.path, FEED_FILE, e.targets) })),
      });
    },
  };
}
