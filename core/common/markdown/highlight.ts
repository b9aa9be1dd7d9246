// Syntax highlighting of fenced code with highlight.js, for the languages of languages.ts only; anything
// else is shown as escaped plain text. A language is highlighted once it is registered: Node registers
// all of them up front (all-languages.ts); the browser loads each the first time a fence names it
// (loadLanguages), and until then shows that fence as plain text, then renders it again.
import hljs from "highlight.js/lib/core";
import type { LanguageFn } from "highlight.js";
import { escapeMarkup } from "./escape-markup.js";
import { EXTRA_ALIASES, LANGUAGES, languageName, withNeeds } from "./languages.js";

const registered = new Set<string>();
const loading = new Map<string, Promise<void>>();

/** Registers `fn` as the language `name` of languages.ts (with Tsuzuri's extra aliases). */
export function registerLanguage(name: string, fn: LanguageFn): void {
  if (registered.has(name)) return;
  hljs.registerLanguage(name, fn);
  for (const [alias, target] of Object.entries(EXTRA_ALIASES)) if (target === name) hljs.registerAliases(alias, { languageName: name });
  registered.add(name);
}

/** The language named by a fence's info string: its first word, before any Qiita-style `:file-name`, lower-cased. */
export function fenceLanguage(info: string): string {
  const word = info.trim().split(/\s/, 1)[0] ?? "";
  const colon = word.indexOf(":");
  return (colon >= 0 ? word.slice(0, colon) : word).toLowerCase();
}

/** True when `language` (a name or alias) is highlighted once loaded. */
export function isHighlighted(language: string): boolean {
  return language !== "" && languageName(language) !== undefined;
}

/** True when `language` is highlighted but not ready yet: it (or a language it embeds) still has to be loaded. */
export function isPending(language: string): boolean {
  const name = languageName(language);
  return name !== undefined && withNeeds(name).some((n) => !registered.has(n));
}

/**
 * Loads the languages named (names or aliases, as fences write them) and those they embed. Resolves
 * once all are registered; true when any of them was not registered before (so rendered code changes).
 */
export async function loadLanguages(languages: Iterable<string>): Promise<boolean> {
  const names = new Set<string>();
  for (const language of languages) {
    const name = languageName(language);
    if (name) for (const n of withNeeds(name)) if (!registered.has(n)) names.add(n);
  }
  if (names.size === 0) return false;
  await Promise.all([...names].map((name) => load(name)));
  return true;
}

function load(name: string): Promise<void> {
  let pending = loading.get(name);
  if (!pending) {
    const entry = LANGUAGES[name];
    if (!entry) return Promise.resolve();
    pending = entry.load().then((m) => registerLanguage(name, m.default));
    pending.catch(() => loading.delete(name)); // a failed chunk load can be tried again
    loading.set(name, pending);
  }
  return pending;
}

/**
 * The code as HTML: highlight.js token spans for a language that is ready, escaped plain text otherwise
 * (a language still pending gives plain text too; the caller asks isPending and renders again later).
 */
export function highlightCode(code: string, language: string): string {
  if (!isHighlighted(language) || isPending(language)) return escapeMarkup(code);
  return hljs.highlight(code, { language, ignoreIllegals: true }).value;
}
