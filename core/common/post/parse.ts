// Reading a post file: everything the list and the editor need, from its text alone.
import { countChars } from "./chars.js";
import { toLf } from "./eol.js";
import { excerptOf } from "./excerpt.js";
import { metaFromData, readFrontMatter, type FrontMatter, type PostMeta } from "./front-matter.js";
import { splitFrontMatter, type SplitFile } from "./split.js";
import { resolveTitle } from "./title.js";

/** A post file, parsed. */
export interface ParsedPost {
  split: SplitFile;
  frontMatter: FrontMatter;
  /** Metadata from the front matter (all null/empty when it is missing or unreadable). */
  meta: PostMeta;
  /** The body with "\n" line breaks (whatever the file uses). */
  body: string;
  /** The title to show (see resolveTitle). */
  title: string;
  excerpt: string;
  /** Characters of the body (see countChars). */
  chars: number;
}

/** Parses the text of a post file named `fileName` (a name or a path; used for the fallback title). Never throws. */
export function parsePost(text: string, fileName: string): ParsedPost {
  const split = splitFrontMatter(text);
  const frontMatter = readFrontMatter(split.yaml);
  const meta = metaFromData(frontMatter.data);
  const body = toLf(split.body);
  return {
    split,
    frontMatter,
    meta,
    body,
    title: resolveTitle(meta.title, body, fileName),
    excerpt: excerptOf(body),
    chars: countChars(body),
  };
}
