// The tags of a journal: how many posts carry each, nested tags as a tree, and untagged posts.
import { compareTagNames } from "./collate.js";
import { TAG_SEPARATOR } from "./constants.js";
import { readTag, tagAndAncestors, tagKey } from "./normalize.js";
import { suggestTags, type SuggestOptions, type TagSuggestion } from "./suggest.js";
import type { TagInfo } from "./tag-info.js";

/** What the catalog needs of a post. */
export interface TaggedPost {
  /** The post's identity (its journal path). */
  path: string;
  /** Its tags as found in the front matter. */
  tags: readonly string[];
}

/** A tag in the tree of nested tags. */
export interface TagNode extends TagInfo {
  /** The last level of `tag`: `frontend` for `dev/frontend`. */
  name: string;
  children: TagNode[];
}

/** Orders of tags: by name (Japanese collation) or by number of posts, most first. */
export type TagSort = "name" | "count";

interface Entry {
  key: string;
  count: number;
  total: number;
  /** Spellings of posts tagged exactly so → how many posts; insertion order is the order first seen. */
  own: Map<string, number>;
  /** Spellings of this level as written in nested tags under it. */
  nested: Map<string, number>;
}

interface PostTags {
  own: [key: string, tag: string][];
  all: [key: string, tag: string][];
}

const bump = (m: Map<string, number>, k: string, by: number): void => {
  const n = (m.get(k) ?? 0) + by;
  if (n > 0) m.set(k, n);
  else m.delete(k);
};

const first = (m: Map<string, number>): string | undefined => m.keys().next().value;

/**
 * Counts tags across posts. Tags are compared by key (`Kubernetes` ≡ `kubernetes`); a post counts once
 * per tag however often it repeats it. The spelling shown for a tag is the first spelling seen
 * (in the order posts were given) that is still in use. Nested tags (`dev/frontend`) make a tree:
 * a node's `total` counts the posts tagged with it or anything under it, each once, so `dev` counts
 * a post tagged `dev/frontend`. Kept up to date with `set` and `delete`.
 */
export class TagCatalog {
  private readonly posts = new Map<string, PostTags>();
  private readonly entries = new Map<string, Entry>();
  private untaggedPosts = 0;

  /** A catalog of `posts`. */
  static from(posts: Iterable<TaggedPost>): TagCatalog {
    const catalog = new TagCatalog();
    for (const post of posts) catalog.set(post.path, post.tags);
    return catalog;
  }

  /** Adds the post at `path` with `tags`, or replaces its tags. */
  set(path: string, tags: readonly string[]): void {
    this.delete(path);
    const post = postTagsOf(tags);
    this.posts.set(path, post);
    if (post.own.length === 0) this.untaggedPosts++;
    this.apply(post, 1);
  }

  /** Forgets the post at `path`; false if it was not there. */
  delete(path: string): boolean {
    const post = this.posts.get(path);
    if (!post) return false;
    this.posts.delete(path);
    if (post.own.length === 0) this.untaggedPosts--;
    this.apply(post, -1);
    return true;
  }

  /** Number of posts in the catalog. */
  get postCount(): number {
    return this.posts.size;
  }

  /** Number of posts without any tag. */
  get untagged(): number {
    return this.untaggedPosts;
  }

  /** The tag `tag` (compared by key), including tags that exist only as the parent of nested ones. */
  get(tag: string): TagInfo | undefined {
    const key = tagKey(tag);
    const entry = key === null ? undefined : this.entries.get(key);
    return entry && infoOf(entry);
  }

  /** Every tag some post carries (not parents that exist only through nested tags), sorted by name or by `count`. */
  list(sort: TagSort = "name"): TagInfo[] {
    const out = [...this.entries.values()].filter((e) => e.count > 0).map(infoOf);
    return out.sort(
      sort === "count" ? (a, b) => b.count - a.count || compareTagNames(a.tag, b.tag) : (a, b) => compareTagNames(a.tag, b.tag),
    );
  }

  /** The tree of tags: top-level tags with nested ones as children, each level sorted by name or by `total`. */
  tree(sort: TagSort = "name"): TagNode[] {
    const nodes = new Map<string, TagNode>();
    for (const entry of this.entries.values()) {
      const info = infoOf(entry);
      nodes.set(entry.key, { ...info, name: info.tag.slice(info.tag.lastIndexOf(TAG_SEPARATOR) + 1), children: [] });
    }
    const roots: TagNode[] = [];
    for (const node of nodes.values()) {
      const cut = node.key.lastIndexOf(TAG_SEPARATOR);
      const parent = cut === -1 ? undefined : nodes.get(node.key.slice(0, cut));
      (parent ? parent.children : roots).push(node);
    }
    const order =
      sort === "count"
        ? (a: TagNode, b: TagNode) => b.total - a.total || compareTagNames(a.name, b.name)
        : (a: TagNode, b: TagNode) => compareTagNames(a.name, b.name);
    const sortAll = (list: TagNode[]): TagNode[] => {
      list.sort(order);
      for (const n of list) sortAll(n.children);
      return list;
    };
    return sortAll(roots);
  }

  /** Tags for an autocomplete of `input` (see suggestTags), parents of nested tags included. */
  suggest(input: string, options: SuggestOptions = {}): TagSuggestion[] {
    return suggestTags([...this.entries.values()].map(infoOf), input, options);
  }

  private apply(post: PostTags, by: 1 | -1): void {
    for (const [key, tag] of post.own) {
      const e = this.entry(key);
      e.count += by;
      bump(e.own, tag, by);
    }
    for (const [key, tag] of post.all) {
      const e = this.entry(key);
      e.total += by;
      bump(e.nested, tag, by);
      if (e.total === 0) this.entries.delete(key);
    }
  }

  private entry(key: string): Entry {
    let e = this.entries.get(key);
    if (!e) this.entries.set(key, (e = { key, count: 0, total: 0, own: new Map(), nested: new Map() }));
    return e;
  }
}

function infoOf(e: Entry): TagInfo {
  return { tag: first(e.own) ?? first(e.nested) ?? e.key, key: e.key, count: e.count, total: e.total };
}

/** A post's distinct tags (by key, first spelling), and those with every parent level. */
function postTagsOf(tags: readonly string[]): PostTags {
  const own = new Map<string, string>();
  for (const raw of tags) {
    const t = readTag(raw);
    if (t && !own.has(t.key)) own.set(t.key, t.tag);
  }
  const all = new Map<string, string>();
  for (const [key, tag] of own) {
    const spellings = tagAndAncestors(tag);
    tagAndAncestors(key).forEach((k, i) => {
      if (!all.has(k)) all.set(k, spellings[i] ?? k);
    });
  }
  return { own: [...own], all: [...all] };
}
