import assert from "node:assert/strict";
import { test } from "node:test";
import { foldForSearch, normalizeForSearch } from "../../../core/common/search/index.js";
import { pickFrom, seeded } from "./random.js";

test("full-width letters and digits are ordinary ones: ｋ８ｓ is k8s, ＤＤＤ is ddd", () => {
  assert.equal(foldForSearch("ｋ８ｓ"), "k8s");
  assert.equal(foldForSearch("ＤＤＤ"), "ddd");
  assert.equal(foldForSearch("（株）"), "(株)");
});

test("half-width katakana, katakana and hiragana are one: ｶﾀｶﾅ, カタカナ, かたかな", () => {
  assert.equal(foldForSearch("ｶﾀｶﾅ"), "かたかな");
  assert.equal(foldForSearch("カタカナ"), "かたかな");
  assert.equal(foldForSearch("ｶﾞｷﾞ"), "がぎ", "a half-width voiced mark joins its kana");
  assert.equal(foldForSearch("か\u3099"), "が", "a combining voiced mark joins its kana");
  assert.equal(foldForSearch("ヴァイオリン"), "ゔぁいおりん");
});

test("the long-vowel mark is kept (half-width ｰ becomes ー)", () => {
  assert.equal(foldForSearch("サーバー"), "さーばー");
  assert.equal(foldForSearch("ｻｰﾊﾞｰ"), "さーばー");
});

test("case is folded, accents are not", () => {
  assert.equal(foldForSearch("Kubernetes"), "kubernetes");
  assert.equal(foldForSearch("ÉCOLE"), "école");
  assert.notEqual(foldForSearch("école"), foldForSearch("ecole"));
  assert.equal(foldForSearch("ΟΔΟΣ"), foldForSearch("οδος"), "final sigma is sigma");
});

test("compatibility characters spread out: ㈱ → (株), ① → 1, ﬁ → fi; emoji variation selectors go", () => {
  assert.equal(foldForSearch("㈱"), "(株)");
  assert.equal(foldForSearch("①"), "1");
  assert.equal(foldForSearch("ﬁle"), "file");
  assert.equal(foldForSearch("❤️"), "❤");
  assert.equal(foldForSearch("🍳"), "🍳");
});

const TRICKY = [
  "Ａ",
  "ａ",
  "A",
  "ｶ",
  "ﾞ",
  "ﾟ",
  "カ",
  "か",
  "\u3099",
  "\u0301",
  "e",
  "㈱",
  "①",
  "ﬁ",
  "İ",
  "Σ",
  "ς",
  "🍳",
  "\uFE0F",
  "❤",
  "𝐀",
  "\uD800",
  "\uDC00",
  "\n",
  "\u0000",
  " ",
  "\u3000",
  "ー",
  "ｰ",
  "漢",
  "ヽ",
  "ヾ",
  "ヷ",
  "ㇰ",
  "\u1100",
  "\u1161",
  "\u11A8",
  "각",
  "ß",
  "Ω",
];

test("the original comes back exactly, whatever the text (random strings of awkward characters)", () => {
  const rnd = seeded(42);
  for (let round = 0; round < 2000; round++) {
    const text = Array.from({ length: Math.floor(rnd() * 24) }, () => pickFrom(rnd, TRICKY)).join("");
    const nt = normalizeForSearch(text);
    assert.equal(nt.original(), text, `round trip of ${JSON.stringify(text)}`);
    assert.equal(nt.originalLength, text.length);
    assert.equal(nt.toOriginal(nt.text.length, "end"), text.length);
  }
});

test("offsets map back: the original under a normalised range folds to text containing it", () => {
  const rnd = seeded(7);
  for (let round = 0; round < 1000; round++) {
    const text = Array.from({ length: 1 + Math.floor(rnd() * 20) }, () => pickFrom(rnd, TRICKY)).join("");
    const nt = normalizeForSearch(text);
    const s = Math.floor(rnd() * nt.text.length);
    const e = s + Math.floor(rnd() * (nt.text.length - s + 1));
    const from = nt.toOriginal(s, "start");
    const to = nt.toOriginal(e, "end");
    assert.ok(from <= to && to <= text.length);
    assert.ok(foldForSearch(text.slice(from, to)).includes(nt.text.slice(s, e)), `${JSON.stringify(text)} [${s}, ${e})`);
    const slice = nt.restore(s, e);
    assert.equal(slice.text, text.slice(slice.originalFrom, slice.originalFrom + slice.text.length));
  }
});

test("mapping back through a changed-length character: ㈱ is one original character for three normalised ones", () => {
  const nt = normalizeForSearch("A㈱B");
  assert.equal(nt.text, "a(株)b");
  assert.equal(nt.toOriginal(2, "start"), 1, "inside ㈱: its start");
  assert.equal(nt.toOriginal(3, "end"), 2, "inside ㈱: its end");
  assert.equal(nt.toOriginal(4), 2);
  assert.equal(nt.toOriginal(5), 3);
  assert.deepEqual(nt.restore(2, 3), { text: "㈱", from: 1, to: 4, originalFrom: 1 });
});
