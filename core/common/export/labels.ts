// The words of exported pages around the posts, in English and Japanese.
import { isJapanese } from "./lang.js";

/** Every label a template uses. */
export interface Labels {
  skip: string;
  siteNav: string;
  posts: string;
  tags: string;
  feed: string;
  tagsOfPost: string;
  postNav: string;
  older: string;
  newer: string;
  olderPosts: string;
  newerPosts: string;
  pages: string;
  page(n: number, of: number): string;
  tagTitle(tag: string): string;
  postCount(n: number): string;
  parentTag: string;
  nestedTags: string;
  noPosts: string;
  generatedBy: string;
}

const EN: Labels = {
  skip: "Skip to content",
  siteNav: "Site",
  posts: "Posts",
  tags: "Tags",
  feed: "Feed",
  tagsOfPost: "Tags",
  postNav: "Older and newer posts",
  older: "Older",
  newer: "Newer",
  olderPosts: "Older posts",
  newerPosts: "Newer posts",
  pages: "Pages",
  page: (n, of) => `Page ${n} of ${of}`,
  tagTitle: (tag) => `Posts tagged “${tag}”`,
  postCount: (n) => (n === 1 ? "1 post" : `${n} posts`),
  parentTag: "Parent tag",
  nestedTags: "Nested tags",
  noPosts: "No posts yet.",
  generatedBy: "Made with Tsuzuri",
};

const JA: Labels = {
  skip: "本文へ移動",
  siteNav: "サイト",
  posts: "記事一覧",
  tags: "タグ",
  feed: "フィード",
  tagsOfPost: "タグ",
  postNav: "前後の記事",
  older: "前の記事",
  newer: "次の記事",
  olderPosts: "古い記事",
  newerPosts: "新しい記事",
  pages: "ページ",
  page: (n, of) => `${of}ページ中${n}ページ目`,
  tagTitle: (tag) => `タグ「${tag}」の記事`,
  postCount: (n) => `${n}件`,
  parentTag: "親タグ",
  nestedTags: "下位のタグ",
  noPosts: "まだ記事がありません。",
  generatedBy: "Tsuzuri で作成",
};

/** The labels for pages in `lang`: Japanese for "ja…", English otherwise. */
export function labelsFor(lang: string): Labels {
  return isJapanese(lang) ? JA : EN;
}
