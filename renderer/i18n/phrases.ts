// CodeMirror's own UI strings (search panel, announcements), taken from the catalog.
import { catalog, en, type Lang, type MessageKey } from "../../core/common/i18n/index.js";

const PREFIX = "cm.";

/** The phrase table for `EditorState.phrases` in `lang` (empty for English: CodeMirror's defaults). */
export function codemirrorPhrases(lang: Lang): Record<string, string> {
  const out: Record<string, string> = {};
  if (lang === "en") return out;
  for (const key of Object.keys(en) as MessageKey[]) {
    if (!key.startsWith(PREFIX)) continue;
    const message = catalog[lang][key];
    out[key.slice(PREFIX.length)] = typeof message === "string" ? message : message.other;
  }
  return out;
}
