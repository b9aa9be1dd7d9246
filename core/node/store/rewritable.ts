// Rewriting a post file safely: which files must not be rewritten (their bytes would not survive a
// round trip through its text), and a file with new front-matter YAML and every other byte as it was.
import { TsuzuriError } from "../../contract/index.js";
import type { PostFile } from "./post-file.js";

/** Throws "unsupported" (nothing is written) for a file with lone-CR line endings or bytes that are not UTF-8. */
export function assertRewritable(file: PostFile, rel: string): void {
  if (/\r(?!\n)/.test(file.text)) {
    throw new TsuzuriError(
      "unsupported",
      `${rel} uses old Mac line endings (a carriage return alone). Tsuzuri does not rewrite it (its lines would get mixed up), so nothing was written. Convert the file to Unix or Windows line endings and open it again.`,
    );
  }
  if (!file.utf8) {
    throw new TsuzuriError(
      "unsupported",
      `${rel} is not UTF-8 text. Tsuzuri does not overwrite it (that would garble it), so nothing was written. Convert the file to UTF-8 and open it again.`,
    );
  }
}

/**
 * The text of `file` (which has front matter) with `yaml` between its fences: the byte order mark,
 * the fences, the blank line after them (or its absence) and the body are copied as found.
 */
export function withFrontMatterYaml(file: PostFile, yaml: string): string {
  const { split } = file.parsed;
  const gap = file.text.slice(split.head.length, file.text.length - split.body.length);
  return (split.bom ? "\uFEFF" : "") + split.open + yaml + split.close + gap + split.body;
}
