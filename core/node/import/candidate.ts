// A post waiting to be written: its metadata, known once the source is read, and its body, made only
// after every candidate has its path (so that links between imported posts can point at those paths).

/** What building a body may ask of the import. */
export interface BodyContext {
  /** The journal path the post gets. */
  postPath: string;
  /** The journal path of the post made from the source entry `key` (a file path, a basename), or null. */
  postFor(key: string): string | null;
  /** The journal path a file of the source (path inside it) is copied to, or null when it is not there. */
  asset(sourcePath: string): Promise<string | null>;
  /** Notes something not carried over exactly. */
  warn(message: string): void;
}

/** An entry of the source that can become a post. */
export interface Candidate {
  /** How the report names it. */
  entry: string;
  /** Source identity (numbered for repeats before use). */
  identity: string;
  /** How links in the source name this entry (Markdown: its path; MT: its basename); null when none. */
  key: string | null;
  title: string;
  date: string;
  updated: string | null;
  tags: string[];
  draft: boolean;
  extras: Record<string, unknown>;
  /** What the file name is made from (the slug, else the title). */
  nameFrom: string;
  warnings: string[];
  /** Makes the Markdown body; throws when the entry cannot be converted (it then fails alone). */
  body(ctx: BodyContext): Promise<string>;
}

/** An entry skipped before planning (not a post), with the reason. */
export interface Passed {
  entry: string;
  reason: string;
}

/** What reading a source gives. */
export interface SourceEntries {
  candidates: Candidate[];
  failed: { entry: string; reason: string }[];
  passed: Passed[];
}
