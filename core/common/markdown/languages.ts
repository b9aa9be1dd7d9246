// The code languages the preview and export highlight, what each is also called after a fence, which
// others it highlights inside itself (highlight.js sub-languages: <script> in HTML …), and how to load it.
// The browser loads a language when a fence first names it (each is its own chunk); Node registers all
// of them up front (all-languages.ts). The names and aliases are highlight.js's own, written out here
// so that a fence can be recognised before its module is loaded (test/unit/markdown/languages.test.ts
// checks them against the modules).
import type { LanguageFn } from "highlight.js";

type Loader = () => Promise<{ default: LanguageFn }>;

/** One highlightable language. */
export interface LanguageEntry {
  /** Other names highlight.js accepts for it, and Tsuzuri's extra ones. */
  aliases: readonly string[];
  /** Languages it highlights embedded code with; they are loaded with it, so the output never depends on load order. */
  needs: readonly string[];
  load: Loader;
}

/** Every highlighted language by highlight.js name. */
export const LANGUAGES: Readonly<Record<string, LanguageEntry>> = {
  bash: { aliases: ["sh", "zsh", "dotenv", "env"], needs: [], load: () => import("highlight.js/lib/languages/bash") },
  c: { aliases: ["h"], needs: [], load: () => import("highlight.js/lib/languages/c") },
  cpp: { aliases: ["cc", "c++", "h++", "hpp", "hh", "hxx", "cxx"], needs: [], load: () => import("highlight.js/lib/languages/cpp") },
  csharp: { aliases: ["cs", "c#"], needs: [], load: () => import("highlight.js/lib/languages/csharp") },
  css: { aliases: [], needs: [], load: () => import("highlight.js/lib/languages/css") },
  diff: { aliases: ["patch"], needs: [], load: () => import("highlight.js/lib/languages/diff") },
  dockerfile: { aliases: ["docker"], needs: ["bash"], load: () => import("highlight.js/lib/languages/dockerfile") },
  go: { aliases: ["golang"], needs: [], load: () => import("highlight.js/lib/languages/go") },
  ini: { aliases: ["toml"], needs: [], load: () => import("highlight.js/lib/languages/ini") },
  java: { aliases: ["jsp"], needs: [], load: () => import("highlight.js/lib/languages/java") },
  javascript: { aliases: ["js", "jsx", "mjs", "cjs"], needs: ["xml", "css"], load: () => import("highlight.js/lib/languages/javascript") },
  json: { aliases: ["jsonc", "json5"], needs: [], load: () => import("highlight.js/lib/languages/json") },
  kotlin: { aliases: ["kt", "kts", "ktm", "ktx"], needs: [], load: () => import("highlight.js/lib/languages/kotlin") },
  makefile: { aliases: ["mk", "mak", "make"], needs: [], load: () => import("highlight.js/lib/languages/makefile") },
  markdown: { aliases: ["md", "mkdown", "mkd"], needs: ["xml"], load: () => import("highlight.js/lib/languages/markdown") },
  nginx: { aliases: ["nginxconf"], needs: [], load: () => import("highlight.js/lib/languages/nginx") },
  php: { aliases: [], needs: [], load: () => import("highlight.js/lib/languages/php") },
  plaintext: { aliases: ["text", "txt"], needs: [], load: () => import("highlight.js/lib/languages/plaintext") },
  powershell: { aliases: ["pwsh", "ps", "ps1"], needs: [], load: () => import("highlight.js/lib/languages/powershell") },
  python: { aliases: ["py", "gyp", "ipython"], needs: [], load: () => import("highlight.js/lib/languages/python") },
  ruby: { aliases: ["rb", "gemspec", "podspec", "thor", "irb"], needs: [], load: () => import("highlight.js/lib/languages/ruby") },
  rust: { aliases: ["rs"], needs: [], load: () => import("highlight.js/lib/languages/rust") },
  scss: { aliases: [], needs: [], load: () => import("highlight.js/lib/languages/scss") },
  shell: { aliases: ["console", "shellsession"], needs: ["bash"], load: () => import("highlight.js/lib/languages/shell") },
  sql: { aliases: [], needs: [], load: () => import("highlight.js/lib/languages/sql") },
  swift: { aliases: [], needs: [], load: () => import("highlight.js/lib/languages/swift") },
  typescript: { aliases: ["ts", "tsx", "mts", "cts"], needs: ["xml", "css"], load: () => import("highlight.js/lib/languages/typescript") },
  xml: {
    aliases: ["html", "xhtml", "rss", "atom", "xjb", "xsd", "xsl", "plist", "wsf", "svg", "vue", "svelte"],
    needs: ["css", "javascript"],
    load: () => import("highlight.js/lib/languages/xml"),
  },
  yaml: { aliases: ["yml"], needs: ["ruby"], load: () => import("highlight.js/lib/languages/yaml") },
};

/** Tsuzuri's own aliases, which highlight.js does not know by itself (registered with the language). */
export const EXTRA_ALIASES: Readonly<Record<string, string>> = { vue: "xml", svelte: "xml", dotenv: "bash", env: "bash" };

const byAlias = new Map<string, string>();
for (const [name, entry] of Object.entries(LANGUAGES)) {
  byAlias.set(name, name);
  for (const alias of entry.aliases) byAlias.set(alias, name);
}

/** The highlight.js name of a fence language (a name or alias, lower-case), or undefined when it is not highlighted. */
export function languageName(language: string): string | undefined {
  return byAlias.get(language);
}

/** `name` and every language it needs, transitively (each once). */
export function withNeeds(name: string): string[] {
  const out: string[] = [];
  const visit = (n: string) => {
    if (out.includes(n)) return;
    out.push(n);
    for (const need of LANGUAGES[n]?.needs ?? []) visit(need);
  };
  visit(name);
  return out;
}
