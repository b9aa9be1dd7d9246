// Escaping, language detection and dates in exported pages.
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import {
  detectLang,
  displayDate,
  escapeAttr,
  escapeHtml,
  inDateRange,
  instantOf,
  langTag,
  parseDateBound,
  postLang,
  rfc3339,
} from "../../../core/common/export/index.js";

describe("escaping", () => {
  test("text and attribute values cannot break out of their context", () => {
    assert.equal(escapeHtml("<script>alert('x')</script> & co"), "&lt;script&gt;alert('x')&lt;/script&gt; &amp; co");
    assert.equal(escapeAttr('"><img src=x onerror=alert(1)>'), "&quot;&gt;&lt;img src=x onerror=alert(1)&gt;");
  });

  test("characters no HTML or XML document may hold are replaced", () => {
    assert.equal(escapeHtml("a\u0000b\u0007c\uFFFEd\uD800e"), "a\uFFFDb\uFFFDc\uFFFDd\uFFFDe");
    assert.equal(escapeHtml("tab\tnew\nline 😀"), "tab\tnew\nline 😀");
  });
});

describe("language", () => {
  test("Japanese text is ja even with English terms in it; English text is en", () => {
    assert.equal(detectLang("Kubernetes の Operator パターンについて、reconcile loop を中心にまとめた。"), "ja");
    assert.equal(detectLang("The reconcile loop finally made sense to me."), "en");
    assert.equal(detectLang("The talk was about 勉強会 culture in Tokyo and how communities grow over the years."), "en");
    assert.equal(detectLang("12345 !!!"), "en");
    assert.equal(detectLang("日記"), "ja");
  });

  test("front matter lang wins over the journal's language, which wins over detection", () => {
    assert.equal(postLang("en", "ja", "日本語の本文"), "en");
    assert.equal(postLang(undefined, "ja", "English text"), "ja");
    assert.equal(postLang("not a lang!", null, "日本語の本文"), "ja");
    assert.equal(langTag("zh-Hant-TW"), "zh-Hant-TW");
    assert.equal(langTag("<x>"), null);
  });
});

describe("dates", () => {
  test("a post's day is the day it was written, in its own time zone", () => {
    assert.equal(displayDate("2019-07-24T23:30:00+09:00", "ja"), "2019年7月24日");
    assert.equal(displayDate("2019-07-24T23:30:00+09:00", "en"), "July 24, 2019");
    assert.equal(displayDate(null, "en"), null);
    assert.equal(displayDate("someday", "en"), null);
  });

  test("RFC 3339 for Atom and <time>: kept when it already is, else UTC", () => {
    assert.equal(rfc3339("2019-07-24T21:30:00+09:00"), "2019-07-24T21:30:00+09:00");
    assert.equal(rfc3339("2019-07-24"), "2019-07-24T00:00:00Z");
    assert.equal(rfc3339(null), null);
  });

  test("a time without a zone is read as UTC, whatever the zone of the machine", () => {
    assert.equal(rfc3339("2019-07-24 21:30"), "2019-07-24T21:30:00Z");
    assert.equal(rfc3339("2019-07-24T21:30:00"), "2019-07-24T21:30:00Z");
    assert.equal(instantOf("2019-07-24 21:30"), Date.UTC(2019, 6, 24, 21, 30));
    assert.equal(parseDateBound("2019-02-30"), null, "no such day");
  });

  test("date ranges compare days as written, or instants when a time is given", () => {
    const from = parseDateBound("2019-07-24") ?? undefined;
    const to = parseDateBound("2019-07-24") ?? undefined;
    assert.equal(inDateRange("2019-07-24T23:59:00+09:00", from, to), true, "late on the 24th in Tokyo is still the 24th");
    assert.equal(inDateRange("2019-07-25T00:00:00+09:00", from, to), false);
    assert.equal(inDateRange(null, from, undefined), false, "undated posts are outside any range");
    assert.equal(inDateRange(null, undefined, undefined), true);
    const instant = parseDateBound("2019-07-24T12:00:00Z") ?? undefined;
    assert.equal(inDateRange("2019-07-24T20:00:00+09:00", instant, undefined), false, "20:00 in Tokyo is 11:00 UTC");
    assert.equal(parseDateBound("24/07/2019"), null);
    assert.equal(parseDateBound("2019-13-45"), null);
  });
});
