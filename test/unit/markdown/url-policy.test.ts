// The URL rules and the heading slugs as pure functions: every spelling a browser would accept counts.
import { test } from "node:test";
import assert from "node:assert/strict";
import { allowedImageSrc, allowedLinkHref, headingId } from "../../../core/common/markdown/index.js";

test("link targets: web, mail, relative and in-page stay as written", () => {
  for (const href of [
    "https://example.com/a?b#c",
    "http://example.com",
    "mailto:a@example.com",
    "./a.md",
    "../b/c.md",
    "/abs",
    "#見出し",
    "?q=1",
    "",
    "日本語.md",
    "a/b:c",
    "#a:b",
  ]) {
    assert.equal(allowedLinkHref(href), href, href);
  }
});

test("link targets: every other scheme goes, whatever its case, padding or embedded tabs", () => {
  for (const href of [
    "javascript:alert(1)",
    "JavaScript:alert(1)",
    " \u0001javascript:x",
    "java\tscript:x",
    "jav\nascript:x",
    "vbscript:x",
    "data:text/html,x",
    "data:image/png;base64,AAAA",
    "file:///etc/passwd",
    "ftp://x",
    "blob:https://x/1",
    "x:y",
    ":x",
  ]) {
    assert.equal(allowedLinkHref(href), null, JSON.stringify(href));
  }
});

test("protocol-relative targets become https, backslashes included", () => {
  assert.equal(allowedLinkHref("//example.com/a"), "https://example.com/a");
  assert.equal(allowedLinkHref("/\\example.com/a"), "https://example.com/a");
  assert.equal(allowedImageSrc("//cdn.example.com/a.png"), "https://cdn.example.com/a.png");
});

test("image sources: relative, https and data: images only", () => {
  for (const src of [
    "a.png",
    "../assets/写真.png",
    "/a.png",
    "https://example.com/a.png",
    "data:image/png;base64,AA",
    "DATA:IMAGE/JPEG;base64,AA",
    "data:image/svg+xml,%3Csvg%3E",
    "data:image/avif;base64,AA",
    "data:image/webp,AA",
    "data:image/gif;base64,AA",
  ]) {
    assert.equal(allowedImageSrc(src), src, src);
  }
  for (const src of [
    "http://example.com/a.png",
    "javascript:alert(1)",
    "data:text/html,x",
    "data:image/x-icon;base64,AA",
    "data:image/pngx,AA",
    "file:///a.png",
    "blob:https://x/1",
  ]) {
    assert.equal(allowedImageSrc(src), null, src);
  }
});

test("slugs keep every script's letters and digits, lower-case ASCII and join words with '-'", () => {
  assert.equal(headingId("Go の Context 入門"), "go-の-context-入門");
  assert.equal(headingId("ＡＢＣ　全角スペース"), "ＡＢＣ-全角スペース");
  assert.equal(headingId("「設定」について（その２）！"), "設定についてその２");
  assert.equal(headingId("C++ / C# の違い?"), "c-c-の違い");
  assert.equal(headingId("snake_case and-dash"), "snake_case-and-dash");
  assert.equal(headingId("Café Über"), "café-Über");
  assert.equal(headingId("  !!!  "), "section");
});
