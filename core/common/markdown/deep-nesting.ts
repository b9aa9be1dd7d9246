// Blocks nested deeper than markdown-it follows (options.maxNesting): markdown-it skips the rest of the
// container there, so the deepest items of a list nested ~50 deep, and everything after them, were
// missing from the preview and export. Here the parser goes on instead: below the limit, each run of
// lines becomes a paragraph of plain text (its inline markup still works, its block markers show as
// written), and the containers around it end where they normally would.
import type { MarkdownIt, StateBlock } from "markdown-it";

/** Makes markdown-it show blocks past its nesting limit as text paragraphs instead of dropping them. */
export function useDeepNestingAsText(md: MarkdownIt): void {
  const tokenize = md.block.tokenize.bind(md.block);
  md.block.tokenize = (state: StateBlock, startLine: number, endLine: number) => {
    if (state.level < state.md.options.maxNesting) tokenize(state, startLine, endLine);
    else tokenizeFlat(state, startLine, endLine);
  };
}

/** markdown-it's block loop, with one rule: a run of non-blank lines of this container is a paragraph. */
function tokenizeFlat(state: StateBlock, startLine: number, endLine: number): void {
  let line = startLine;
  let hasEmptyLines = false;
  while (line < endLine) {
    state.line = line = state.skipEmptyLines(line);
    if (line >= endLine || state.sCount[line]! < state.blkIndent) break;
    let next = line + 1;
    while (next < endLine && !state.isEmpty(next) && state.sCount[next]! >= state.blkIndent) next++;
    pushTextParagraph(state, line, next);
    state.line = next;
    state.tight = !hasEmptyLines;
    line = next;
    if (line < endLine && state.isEmpty(line)) {
      hasEmptyLines = true;
      state.line = ++line;
    }
  }
}

function pushTextParagraph(state: StateBlock, from: number, to: number): void {
  const lines: string[] = [];
  for (let l = from; l < to; l++) lines.push(state.src.slice(state.bMarks[l]! + state.tShift[l]!, state.eMarks[l]).trimEnd());
  const open = state.push("paragraph_open", "p", 1);
  open.map = [from, to];
  const inline = state.push("inline", "", 0);
  inline.content = lines.join("\n");
  inline.map = [from, to];
  inline.children = [];
  state.push("paragraph_close", "p", -1);
}
