// Syntax highlighting of fenced code with highlight.js: only the languages registered here, so the
// browser bundle stays small; anything else is shown as escaped plain text.
import hljs from "highlight.js/lib/core";
import bash from "highlight.js/lib/languages/bash";
import c from "highlight.js/lib/languages/c";
import cpp from "highlight.js/lib/languages/cpp";
import csharp from "highlight.js/lib/languages/csharp";
import css from "highlight.js/lib/languages/css";
import diff from "highlight.js/lib/languages/diff";
import dockerfile from "highlight.js/lib/languages/dockerfile";
import go from "highlight.js/lib/languages/go";
import ini from "highlight.js/lib/languages/ini";
import java from "highlight.js/lib/languages/java";
import javascript from "highlight.js/lib/languages/javascript";
import json from "highlight.js/lib/languages/json";
import kotlin from "highlight.js/lib/languages/kotlin";
import makefile from "highlight.js/lib/languages/makefile";
import markdown from "highlight.js/lib/languages/markdown";
import nginx from "highlight.js/lib/languages/nginx";
import php from "highlight.js/lib/languages/php";
import plaintext from "highlight.js/lib/languages/plaintext";
import powershell from "highlight.js/lib/languages/powershell";
import python from "highlight.js/lib/languages/python";
import ruby from "highlight.js/lib/languages/ruby";
import rust from "highlight.js/lib/languages/rust";
import scss from "highlight.js/lib/languages/scss";
import shell from "highlight.js/lib/languages/shell";
import sql from "highlight.js/lib/languages/sql";
import swift from "highlight.js/lib/languages/swift";
import typescript from "highlight.js/lib/languages/typescript";
import xml from "highlight.js/lib/languages/xml";
import yaml from "highlight.js/lib/languages/yaml";
import { escapeMarkup } from "./escape-markup.js";

const LANGUAGES = {
  bash, c, cpp, csharp, css, diff, dockerfile, go, ini, java, javascript, json, kotlin, makefile, markdown,
  nginx, php, plaintext, powershell, python, ruby, rust, scss, shell, sql, swift, typescript, xml, yaml,
};

/** Extra names people write after the fence that highlight.js does not know by itself. */
const EXTRA_ALIASES: Record<string, string> = { vue: "xml", svelte: "xml", dotenv: "bash", env: "bash" };

for (const [name, language] of Object.entries(LANGUAGES)) hljs.registerLanguage(name, language);
for (const [alias, name] of Object.entries(EXTRA_ALIASES)) hljs.registerAliases(alias, { languageName: name });

/** The language named by a fence's info string: its first word, before any Qiita-style `:file-name`, lower-cased. */
export function fenceLanguage(info: string): string {
  const word = info.trim().split(/\s/, 1)[0] ?? "";
  const colon = word.indexOf(":");
  return (colon >= 0 ? word.slice(0, colon) : word).toLowerCase();
}

/** True when `language` (a name or alias) is highlighted. */
export function isHighlighted(language: string): boolean {
  return language !== "" && hljs.getLanguage(language) !== undefined;
}

/** The code as HTML: highlight.js token spans for a known language, escaped plain text otherwise. */
export function highlightCode(code: string, language: string): string {
  if (!isHighlighted(language)) return escapeMarkup(code);
  return hljs.highlight(code, { language, ignoreIllegals: true }).value;
}
