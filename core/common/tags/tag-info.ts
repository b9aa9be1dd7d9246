// What the journal knows of one tag: its spelling, its key and how many posts carry it.

/** One tag of the journal. */
export interface TagInfo {
  /** Spelling shown: the first spelling seen among the posts that carry it (see TagCatalog). */
  tag: string;
  /** Comparison key (see normalizeTag). */
  key: string;
  /** Posts tagged with exactly this tag. */
  count: number;
  /** Posts tagged with this tag or any tag nested under it (each post once). */
  total: number;
}
