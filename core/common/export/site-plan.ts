// The plan of a site: which page every post and tag gets, the order of posts, previous and next,
// the index pages and the tree of tags. Pure and deterministic: the same posts give the same plan.
import { TagCatalog, readTag, tagAndAncestors } from "../tags/index.js";
import { FEED_FILE, INDEX_FILE, STYLESHEET_FILE, TAGS_INDEX_FILE } from "./constants.js";
import { majorityLang } from "./lang.js";
import type { ExportPost } from "./model.js";
import { sortNewestFirst } from "./order.js";
import { paginate, type Page } from "./pagination.js";
import { PathAllocator, postPagePath, tagPagePath, tagSegments } from "./paths.js";

/** A post with its place in the site. */
export interface PlannedPost extends ExportPost {
  /** Site path of its page. */
  page: string;
  /** The next newer and next older post (null at the ends). */
  newer: PlannedPost | null;
  older: PlannedPost | null;
  /** Its tags, as the tag pages name them, in the order the post lists them. */
  tagRefs: TagRef[];
}

/** A link to a tag page. */
export interface TagRef {
  /** The tag as shown (full, with its parents: "dev/frontend"). */
  tag: string;
  page: string;
}

/** A tag with its page: posts tagged with it or with a tag nested under it. */
export interface PlannedTag extends TagRef {
  key: string;
  /** The last level ("frontend" of "dev/frontend"). */
  name: string;
  /** The parent tag, for nested tags. */
  parent: PlannedTag | null;
  children: PlannedTag[];
  /** Newest first. */
  posts: PlannedPost[];
}

/** The whole site. */
export interface SitePlan {
  /** Language of the pages around posts (index, tags): the journal's, else the most common among posts. */
  lang: string;
  /** Newest first. */
  posts: PlannedPost[];
  /** Index pages; page n is at indexPagePath(n). */
  indexPages: Page<PlannedPost>[];
  /** Top-level tags (sorted by name), each with its nested tags. */
  tagTree: PlannedTag[];
  /** Every tag, parents before children, by name. */
  tags: PlannedTag[];
  /** journal path → post, for links between posts. */
  byPath: Map<string, PlannedPost>;
}

/** Options of planSite. */
export interface PlanOptions {
  /** Posts per index page. */
  pageSize: number;
  /** The journal's language, if it has one. */
  lang?: string | null;
}

/**
 * Plans a site of `posts` (already selected). Page paths are handed out in a stable order (fixed
 * files, then tags by key, then posts by journal path), so a path only changes when a post that
 * claimed the same slug earlier appears or its own slug changes.
 */
export function planSite(posts: readonly ExportPost[], options: PlanOptions): SitePlan {
  const sorted = sortNewestFirst(posts);
  const paths = new PathAllocator();
  for (const fixed of [INDEX_FILE, TAGS_INDEX_FILE, STYLESHEET_FILE, FEED_FILE]) paths.reserve(fixed);

  const tags = planTags(sorted, paths);
  const byKey = new Map(tags.map((t) => [t.key, t]));
  const pages = new Map<string, string>();
  for (const post of [...sorted].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))) {
    pages.set(post.path, paths.claim(postPagePath(post.slug)));
  }
  const planned: PlannedPost[] = sorted.map((post) => ({
    ...post,
    page: pages.get(post.path) ?? "",
    newer: null,
    older: null,
    tagRefs: tagRefsOf(post, byKey),
  }));
  planned.forEach((post, i) => {
    post.newer = planned[i - 1] ?? null;
    post.older = planned[i + 1] ?? null;
  });
  const byPath = new Map(planned.map((p) => [p.path, p]));
  for (const post of planned) {
    const keys = new Set(
      post.tags.flatMap((t) => {
        const read = readTag(t);
        return read ? tagAndAncestors(read.key) : [];
      }),
    );
    for (const key of keys) byKey.get(key)?.posts.push(post);
  }
  return {
    lang:
      options.lang ??
      majorityLang(
        planned.map((p) => p.lang),
        "en",
      ),
    posts: planned,
    indexPages: paginate(planned, options.pageSize),
    tagTree: tags.filter((t) => t.parent === null),
    tags,
    byPath,
  };
}

function planTags(posts: readonly ExportPost[], paths: PathAllocator): PlannedTag[] {
  const catalog = TagCatalog.from(posts.map((p) => ({ path: p.path, tags: p.tags })));
  const out: PlannedTag[] = [];
  const visit = (nodes: ReturnType<TagCatalog["tree"]>, parent: PlannedTag | null): PlannedTag[] =>
    nodes.map((node) => {
      const tag: PlannedTag = { key: node.key, tag: node.tag, name: node.name, page: "", parent, children: [], posts: [] };
      out.push(tag);
      tag.children = visit(node.children, tag);
      return tag;
    });
  visit(catalog.tree("name"), null);
  for (const tag of [...out].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)))
    tag.page = paths.claim(tagPagePath(tagSegments(tag.key)));
  return out;
}

function tagRefsOf(post: ExportPost, byKey: Map<string, PlannedTag>): TagRef[] {
  const seen = new Set<string>();
  const refs: TagRef[] = [];
  for (const raw of post.tags) {
    const read = readTag(raw);
    const tag = read && !seen.has(read.key) ? byKey.get(read.key) : undefined;
    if (!read || !tag) continue;
    seen.add(read.key);
    refs.push({ tag: tag.tag, page: tag.page });
  }
  return refs;
}
