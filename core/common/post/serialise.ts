// Writing a post file: front matter (edited in place or new) followed by the body, in the file's line ending.
//
// Broken front matter: when the YAML of an existing file cannot be read (status "unreadable"), Tsuzuri
// cannot know which bytes are the user's data, so it never rewrites that block: the head of the file is
// kept verbatim on save and only the body is replaced. Title and tag changes are then not recorded
// (the caller learns this from `frontMatterWritten: false`); the user can repair the YAML by hand.
import { MANAGED_KEYS } from "./constants.js";
import { withEol, type Eol } from "./eol.js";
import type { FrontMatter } from "./front-matter.js";
import type { SplitFile } from "./split.js";
import { editFrontMatterYaml, type FrontMatterChanges } from "./yaml-edit.js";
import { inlineYaml } from "./yaml-value.js";

/** A serialised post file, and whether the requested front-matter changes are in it. */
export interface SerialisedPost {
  text: string;
  /** False when the front matter was unreadable and was kept verbatim instead. */
  frontMatterWritten: boolean;
}

/** The text of a new post file: a front matter with the given keys (in canonical order), a blank line, the body. */
export function newPostText(changes: FrontMatterChanges, body: string, eol: Eol = "\n"): string {
  return withEol(freshHead(changes) + "\n" + body, eol);
}

/**
 * The file `split` (with front matter `fm`) rewritten with `changes` to its front matter and `body`
 * (given with "\n" or "\r\n" line breaks) as its new body. The file keeps its byte order mark and its
 * line ending. The result ends exactly with the body.
 */
export function rewritePost(split: SplitFile, fm: FrontMatter, changes: FrontMatterChanges, body: string): SerialisedPost {
  const eol = split.eol;
  const newBody = withEol(body, eol);
  const bom = split.bom ? "\uFEFF" : "";
  if (fm.status === "none") {
    return { text: bom + withEol(freshHead(changes) + "\n", eol) + newBody, frontMatterWritten: true };
  }
  let head = split.head;
  let written = false;
  if (fm.status === "ok" && fm.doc && split.yaml !== null) {
    try {
      head = bom + split.open + editFrontMatterYaml(split.yaml, fm.doc, changes, eol) + split.close;
      written = true;
    } catch {
      // YAML we cannot edit without changing what it means (anchors and aliases, say): keep it as it
      // is, like unreadable front matter, so the body still reaches the disk.
    }
  }
  if (!head.endsWith("\n") && newBody.length > 0) head += eol;
  // The blank line after the fence is not part of the body; keep it, and add it when the body
  // itself starts with a blank line (or reading the file back would swallow that line).
  const gap = split.gap || newBody.startsWith("\n") || newBody.startsWith("\r\n") ? eol : "";
  return { text: head + gap + newBody, frontMatterWritten: written };
}

function freshHead(changes: FrontMatterChanges): string {
  const lines = ["---"];
  for (const key of MANAGED_KEYS) {
    const value = changes[key];
    if (value !== undefined) lines.push(`${key}: ${inlineYaml(value)}`);
  }
  lines.push("---", "");
  return lines.join("\n");
}
