// `tsuzuri search`'s quick path decides from where a term's pairs of units first occur where the
// term can first be, and reads the text only from there: a term whose pairs all occur earlier
// elsewhere, one found only further on, one absent though every pair is there, and one beyond
// 65,535 units (where first positions are not kept) are answered exactly as a scan of the files.
import assert from "node:assert/strict";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { test } from "node:test";
import { Finder, quickSearch } from "../../../core/node/search/index.js";
import { Journal } from "../../../core/node/store/index.js";
import { tempDir } from "../app/helpers.js";
import { bruteForce, scanJournal } from "../app/scan.js";

const BODIES: Record<string, string> = {
  // Every pair of "kubernetes" occurs before the term, none where it is.
  "pairs-earlier.md": "kuub be er rn ne et te es ... and later kubernetes\n",
  // The term twice, the first one broken: the second is past the bound's first guess.
  "second-copy.md": "kubernetez kubernetes\n",
  // Every pair, never the term.
  "pairs-only.md": "kub bern ernet netes kuberne tes\n",
  "at-start.md": "kubernetes first\n",
  "far.md": `${"x".repeat(70_000)} kubernetes について考えた\n`,
  "far-miss.md": `${"kubernete ".repeat(8_000)} kubernetez\n`,
  "japanese.md": "考えたについて、について考え、について考えた\n",
};
const QUERIES = ["kubernetes", "について考えた", "kubernetes について考えた", '"e kubernetes"', "xyzzy"];

/** A journal of BODIES with its search index saved, and a scan of its files. */
async function savedJournal(): Promise<{ dir: string; scanned: Awaited<ReturnType<typeof scanJournal>> }> {
  const dir = await tempDir("tsuzuri-quick-search-");
  await mkdir(path.join(dir, "posts"), { recursive: true });
  for (const [name, body] of Object.entries(BODIES)) await writeFile(path.join(dir, "posts", name), `# ${name}\n\n${body}`);
  const journal = await Journal.open(dir);
  const finder = new Finder(journal);
  await finder.ready();
  await finder.close();
  const scanned = await scanJournal(journal, dir);
  await journal.close();
  return { dir, scanned };
}

test("the quick search reads from where the term can first be and answers exactly as a scan", async () => {
  const { dir, scanned } = await savedJournal();
  for (const query of QUERIES) {
    const fast = await quickSearch(dir, query);
    assert.ok(fast, `answered from the saved index: ${query}`);
    assert.deepEqual(fast.posts.map((p) => p.path).sort(), bruteForce(scanned, { query }).sort(), query);
  }
  const expected = ["posts/at-start.md", "posts/far.md", "posts/pairs-earlier.md", "posts/second-copy.md"];
  assert.deepEqual((await quickSearch(dir, "kubernetes"))?.posts.map((p) => p.path).sort(), expected);
});

test("a shard whose first positions are damaged is not trusted: the quick search declines and the app's answer stays exact", async () => {
  const { dir, scanned } = await savedJournal();
  const folder = path.join(dir, ".tsuzuri", "search");
  const [shard] = (JSON.parse(await readFile(path.join(folder, "manifest.json"), "utf8")) as { shards: string[] }).shards;
  const bytes = await readFile(path.join(folder, shard!));
  const header = JSON.parse(bytes.toString("utf8", 16, 16 + bytes.readUInt32LE(8))) as { sections: { positions: [number, number] } };
  const [off, len] = header.sections.positions;
  for (let i = off; i < off + len; i++) bytes[i] = (bytes[i] as number) ^ 0xff;
  await writeFile(path.join(folder, shard!), bytes);
  assert.equal(await quickSearch(dir, "kubernetes"), null, "damaged positions are refused, not read as positions");
  const reopened = await Journal.open(dir);
  const again = new Finder(reopened);
  const found = await again.find({ query: "kubernetes", limit: 0 });
  assert.deepEqual([...found.paths].sort(), bruteForce(scanned, { query: "kubernetes" }).sort());
  await again.close();
  await reopened.close();
});
