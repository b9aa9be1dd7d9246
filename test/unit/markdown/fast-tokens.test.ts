// The pipeline's markdown-it makes its tokens with fast-tokens.ts instead of markdown-it's own
// constructors; a post must parse to exactly the tokens markdown-it itself makes (same fields, same
// order, same values, still Token instances), or previews and exports would change with it.
import { test } from "node:test";
import assert from "node:assert/strict";
import { createRequire } from "node:module";
import MarkdownIt from "markdown-it";
import type { Token } from "markdown-it";
import { createMarkdownIt, type MarkdownMode } from "../../../core/common/markdown/index.js";
import { FAST_PATH_EDGES } from "./fast-path-corpus.js";
import { XSS_VECTORS } from "./xss-corpus.js";

const require = createRequire(import.meta.url);
const spec = (require("commonmark-spec") as { tests: { markdown: string }[] }).tests.map((e) => e.markdown.replace(/→/g, "\t"));

/** The same configuration with markdown-it's own state classes back (and so its own tokens). */
function stock(mode: MarkdownMode) {
  const md = createMarkdownIt(mode);
  const classes = MarkdownIt as unknown as {
    StateCore: typeof md.core.State;
    StateBlock: typeof md.block.State;
    StateInline: typeof md.inline.State;
  };
  md.core.State = classes.StateCore;
  md.block.State = classes.StateBlock;
  md.inline.State = classes.StateInline;
  return md;
}

/** Tokens as plain data, own keys in order, children included. */
function plain(tokens: readonly Token[]): unknown[] {
  return tokens.map((t) => Object.entries(t).map(([k, v]) => [k, k === "children" && Array.isArray(v) ? plain(v as Token[]) : v]));
}

const JOURNAL_POST = [
  "# 見出し {#id}",
  "",
  "- 一つ目: **太字** と `code` と [リンク](https://example.com/)",
  "  - 二つ目 ｜漢字《かんじ》 {東京|とう|きょう} 5月12日",
  "    - 三つ目 ~~取り消し~~ https://example.com/パス",
  "      - 四つ目[^1]",
  "",
  "| 項目 | 値 |",
  "|:--|--:|",
  "| a | 1 |",
  "",
  "- [ ] 未完了",
  "- [x] 完了",
  "",
  "```ts",
  "const x: number = 1;",
  "```",
  "",
  "> 引用 <span>raw</span>",
  "",
  "[^1]: 脚注。",
].join("\n");

const corpus = [JOURNAL_POST, ...FAST_PATH_EDGES, ...XSS_VECTORS.map((v) => v.markdown)];

for (const mode of ["full", "spec"] as const) {
  test(`${mode} mode: every body parses to the tokens markdown-it itself makes, and renders the same HTML`, () => {
    const fast = createMarkdownIt(mode);
    const slow = stock(mode);
    const bodies = mode === "spec" ? spec : [...corpus, ...spec];
    for (const body of bodies) {
      for (const env of [{}, { verticalText: true }]) {
        const a = fast.parse(body, { ...env });
        const b = slow.parse(body, { ...env });
        assert.deepStrictEqual(plain(a), plain(b), `tokens of ${JSON.stringify(body.slice(0, 80))}`);
        assert.equal(fast.renderer.render(a, fast.options, { ...env }), slow.renderer.render(b, slow.options, { ...env }));
      }
    }
  });
}

test("the tokens made are markdown-it Tokens, with its methods", () => {
  const tokens = createMarkdownIt("full").parse("[a](b) *c*", {});
  const Token = new (MarkdownIt as unknown as { StateCore: new (s: string, md: unknown, env: object) => { Token: unknown } }).StateCore(
    "",
    null,
    {},
  ).Token as new (...args: never[]) => Token;
  const all = tokens.flatMap((t) => [t, ...(t.children ?? [])]);
  assert.ok(all.length > 5);
  for (const t of all) assert.ok(t instanceof Token);
  assert.equal(all.find((t) => t.type === "link_open")?.attrGet("href"), "b");
});
