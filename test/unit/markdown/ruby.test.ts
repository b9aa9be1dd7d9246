// ルビ as Japanese writers type it: ｜漢字《かんじ》 and 漢字《かんじ》 (Aozora, narou, kakuyomu) and
// {漢字|かんじ} / {漢字|かん|じ} (でんでんマークダウン), with escapes for literal text.
import { test } from "node:test";
import assert from "node:assert/strict";
import { renderMarkdown } from "../../../core/node/markdown/index.js";
import { countText } from "../../../core/common/text-count/index.js";
import { parse } from "./inspect-html.js";

const html = (markdown: string) => renderMarkdown(markdown).html.trim();
/** Each <ruby> as "base(reading)" pairs, e.g. "漢(かん)字(じ)". */
const rubies = (markdown: string) =>
  Array.from(parse(html(markdown)).querySelectorAll("ruby"), (r) =>
    Array.from(r.childNodes)
      .filter((n) => n.nodeName !== "RP")
      .map((n) => (n.nodeName === "RT" ? `(${n.textContent})` : n.textContent))
      .join(""),
  );

test("｜漢字《かんじ》 is ruby over the text after ｜, with parentheses for readers without ruby", () => {
  assert.equal(html("｜漢字《かんじ》"), "<p><ruby>漢字<rp>(</rp><rt>かんじ</rt><rp>)</rp></ruby></p>");
  assert.deepEqual(rubies("彼は｜山田太郎《やまだたろう》と名乗った。"), ["山田太郎(やまだたろう)"]);
  assert.deepEqual(rubies("｜Tokyo《とうきょう》"), ["Tokyo(とうきょう)"], "any base after ｜");
  assert.equal(parse(html("｜漢字《かんじ》")).textContent, "漢字(かんじ)", "the text without ruby support");
});

test("without ｜ the base is the run of kanji just before 《", () => {
  assert.deepEqual(rubies("今日は東京《とうきょう》へ行く。"), ["東京(とうきょう)"]);
  assert.deepEqual(rubies("人々《ひとびと》が集まる"), ["人々(ひとびと)"], "々 belongs to the run");
  assert.deepEqual(rubies("**強調**漢字《かんじ》"), ["漢字(かんじ)"]);
  assert.deepEqual(rubies("ひらがな《よみ》"), [], "no kanji before 《: not ruby");
  assert.equal(html("《注》だけ"), "<p>《注》だけ</p>");
});

test("{漢字|かんじ} is group ruby, {漢字|かん|じ} one reading per character", () => {
  assert.deepEqual(rubies("{電子出版|でんししゅっぱん}"), ["電子出版(でんししゅっぱん)"]);
  assert.deepEqual(rubies("{漢字|かん|じ}"), ["漢(かん)字(じ)"]);
  assert.equal(html("{漢字|かん|じ}"), "<p><ruby>漢<rp>(</rp><rt>かん</rt><rp>)</rp>字<rp>(</rp><rt>じ</rt><rp>)</rp></ruby></p>");
  assert.equal(html("{漢字|a|b|c}"), "<p>{漢字|a|b|c}</p>", "as many readings as neither 1 nor the characters: left as typed");
  assert.equal(html("{|よみ} {漢字|}"), "<p>{|よみ} {漢字|}</p>", "an empty base or reading is not ruby");
  assert.deepEqual(rubies("| 語 |\n|---|\n| {漢字\\|かんじ} |"), ["漢字(かんじ)"], "in a table cell, \\| separates the reading");
});

test("a backslash keeps the notation as literal text", () => {
  assert.equal(html("漢字\\《かんじ》"), "<p>漢字《かんじ》</p>");
  assert.equal(html("｜漢字\\《かんじ》"), "<p>｜漢字《かんじ》</p>");
  assert.equal(html("\\{漢字|かんじ}"), "<p>{漢字|かんじ}</p>");
  assert.equal(html("\\｜ひらがな《よみ》"), "<p>｜ひらがな《よみ》</p>", "\\｜ is a plain ｜");
  assert.equal(html("`｜漢字《かんじ》`"), "<p><code>｜漢字《かんじ》</code></p>", "code is never ruby");
});

test("what cannot be ruby stays as typed: line breaks, unclosed marks, overlong readings", () => {
  assert.equal(rubies("｜漢字\n《かんじ》").length, 0);
  assert.equal(rubies("漢字《かん\nじ》").length, 0);
  assert.equal(html("漢字《かんじ"), "<p>漢字《かんじ</p>");
  assert.equal(rubies(`漢字《${"あ".repeat(60)}》`).length, 0);
});

test("the reading is escaped like any text and never becomes markup", () => {
  assert.equal(
    html("｜a《<img src=x onerror=alert(1)>》"),
    "<p><ruby>a<rp>(</rp><rt>&lt;img src=x onerror=alert(1)&gt;</rt><rp>)</rp></ruby></p>",
  );
  assert.equal(parse(html("{x|<b>y</b>}")).querySelector("b"), null);
});

test("the counts read the base and not the reading", () => {
  assert.equal(countText("｜漢字《かんじ》と{東京|とう|きょう}と京都《きょうと》").chars, 8);
});
