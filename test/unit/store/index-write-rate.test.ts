// The index cache under steady saving: written soon after a save, but at most once per
// INDEX_WRITE_MIN_INTERVAL_MS however many saves come (each write of a large journal's cache costs
// tens of ms and MB), and never left out: the last change is always written.
import assert from "node:assert/strict";
import { mock, test } from "node:test";
import { INDEX_WRITE_DEBOUNCE_MS, INDEX_WRITE_MIN_INTERVAL_MS } from "../../../core/node/store/constants.js";
import type { IndexCache } from "../../../core/node/store/index-cache.js";
import type { IndexEntry } from "../../../core/node/store/post-file.js";
import { PostIndex } from "../../../core/node/store/post-index.js";

const BLANK = { id: null, titled: true, date: null, updated: null, tags: [], draft: false, excerpt: "", chars: 0, size: 0 };
const entry = (title: string): IndexEntry => ({ ...BLANK, title, hash: "0".repeat(64), mtimeMs: 0 });

/** A stand-in cache that records the title of a.md in each write. */
function recordingCache(): { cache: IndexCache; writes: { at: number; title: string | undefined }[] } {
  const writes: { at: number; title: string | undefined }[] = [];
  const cache = {
    write: async (entries: ReadonlyMap<string, IndexEntry>) => {
      writes.push({ at: Date.now(), title: entries.get("a.md")?.title });
      return true;
    },
  } as unknown as IndexCache;
  return { cache, writes };
}

const settle = () => new Promise<void>((resolve) => queueMicrotask(resolve));

test("a save a second for a minute writes the index cache about once per interval, the first soon and the last change too", async (t) => {
  mock.timers.enable({ apis: ["setTimeout", "Date"], now: 0 });
  t.after(() => mock.timers.reset());
  const { cache, writes } = recordingCache();
  const index = new PostIndex(cache);
  const SAVES = 60;
  for (let i = 1; i <= SAVES; i++) {
    index.put("a.md", entry(`save ${i}`));
    mock.timers.tick(1000);
    await settle();
  }
  mock.timers.tick(INDEX_WRITE_MIN_INTERVAL_MS);
  await settle();
  assert.equal(writes[0]?.at, INDEX_WRITE_DEBOUNCE_MS, "the first save is written after the debounce");
  for (let i = 1; i < writes.length; i++)
    assert.ok(
      writes[i]!.at - writes[i - 1]!.at >= INDEX_WRITE_MIN_INTERVAL_MS,
      `write ${i} came ${writes[i]!.at - writes[i - 1]!.at} ms after the one before`,
    );
  assert.ok(writes.length <= Math.ceil((SAVES * 1000) / INDEX_WRITE_MIN_INTERVAL_MS) + 1, `${writes.length} writes for ${SAVES} saves`);
  assert.equal(writes.at(-1)?.title, `save ${SAVES}`, "the last change is written");
});

test("a lone save long after the last write is written after the debounce only", async (t) => {
  mock.timers.enable({ apis: ["setTimeout", "Date"], now: 0 });
  t.after(() => mock.timers.reset());
  const { cache, writes } = recordingCache();
  const index = new PostIndex(cache);
  index.put("a.md", entry("first"));
  mock.timers.tick(INDEX_WRITE_DEBOUNCE_MS);
  await settle();
  mock.timers.tick(INDEX_WRITE_MIN_INTERVAL_MS * 3);
  index.put("a.md", entry("second"));
  mock.timers.tick(INDEX_WRITE_DEBOUNCE_MS);
  await settle();
  assert.deepEqual(
    writes.map((w) => w.title),
    ["first", "second"],
  );
  assert.equal(writes[1]!.at - writes[0]!.at, INDEX_WRITE_MIN_INTERVAL_MS * 3 + INDEX_WRITE_DEBOUNCE_MS);
});
