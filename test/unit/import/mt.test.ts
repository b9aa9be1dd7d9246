// Reading Movable Type / Hatena Blog exports: entries, sections, comments, dates in a zone, tags,
// drafts, identities; broken entries are reported, not fatal.
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { describe, test } from "node:test";
import {
  isTimeZone,
  mtEntryToPost,
  numberRepeats,
  parseFeedback,
  parseMtDate,
  parseMtExport,
  parseMtTags,
  mtIdentity,
  type MtPost,
} from "../../../core/common/import/index.js";
import { HATENA_EXPORT } from "./helpers.js";

const entry = (lines: string[]): string => lines.join("\n");

describe("parseMtExport", () => {
  test("splits entries on -------- and sections on -----, keeping repeated CATEGORY lines and section text as written", () => {
    const text = entry([
      "AUTHOR: me",
      "TITLE: 一つ目",
      "CATEGORY: 料理",
      "CATEGORY: 作り置き",
      "DATE: 08/03/2019 18:00:00",
      "-----",
      "BODY:",
      "<p>本文</p>",
      "AUTHOR: これは本文の一部",
      "",
      "<p>二段落目</p>",
      "-----",
      "EXTENDED BODY:",
      "<p>続き</p>",
      "-----",
      "--------",
      "TITLE: 二つ目",
      "DATE: 08/04/2019 09:00:00",
      "-----",
      "BODY:",
      "b",
      "-----",
      "--------",
      "",
    ]);
    const entries = parseMtExport(text);
    assert.equal(entries.length, 2);
    const [a, b] = entries;
    assert.deepEqual(
      a?.fields.filter((f) => f.key === "CATEGORY").map((f) => f.value),
      ["料理", "作り置き"],
    );
    assert.equal(a?.sections[0]?.key, "BODY");
    assert.equal(a?.sections[0]?.text, "<p>本文</p>\nAUTHOR: これは本文の一部\n\n<p>二段落目</p>");
    assert.equal(a?.sections[1]?.key, "EXTENDED BODY");
    assert.deepEqual(a?.warnings, []);
    assert.equal(b?.index, 2);
    assert.equal(b?.fields.find((f) => f.key === "TITLE")?.value, "二つ目");
  });

  test("CRLF files and a BOM read the same", () => {
    const lf = entry(["TITLE: x", "DATE: 01/02/2020 03:04:05", "-----", "BODY:", "<p>y</p>", "-----", "--------"]);
    const crlf = "\uFEFF" + lf.replace(/\n/g, "\r\n");
    assert.deepEqual(parseMtExport(crlf), parseMtExport(lf));
  });

  test("a body without its ----- ends at the entry separator, with a warning", () => {
    const [e] = parseMtExport(entry(["TITLE: x", "DATE: 01/02/2020 03:04:05", "-----", "BODY:", "<p>y</p>", "--------"]));
    assert.equal(e?.sections[0]?.text, "<p>y</p>");
    assert.match(e?.warnings[0] ?? "", /BODY section .* no closing "-----"/);
  });

  test("a body without its ----- stops at the next section line, with a warning", () => {
    const [e] = parseMtExport(
      entry(["TITLE: x", "DATE: 01/02/2020 03:04:05", "-----", "BODY:", "<p>y</p>", "EXTENDED BODY:", "<p>z</p>", "-----", "--------"]),
    );
    assert.deepEqual(
      e?.sections.map((s) => [s.key, s.text]),
      [
        ["BODY", "<p>y</p>"],
        ["EXTENDED BODY", "<p>z</p>"],
      ],
    );
    assert.equal(e?.warnings.length, 1);
  });

  test("a header after a closed section without -------- starts a new entry", () => {
    const entries = parseMtExport(
      entry([
        "TITLE: a",
        "DATE: 01/02/2020 03:04:05",
        "-----",
        "BODY:",
        "a",
        "-----",
        "TITLE: b",
        "DATE: 01/03/2020 03:04:05",
        "-----",
        "BODY:",
        "b",
        "-----",
        "--------",
      ]),
    );
    assert.deepEqual(
      entries.map((e) => e.fields.find((f) => f.key === "TITLE")?.value),
      ["a", "b"],
    );
    assert.match(entries[0]?.warnings[0] ?? "", /no "--------" line/);
  });

  test("comments: their own AUTHOR/EMAIL/URL/IP/DATE lines, then the text", () => {
    const f = parseFeedback(
      "AUTHOR: yamada\nEMAIL: y@example.com\nURL: https://y.example/\nIP: 192.0.2.1\nDATE: 07/25/2019 08:15:00\n一行目\nURL: 本文中の行",
    );
    assert.equal(f.fields.AUTHOR, "yamada");
    assert.equal(f.fields.IP, "192.0.2.1");
    assert.equal(f.text, "一行目\nURL: 本文中の行");
  });
});

describe("dates and zones", () => {
  test("MM/DD/YYYY HH:MM:SS in Asia/Tokyo, with and without AM/PM", () => {
    assert.equal(parseMtDate("07/24/2019 21:30:00", "Asia/Tokyo"), "2019-07-24T21:30:00+09:00");
    assert.equal(parseMtDate("08/11/2019 07:30:00 PM", "Asia/Tokyo"), "2019-08-11T19:30:00+09:00");
    assert.equal(parseMtDate("08/11/2019 12:05:00 AM", "Asia/Tokyo"), "2019-08-11T00:05:00+09:00");
    assert.equal(parseMtDate("08/11/2019 12:05:00 PM", "Asia/Tokyo"), "2019-08-11T12:05:00+09:00");
    assert.equal(parseMtDate("1/2/2020 3:04", "UTC"), "2020-01-02T03:04:00+00:00");
  });

  test("the offset follows the zone's rules on that day (summer time)", () => {
    assert.equal(parseMtDate("01/15/2020 12:00:00", "America/New_York"), "2020-01-15T12:00:00-05:00");
    assert.equal(parseMtDate("07/15/2020 12:00:00", "America/New_York"), "2020-07-15T12:00:00-04:00");
    assert.equal(parseMtDate("07/15/2020 12:00:00", "Asia/Kolkata"), "2020-07-15T12:00:00+05:30");
  });

  test("impossible dates are refused", () => {
    for (const bad of ["13/45/2019 25:00:00", "02/30/2019 10:00:00", "2019-07-24 21:30:00", "07/24/2019", "07/24/2019 13:00:00 PM", ""]) {
      assert.equal(parseMtDate(bad, "Asia/Tokyo"), null, bad);
    }
  });

  test("isTimeZone knows IANA names and refuses others", () => {
    assert.ok(isTimeZone("Asia/Tokyo"));
    assert.ok(isTimeZone("UTC"));
    assert.ok(!isTimeZone("Mars/Olympus"));
    assert.ok(!isTimeZone(""));
  });
});

describe("entries as posts", () => {
  test("TAGS: quoted tags with spaces, separated by commas or spaces", () => {
    assert.deepEqual(parseMtTags(`"Movable Type",foo bar, "夏 レシピ"`), ["Movable Type", "foo", "bar", "夏 レシピ"]);
  });

  test("the fixture: titles, dates, categories as tags, draft, slug and identity from BASENAME", async () => {
    const results = parseMtExport(await readFile(HATENA_EXPORT, "utf8")).map((e) => mtEntryToPost(e, "Asia/Tokyo"));
    const posts = results.filter((r): r is { ok: true; post: MtPost } => r.ok).map((r) => r.post);
    const first = posts[0];
    assert.equal(first?.title, "Cloud Native Days Tokyo 2019に行ってきた(2日目)");
    assert.equal(first?.date, "2019-07-24T21:30:00+09:00");
    assert.deepEqual(first?.tags, ["イベント", "Kubernetes"]);
    assert.equal(first?.basename, "2019/07/24/213000");
    assert.equal(first?.identity, "mt:2019/07/24/213000");
    assert.equal(first?.feedback.length, 2);
    assert.equal(first?.feedback[0]?.date, "2019-07-25T08:15:00+09:00");
    assert.deepEqual(
      posts.filter((p) => p.draft).map((p) => p.title),
      ["書きかけ：Goのcontextメモ"],
    );
    const evening = posts.find((p) => p.basename === "2019/08/11/193000");
    assert.deepEqual(evening?.tags, ["料理", "夏 レシピ", "麺"]);
    const failed = results.filter((r) => !r.ok);
    assert.equal(failed.length, 1);
    assert.match(failed[0] && !failed[0].ok ? failed[0].reason : "", /DATE "13\/45\/2019 25:00:00" is not a date/);
  });

  test("an entry without DATE fails with a reason; one without BASENAME gets an identity from date and title", () => {
    const [noDate] = parseMtExport("TITLE: x\n-----\nBODY:\ny\n-----\n--------\n").map((e) => mtEntryToPost(e, "UTC"));
    assert.equal(noDate?.ok, false);
    const [noBase] = parseMtExport("TITLE: x\nDATE: 01/02/2020 03:04:05\n-----\nBODY:\ny\n-----\n--------\n").map((e) =>
      mtEntryToPost(e, "UTC"),
    );
    assert.ok(noBase?.ok);
    if (noBase?.ok) assert.equal(noBase.post.identity, mtIdentity(null, "2020-01-02T03:04:05+00:00", "x"));
    assert.match(mtIdentity(null, "2020-01-02T03:04:05+00:00", "x"), /^mt:2020-01-02T03:04:05\+00:00:[0-9a-f]{12}$/);
    assert.notEqual(mtIdentity(null, "2020-01-02T03:04:05+00:00", "x"), mtIdentity(null, "2020-01-02T03:04:05+00:00", "y"));
  });

  test("look-alike entries keep separate identities, numbered in file order", () => {
    assert.deepEqual(numberRepeats(["a", "b", "a", "a"]), ["a", "b", "a#2", "a#3"]);
  });
});
