// The post list's search against a brute-force scan of the files: on a generated journal (several
// index shards), every query, filter and order must list exactly the posts the scan finds, in the
// order the renderer sorts them, with each hit equal to one made from the file itself.
import assert from "node:assert/strict";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { before, after, test } from "node:test";
import { POST_SORTS, type CalendarDay, type PostSort } from "../../../core/contract/index.js";
import { foldForSearch, parseQuery } from "../../../core/common/search/index.js";
import { Finder, type FindArgs } from "../../../core/node/search/index.js";
import { searchHitOf } from "../../../core/common/search/index.js";
import { Journal } from "../../../core/node/store/index.js";
import { generateJournal } from "./helpers.js";
import { bruteForce as scan, scanJournal, type Scanned } from "./scan.js";

let dir = "";
let journal: Journal;
let finder: Finder;
let scanned: Scanned[] = [];
let someDay: CalendarDay = { year: 2030, month: 1, day: 1 };

before(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), "tsuzuri-finder-"));
  generateJournal(dir, 300, 11);
  // Posts the generator never makes: untagged ones, and two on one day of earlier years.
  await writeFile(
    path.join(dir, "posts", "untagged-1.md"),
    "---\ntitle: タグなしの投稿\ndate: 2018-03-14T09:00:00+09:00\n---\n\nドメインの話はしない。\n",
  );
  await writeFile(path.join(dir, "posts", "untagged-2.md"), "# 見出しだけのメモ\n\nｶﾀｶﾅ と ｋ８ｓ\n");
  journal = await Journal.open(dir);
  finder = new Finder(journal, { shardSize: 37 });
  await finder.ready();
  scanned = await scanJournal(journal, dir);
  const dated = scanned.find((s) => s.summary.date?.startsWith("2019"));
  assert.ok(dated, "the generated journal has a post of 2019");
  const [, m, d] = /^\d{4}-(\d{2})-(\d{2})/.exec(dated.summary.date!)!;
  someDay = { year: 2026, month: Number(m), day: Number(d) };
});
after(async () => {
  await finder?.close();
  await journal?.close();
  await rm(dir, { recursive: true, force: true });
});

const bruteForce = (args: FindArgs): string[] => scan(scanned, args);

const QUERIES = [
  "",
  "ドメイン",
  "ｋ８ｓ",
  "ｶﾀｶﾅ",
  "さーびすめっしゅ",
  "KUBERNETES 設計",
  '"Spring Boot"',
  "の",
  "tag:dev",
  "after:2019 before:2021 ドメイン",
  "xyzzy",
];
const FILTERS: Omit<FindArgs, "query">[] = [
  {},
  { tags: ["dev"] },
  { tags: ["日記", "ＤＤＤ"] },
  { untagged: true },
  { onThisDay: { year: 2026, month: 1, day: 1 } },
];

test("every query, filter and order lists exactly what a scan of the files finds", async () => {
  const filters = [...FILTERS, { onThisDay: someDay }];
  let nonEmpty = 0;
  for (const query of QUERIES) {
    for (const filter of filters) {
      for (const sort of POST_SORTS) {
        const args: FindArgs = { query, ...filter, sort, limit: 0 };
        const found = await finder.find(args);
        const expected = bruteForce(args);
        assert.deepEqual(found.paths, expected, `${JSON.stringify(args)}`);
        assert.equal(found.total, expected.length);
        if (expected.length) nonEmpty++;
      }
    }
  }
  assert.ok(nonEmpty > 100, `most cases find something (${nonEmpty})`);
});

test("hits of any window, in any order, are the hits made from the files themselves", async () => {
  const posts = new Map(scanned.map((s) => [s.summary.path, s]));
  const cases: [string, Omit<FindArgs, "query">][] = [
    ["ドメイン", {}],
    ["ｋ８ｓ", { tags: ["dev"] }],
    ["の 設計", {}],
    ["ｶﾀｶﾅ", { untagged: true }],
    ["kubernetes", {}],
  ];
  for (const [query, filter] of cases) {
    for (const sort of POST_SORTS as readonly PostSort[]) {
      for (const offset of [0, 6, 40]) {
        const found = await finder.find({ query, ...filter, sort, offset, limit: 9 });
        const window = found.paths.slice(offset, offset + 9);
        assert.deepEqual(
          found.hits.map((h) => h.path),
          window,
          `${query} ${sort} @${offset}: a hit for each post of the window, in order`,
        );
        const terms = parseQuery(query).terms;
        for (const hit of found.hits) {
          const s = posts.get(hit.path)!;
          const expected = searchHitOf({ ...s.summary, body: s.body }, terms);
          assert.deepEqual(hit, expected, `${query} ${sort} @${offset}: hit of ${hit.path}`);
          for (const [from, to] of hit.snippet.ranges) assert.equal(foldForSearch(hit.snippet.text.slice(from, to)).length > 0, true);
        }
      }
    }
  }
});

test("a query without words lists posts but makes no snippets; malformed qualifiers and tags are errors", async () => {
  const byTag = await finder.find({ query: "", tags: ["dev"] });
  assert.ok(byTag.total > 0);
  assert.deepEqual(byTag.hits, []);
  const bad = await finder.find({ query: "before:yesterday ドメイン" });
  assert.equal(bad.total, 0);
  assert.match(bad.errors[0]?.message ?? "", /before:/);
  const badTag = await finder.find({ query: "", tags: ["a,b"] });
  assert.equal(badTag.total, 0);
  assert.match(badTag.errors[0]?.message ?? "", /comma/);
});
