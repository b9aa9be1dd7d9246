// Choosing the UI language.
import type { Lang } from "./types.js";

/**
 * The UI language: `setting` when it names a language we speak ("en", "ja"); otherwise ("system",
 * null, anything else) the first of the user's preferred languages we speak; English if none.
 */
export function resolveLang(setting: string | null | undefined, navigatorLanguages: readonly string[] = []): Lang {
  const own = toLang(setting);
  if (own) return own;
  for (const tag of navigatorLanguages) {
    const lang = toLang(tag);
    if (lang) return lang;
  }
  return "en";
}

/** The language of a BCP 47 tag ("ja-JP" → "ja"), or null when it is not one of ours. */
export function toLang(tag: string | null | undefined): Lang | null {
  const primary = tag?.trim().toLowerCase().split(/[-_]/)[0];
  return primary === "ja" || primary === "en" ? primary : null;
}
