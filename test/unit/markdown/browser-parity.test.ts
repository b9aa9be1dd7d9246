// The preview (DOMPurify over Chromium's DOM) and export (DOMPurify over jsdom) must produce the same HTML
// and block lines for the same body. Runs the pure pipeline, bundled, in headless Chromium against a corpus:
// every CommonMark example, the XSS corpus, raw HTML that parsers build differently, the edges of the fast path
// (bodies without raw HTML, which both hosts render without DOMPurify), the seed post and a post using every extension.
import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { build } from "esbuild";
import { CHROMIUM, HAS_CHROMIUM, launchBrowser } from "../../e2e/harness/browser.js";
import { renderMarkdown } from "../../../core/node/markdown/index.js";
import type { Rendered } from "../../../core/common/markdown/index.js";
import { LANGUAGES } from "../../../core/common/markdown/languages.js";
import { FAST_PATH_EDGES } from "./fast-path-corpus.js";
import { XSS_VECTORS } from "./xss-corpus.js";

const root = join(import.meta.dirname, "../../..");
const SEED = "/work/shared/seeds/000_4f22f7716abb12ce.txt";

const EVERYTHING = `# 全部入り

段落の**強調**と*斜体*と~~取り消し~~と\`コード\`、https://example.com/パスの自動リンク。
改行は
詰める。

- [ ] やること
- [x] やったこと
  1. 入れ子
     - さらに
       - 四段目

| 左 | 中 | 右 |
|:--|:-:|--:|
| a | b | c |

\`\`\`ts
const x: number = 1; // コメント
\`\`\`

> 引用[^1]

<details open><summary>詳細</summary><ruby>漢字<rt>かんじ</rt></ruby></details>

<img src="http://example.com/a.png"> <img src="https://example.com/a.png" alt="画像"> <a href="//example.com">x</a>

[^1]: 脚注の本文
`;

/** Raw HTML that HTML parsers are most likely to build differently (select, tables, foreign content …). */
const PARSER_EDGES = [
  "<select>\n\n- [ ] task\n\nafter",
  "<select><div>text</div><b>x</b></select>",
  "<hr><select><hr><option>1</select>",
  "<select><input type=checkbox>after",
  "<option>a\n\n# h",
  "<table>\n\npara\n\n- [ ] x\n\nend",
  "<p>a<table>b",
  "<svg>\n\n# h\n\ntext",
  "<svg><p>x</p></svg>",
  "<math><mi><p>x</p></mi></math>",
  "<template>\n\n# h",
  "<noscript>\n\n# h\n\n</noscript>\n\nafter",
  "<textarea>\n\n# h",
  "<plaintext>\n\n# h",
  "<frameset>\n\n# x",
  "<a href=x>\n\n# h\n\n<a href=y>z</a>",
  "<button><div>x</div></button>",
  "<search>x</search>",
  "<image src=x.png>",
  "# Fonts\n\n# Images\n\n# Title\n\n# Cookie\n\n# Timeline",
  '<div title="a<b>c">&nbsp;&amp;\u00a0</div>',
];

async function bundle(): Promise<string> {
  const result = await build({
    stdin: {
      contents: [
        'import DOMPurify from "dompurify";',
        'import { createMarkdownRenderer, installSanitizeHooks, loadLanguages, SANITIZE_CONFIG } from "./core/common/markdown/index.ts";',
        "const purify = DOMPurify(window);",
        "installSanitizeHooks(purify);",
        "window.tsuzuriRender = createMarkdownRenderer((html) => purify.sanitize(html, SANITIZE_CONFIG));",
        "window.tsuzuriLoad = loadLanguages;",
      ].join("\n"),
      resolveDir: root,
      loader: "ts",
    },
    bundle: true,
    write: false,
    format: "iife",
    platform: "browser",
    target: "chrome120",
    logLevel: "silent",
  });
  return result.outputFiles[0]?.text ?? "";
}

/** One fence per language name and alias, with code that embeds others (HTML with script and style, YAML with ERB …). */
const EVERY_LANGUAGE = Object.entries(LANGUAGES)
  .flatMap(([name, entry]) => [name, ...entry.aliases])
  .map(
    (lang) =>
      "```" +
      lang +
      '\n<style>a { color: red }</style><script>const a = `x${1}`;</script>\nkey: <%= value %> # comment\ndef f(x): return "s"\n$ echo hi\n```\n',
  )
  .join("\n");

function corpus(): string[] {
  const require = createRequire(import.meta.url);
  const spec = require("commonmark-spec") as { tests: { markdown: string }[] };
  const bodies = [
    EVERYTHING,
    EVERY_LANGUAGE,
    ...PARSER_EDGES,
    ...FAST_PATH_EDGES,
    ...XSS_VECTORS.map((v) => v.markdown),
    ...spec.tests.map((t) => t.markdown.replace(/→/g, "\t")),
  ];
  if (existsSync(SEED)) bodies.push(readFileSync(SEED, "utf8"));
  return bodies;
}

test(
  "Chromium and Node render every body of the corpus to the same HTML and block lines",
  { skip: HAS_CHROMIUM ? false : `no Chromium at ${CHROMIUM}` },
  async () => {
    const bodies = corpus();
    const script = await bundle();
    const browser = await launchBrowser();
    try {
      const page = await browser.newPage();
      await page.setContent("<!DOCTYPE html><html><head><title>parity</title></head><body></body></html>");
      await page.addScriptTag({ content: script });
      // As the preview does: code languages load when a fence first names them, then the body is rendered again.
      const { inBrowser, pendingFirst } = await page.evaluate(async (all) => {
        const w = window as unknown as { tsuzuriRender(b: string): Rendered; tsuzuriLoad(l: string[]): Promise<boolean> };
        let pendingFirst = 0;
        const out: Rendered[] = [];
        for (const body of all) {
          let r = w.tsuzuriRender(body);
          if (r.pendingLanguages) {
            pendingFirst++;
            await w.tsuzuriLoad(r.pendingLanguages);
            r = w.tsuzuriRender(body);
          }
          out.push(r);
        }
        return { inBrowser: out, pendingFirst };
      }, bodies);
      assert.ok(pendingFirst > 0, "some body named a code language before it was loaded");
      const differ = bodies.flatMap((body, i) => {
        const node = renderMarkdown(body);
        const chromium = inBrowser[i];
        return JSON.stringify(node) === JSON.stringify(chromium)
          ? []
          : [`${JSON.stringify(body.slice(0, 80))}\n  node     ${JSON.stringify(node)}\n  chromium ${JSON.stringify(chromium)}`];
      });
      assert.deepEqual(differ, [], `${differ.length} of ${bodies.length} bodies differ`);
      assert.ok(inBrowser[0]?.html.includes('class="hljs-keyword"'), "the bundle really rendered with highlighting");
    } finally {
      await browser.close();
    }
  },
);
