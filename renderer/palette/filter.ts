// Which commands match what is typed in the palette: the letters in order in the label (the fuzzy
// match of the quick switcher: width, case and kana folded), or in its English label, best first.
import { foldQuery, foldTitle, matchTitle, type TitleMatch } from "../browse/index.js";

/** A command as the palette shows it. */
export interface PaletteCommand {
  id: string;
  /** The label in the UI language. */
  label: string;
  /** The English label, also matched (so "new" finds 新規投稿 in the Japanese UI). */
  englishLabel: string;
  /** The keys, as written on this platform. */
  keys: readonly string[];
  run(): void;
}

/** A command that matches, and where its label does. */
export interface PaletteMatch {
  command: PaletteCommand;
  match: TitleMatch;
}

/** The commands matching `query`, best first (in their own order when the query is empty or scores tie). */
export function filterCommands(commands: readonly PaletteCommand[], query: string): PaletteMatch[] {
  const q = foldQuery(query);
  const found: PaletteMatch[] = [];
  for (const command of commands) {
    const own = matchTitle(q, foldTitle(command.label));
    const english = own ? null : matchTitle(q, foldTitle(command.englishLabel));
    if (own) found.push({ command, match: own });
    // A match in the English label only: nothing of the shown label is highlighted, and it ranks lower.
    else if (english) found.push({ command, match: { score: english.score - 1, ranges: [] } });
  }
  return found.sort((a, b) => b.match.score - a.match.score);
}
