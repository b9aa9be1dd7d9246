// The table of highlighted code languages (core/common/markdown/languages.ts) must agree with the
// highlight.js modules it loads: a fence is recognised before its module is loaded, and each language
// is loaded together with the languages it highlights embedded code with, so the preview's output never
// depends on which languages happened to be loaded first.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import hljs from "highlight.js/lib/core";
import type { LanguageFn } from "highlight.js";
import { EXTRA_ALIASES, LANGUAGES, languageName, withNeeds } from "../../../core/common/markdown/languages.js";
import { fenceLanguage, isHighlighted, isPending } from "../../../core/common/markdown/highlight.js";
import { renderMarkdown } from "../../../core/node/markdown/index.js";

const require = createRequire(import.meta.url);
const modulePath = (name: string) => require.resolve(`highlight.js/lib/languages/${name}`);

test("every language's aliases in the table are the ones its highlight.js module declares (plus Tsuzuri's extras)", async () => {
  for (const [name, entry] of Object.entries(LANGUAGES)) {
    const fn = (await entry.load()).default as LanguageFn;
    const declared = fn(hljs).aliases ?? [];
    const extras = Object.entries(EXTRA_ALIASES)
      .filter(([, target]) => target === name)
      .map(([alias]) => alias);
    assert.deepEqual([...entry.aliases].sort(), [...declared, ...extras].sort(), name);
  }
});

test("every sub-language a module highlights with is loaded with it, when Tsuzuri highlights that language", () => {
  for (const name of Object.keys(LANGUAGES)) {
    const source = readFileSync(modulePath(name), "utf8");
    const subs = [...source.matchAll(/subLanguage:\s*(\[[^\]]*\]|'[^']*')/g)].flatMap((m) =>
      [...(m[1] ?? "").matchAll(/'([^']+)'/g)].map((s) => s[1] ?? ""),
    );
    const known = subs.map((s) => languageName(s)).filter((s): s is string => s !== undefined);
    for (const sub of known) assert.ok(withNeeds(name).includes(sub), `${name} embeds ${sub}, which is not in its needs`);
  }
});

test("a fence names a language by name or alias, before the module is loaded, and Node has every language ready", () => {
  assert.equal(languageName(fenceLanguage("py:main.py")), "python");
  assert.equal(languageName(fenceLanguage("vue")), "xml");
  assert.equal(isHighlighted("brainfuck"), false);
  for (const name of Object.keys(LANGUAGES)) assert.equal(isPending(name), false, name);
  assert.match(renderMarkdown("```py\ndef f(): pass\n```").html, /<span class="hljs-keyword">def<\/span>/);
  assert.equal(renderMarkdown("```ts\nconst x = 1;\n```").pendingLanguages, undefined);
});
