// The one markdown-it configuration of Tsuzuri. "full" is what posts are rendered with; "spec" is the same
// parser with every extension that changes the markup of plain CommonMark switched off, for the spec tests.
import MarkdownIt from "markdown-it";
import type { MarkdownIt as MarkdownItInstance } from "markdown-it";
import anchor from "markdown-it-anchor";
import footnote from "markdown-it-footnote";
import taskLists from "markdown-it-task-lists";
import { ANCHOR_LEVELS, ANCHOR_START_INDEX, MAX_NESTING } from "./constants.js";
import { useCjkBreaks } from "./cjk-breaks.js";
import { useDeepNestingAsText } from "./deep-nesting.js";
import { useHighlightedFences } from "./fence.js";
import { useFastTokens } from "./fast-tokens.js";
import { useFootnoteBlock } from "./footnote-block.js";
import { useLineMarks } from "./line-marks.js";
import { useLinkBoundaries } from "./link-boundaries.js";
import { noteHeadingSlug } from "./heading-id.js";
import { useTableAlign } from "./table-align.js";
import { useRuby } from "./ruby.js";
import { useTateChuYoko } from "./tate-chu-yoko.js";
import { useTaskCheckboxTokens } from "./task-checkbox.js";

/** "full": CommonMark + GFM tables, strikethrough, task lists, autolinks, footnotes, highlighting, heading ids. "spec": CommonMark only. */
export type MarkdownMode = "full" | "spec";

/** A markdown-it instance configured as Tsuzuri renders posts (before sanitising). */
export function createMarkdownIt(mode: MarkdownMode = "full"): MarkdownItInstance {
  const md = new MarkdownIt("default", {
    html: true,
    xhtmlOut: false,
    breaks: false,
    linkify: mode === "full",
    typographer: false,
    maxNesting: MAX_NESTING,
  });
  useFastTokens(md); // the same tokens, made without markdown-it's slow field helper
  useDeepNestingAsText(md); // never drop what is nested too deep
  if (mode === "spec") {
    md.disable(["table", "strikethrough"]);
    return md;
  }
  useLinkBoundaries(md);
  md.use(footnote);
  md.use(taskLists, { enabled: false });
  useTaskCheckboxTokens(md);
  md.use(anchor, { level: ANCHOR_LEVELS, slugifyWithState: noteHeadingSlug, tabIndex: false, uniqueSlugStartIndex: ANCHOR_START_INDEX });
  useTableAlign(md);
  useHighlightedFences(md);
  useFootnoteBlock(md);
  useCjkBreaks(md);
  useRuby(md);
  useTateChuYoko(md);
  useLineMarks(md); // last: it must see the tokens every other rule made
  return md;
}
