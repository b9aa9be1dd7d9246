// Fenced code blocks, line by line: the one rule every scanner of prose uses (titles, excerpts, the
// importers' rewrites). Indentation is not limited to three spaces, because a fence inside a list
// item nested four deep starts further in; a fence closes with a run of its own character at least
// as long, alone on its line.

const FENCE = /^[ \t]*(`{3,}|~{3,})/;

/** The fence `line` opens (its run of backticks or tildes), or null. */
export function fenceOf(line: string): string | null {
  return FENCE.exec(line)?.[1] ?? null;
}

/** True when `line` closes a code block opened by `fence`. */
export function closesFence(line: string, fence: string): boolean {
  const run = fenceOf(line);
  return run !== null && run[0] === fence[0] && run.length >= fence.length && line.trim() === run;
}
