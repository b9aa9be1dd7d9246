// The index against a brute-force scan: on a generated journal, every query must find exactly the
// posts whose normalised title, body or tags contain every term (and that meet the qualifiers).
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtemp, readFile, readdir, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { after, before, test } from "node:test";
import { parseIsoMs, parsePost } from "../../../core/common/post/index.js";
import {
  foldForSearch,
  normalizeForSearch,
  parseQuery,
  SearchIndex,
  type ParsedQuery,
  type SearchablePost,
} from "../../../core/common/search/index.js";
import { readTag } from "../../../core/common/tags/index.js";
import { pickFrom, seeded } from "./random.js";

const repoRoot = path.resolve(import.meta.dirname, "..", "..", "..");
const GENERATOR = path.join(repoRoot, "..", "shared", "bench", "gen-journal.mjs");

/** Queries over the generator's vocabulary: words, fragments, single characters, other widths and kana, qualifiers, and misses. */
const QUERIES = [
  "今日",
  "時間",
  "整理",
  "結論",
  "設定",
  "備忘録",
  "セッション",
  "準備",
  "鍋",
  "大正解",
  "分量",
  "マイクロサービス",
  "境界",
  "ドメイン",
  "観測性",
  "効果",
  "全角英数字",
  "半角表記",
  "集約",
  "値オブジェクト",
  "エンティティ",
  "リポジトリ",
  "サービスメッシュ",
  "カナリアリリース",
  "サーキットブレーカー",
  "について考えた",
  "の話",
  "ービ",
  "リリ",
  "ている",
  "した。",
  "の",
  "鍋",
  "ー",
  "。",
  "k",
  "#",
  "8",
  "(",
  "|",
  "a",
  "ｋ８ｓ",
  "ＤＤＤ",
  "Ｋｕｂｅｒｎｅｔｅｓ",
  "ｶﾀｶﾅ",
  "ﾄﾞﾒｲﾝ",
  "ｻｰﾋﾞｽ",
  "かたかな",
  "カタカナ",
  "どめいん",
  "さーびすめっしゅ",
  "えんてぃてぃ",
  "KUBERNETES",
  "kubernetes",
  "Prometheus",
  "grafana",
  "GraalVM",
  "Spring",
  "spring boot",
  "reconcile loop",
  "Note to self",
  "LESSONS learned",
  "kubernetes 設計",
  "ドメイン 集約 tag:DDD",
  "Envoy Istio",
  '"Spring Boot"',
  '"measure before optimizing"',
  '"について: "',
  '"セッションの内容"',
  "tag:dev",
  "tag:dev/frontend",
  "tag:DEV/Backend",
  "tag:life",
  "tag:日記",
  "tag:kubernetes kubernetes",
  "tag:料理 鍋",
  "before:2015-01-01",
  "after:2025-06-01",
  "after:2019 before:2020",
  "after:2019-07 before:2019-08 ドメイン",
  "is:draft",
  "is:draft kubernetes",
  "tag:dev is:draft after:2014",
  "xyzzy",
  "存在しない言葉",
  "kubernetesx",
  "tag:nonexistent",
  "before:2000-01-01",
  '"鍋 鍋"',
  "line_3 := compute(3)",
  "compute(",
  "https://example.com",
  "`",
  "```",
  "##",
  "|---|",
  "example.com/",
  "",
];

let dir = "";
let posts: SearchablePost[] = [];

before(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), "tsuzuri-search-oracle-"));
  execFileSync(process.execPath, [GENERATOR, "--out", dir, "--posts", "400", "--seed", "7"], { stdio: "ignore" });
  const files = (await readdir(dir, { recursive: true, withFileTypes: true }))
    .filter((e) => e.isFile())
    .map((e) => path.join(e.parentPath, e.name))
    .sort();
  posts = await Promise.all(
    files.map(async (file, i) => {
      const rel = path.relative(dir, file).split(path.sep).join("/");
      const p = parsePost(await readFile(file, "utf8"), rel);
      // Some drafts and undated posts, so that is:draft and the date qualifiers have something to tell apart.
      return { path: rel, title: p.title, body: p.body, tags: p.meta.tags, date: i % 37 === 5 ? null : p.meta.date, draft: i % 9 === 0 };
    }),
  );
});
after(() => rm(dir, { recursive: true, force: true }));

/** A post as the brute force sees it: each field normalised on its own. */
interface Scanned {
  post: SearchablePost;
  fields: string[];
  tagKeys: Set<string>;
}

function scan(post: SearchablePost): Scanned {
  const tagKeys = new Set<string>();
  for (const raw of post.tags) {
    const levels = readTag(raw)?.key.split("/") ?? [];
    levels.forEach((_, i) => tagKeys.add(levels.slice(0, i + 1).join("/")));
  }
  return { post, fields: [post.title, post.body, ...post.tags].map(foldForSearch), tagKeys };
}

function bruteForce(scanned: Scanned[], q: ParsedQuery): string[] {
  if (q.errors.length) return [];
  return scanned
    .filter(({ post, fields, tagKeys }) => {
      const day = post.date?.slice(0, 10) ?? null;
      if (q.draft && !post.draft) return false;
      if (q.after !== null && (day === null || day < q.after)) return false;
      if (q.before !== null && (day === null || day >= q.before)) return false;
      if (!q.tags.every((t) => tagKeys.has(t))) return false;
      return q.terms.every((term) => fields.some((f) => f.includes(term)));
    })
    .map((s) => s.post)
    .sort((a, b) => (parseIsoMs(b.date) ?? 0) - (parseIsoMs(a.date) ?? 0) || (a.path < b.path ? -1 : 1))
    .map((p) => p.path);
}

/** Changes a substring the way a user might type it differently: other case, other kana, full width. */
function variant(rnd: () => number, s: string): string {
  const r = rnd();
  if (r < 0.25) return s.toUpperCase();
  if (r < 0.5) return s.replace(/[\u3041-\u3096]/gu, (c) => String.fromCharCode(c.charCodeAt(0) + 0x60));
  if (r < 0.65) return s.replace(/[!-~]/gu, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
  return s;
}

/** Random pieces of the posts' own text, as queries (quoted when they hold spaces). */
function randomQueries(count: number, seed: number): string[] {
  const rnd = seeded(seed);
  const out: string[] = [];
  while (out.length < count) {
    const p = pickFrom(rnd, posts);
    const field = pickFrom(rnd, [p.title, p.body, p.body, p.body, ...p.tags]);
    if (!field) continue;
    let start = Math.floor(rnd() * field.length);
    let end = Math.min(field.length, start + 1 + Math.floor(rnd() * (rnd() < 0.5 ? 3 : 12)));
    if (/[\uDC00-\uDFFF]/u.test(field.charAt(start))) start--;
    if (/[\uDC00-\uDFFF]/u.test(field.charAt(end))) end++;
    const piece = variant(rnd, field.slice(start, end));
    if (piece.trim() === "" || /["＂“”]/u.test(piece)) continue;
    out.push(/\s/u.test(piece) && rnd() < 0.7 ? `"${piece}"` : piece);
  }
  return out;
}

function check(index: SearchIndex, queries: readonly string[]): { withHits: number } {
  const scanned = posts.map(scan);
  let withHits = 0;
  for (const query of queries) {
    const expected = bruteForce(scanned, parseQuery(query));
    const got = index.match(query);
    assert.deepEqual(got.paths, expected, `query ${JSON.stringify(query)}`);
    if (expected.length) withHits++;
  }
  return { withHits };
}

test("search normalisation of the journal agrees with whole-text NFKC, and gives the original back", () => {
  const naive = (text: string): string =>
    [...text.normalize("NFKC")]
      .map((cp) =>
        cp
          .toLowerCase()
          .replace(/[\u30a1-\u30f6\u30fd\u30fe]/gu, (c) => String.fromCharCode(c.charCodeAt(0) - 0x60))
          .replace(/ς/gu, "σ")
          .replace(/[\uFE0E\uFE0F]/gu, ""),
      )
      .join("");
  for (const p of posts) {
    const nt = normalizeForSearch(p.body);
    assert.equal(nt.text, naive(p.body), p.path);
    assert.equal(nt.original(), p.body, p.path);
  }
  assert.ok(
    posts.some((p) => p.body.includes("ｶﾀｶﾅ")) && posts.some((p) => p.body.includes("ｋ８ｓ")),
    "the journal has half- and full-width text",
  );
});

test(`${QUERIES.length} fixed queries find exactly what a brute-force scan finds, newest first`, () => {
  assert.ok(QUERIES.length >= 60);
  const index = SearchIndex.from(posts);
  const { withHits } = check(index, QUERIES);
  assert.ok(withHits >= 60, `only ${withHits} queries found something`);
  assert.ok(withHits < QUERIES.length, "some queries must find nothing");
});

test("400 random pieces of the posts' own text (other case, kana and width too) find exactly what the scan finds", () => {
  const index = SearchIndex.from(posts);
  const queries = randomQueries(400, 11);
  const { withHits } = check(index, queries);
  assert.ok(withHits >= 380, `only ${withHits} of 400 found something`);
});

test("after adds, updates and removes (side index), and after a rebuild, answers still equal the scan", () => {
  const rnd = seeded(3);
  const index = SearchIndex.from(posts);
  index.match("warm up: builds the compact postings");
  const queries = [...QUERIES, ...randomQueries(150, 5)];
  for (let i = 0; i < 40; i++) {
    const victim = posts.splice(Math.floor(rnd() * posts.length), 1)[0] as SearchablePost;
    index.remove(victim.path);
  }
  for (let i = 0; i < 40; i++) {
    const k = Math.floor(rnd() * posts.length);
    const old = posts[k] as SearchablePost;
    posts[k] = {
      ...old,
      body: `追記 ｺﾞｰﾙﾃﾞﾝ ${i}\n` + old.body.slice(Math.floor(old.body.length / 2)),
      tags: [...old.tags.slice(1), "dev/new"],
    };
    index.add(posts[k]);
  }
  for (let i = 0; i < 20; i++) {
    const added = {
      ...(posts[i] as SearchablePost),
      path: `posts/new-${i}.md`,
      date: `2030-01-${String(i + 1).padStart(2, "0")}T00:00:00+09:00`,
      title: `新規 ${i} ゴールデン`,
    };
    posts.push(added);
    index.add(added);
  }
  check(index, [...queries, "ゴールデン", "ごーるでん", "tag:dev/new", "追記 tag:dev"]);
  const stats = index.stats();
  assert.ok(stats.postings.deltaPosts > 0 && stats.removed > 0, "the changes went to the side index, without a rebuild");
  index.build();
  assert.equal(index.stats().postings.deltaPosts, 0);
  check(index, queries);
  for (const p of posts.slice(0, 300)) index.remove(p.path);
  posts.splice(0, 300);
  check(index, queries);
  assert.equal(index.stats().removed, 0, "many removals rebuild the index on the next search");
});

test("hits carry snippets whose marked ranges are the terms, in the original text", () => {
  const index = SearchIndex.from(posts);
  for (const query of ["ｋ８ｓ", "ドメイン 集約", "kubernetes", "ｶﾀｶﾅ", '"spring boot"']) {
    const { terms } = parseQuery(query);
    const r = index.search(query, { limit: 20 });
    assert.ok(r.hits.length > 0, query);
    for (const hit of r.hits) {
      const { text, ranges } = hit.snippet;
      if (hit.inBody) assert.ok(ranges.length > 0, `${query}: ${hit.path} has a mark`);
      let lastEnd = 0;
      for (const [a, b] of ranges) {
        assert.ok(lastEnd <= a && a < b && b <= text.length, `${query}: ranges in order, inside`);
        lastEnd = b;
      }
      const first = ranges[0];
      if (first)
        assert.ok(
          terms.some((t) => foldForSearch(text.slice(first[0], first[1])).includes(t)),
          `${query}: ${JSON.stringify(text.slice(first[0], first[1]))}`,
        );
      for (const [a, b] of hit.titleRanges) assert.ok(terms.some((t) => foldForSearch(hit.title.slice(a, b)).includes(t)));
    }
  }
});
