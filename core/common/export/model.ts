// What export knows of a post once it is read: its metadata, its page slug and its language.

/** A post as export sees it (the body is read separately, only when its page is built). */
export interface ExportPost {
  /** Journal path ("/"-separated): the post's identity. */
  path: string;
  /** Front-matter `id`, or null. */
  id: string | null;
  title: string;
  /** ISO 8601 date as written in the front matter, or null. */
  date: string | null;
  updated: string | null;
  /** Tags as written in the front matter. */
  tags: string[];
  draft: boolean;
  /** Page slug (see postSlug). */
  slug: string;
  /** Language of the post: front matter `lang`, else the journal's, else detected. */
  lang: string;
  /** First line of prose, plain text (see excerptOf). */
  excerpt: string;
}
