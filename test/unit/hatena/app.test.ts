// Hatena Blog through the app's operations, as the renderer calls them: setup remembers the blog
// in the journal and never the key (held in memory without safe storage, in the host's store with
// it), a dry run sends and writes nothing, publishing links the post, and a sync of a post changed
// on both sides sends nothing.
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { describe, test } from "node:test";
import type { OpArgs, OpName, OpResult } from "../../../core/contract/index.js";
import { createApp, type App, type SecretStore } from "../../../core/node/app/index.js";
import { hashTree, KEY, readPost, startServer, tempDir, USER } from "./helpers.js";

interface Opened {
  app: App;
  call<N extends OpName>(op: N, args?: OpArgs<N>): Promise<OpResult<N>>;
}

async function open(journalDir: string, secrets?: SecretStore, userDataDir?: string): Promise<Opened> {
  const app = await createApp({
    journalDir,
    userDataDir: userDataDir ?? (await tempDir()),
    host: { kind: "serve", lang: null, assetBase: "/files/", secrets },
  });
  return {
    app,
    async call(op, args) {
      const reply = await app.dispatch(op, args ?? {});
      if (!reply.ok) throw Object.assign(new Error(reply.error.message), { code: reply.error.code });
      return reply.value as never;
    },
  };
}

/** A secret store in memory, as Electron's safeStorage file would be. */
function memoryStore(): SecretStore & { values: Map<string, string> } {
  const values = new Map<string, string>();
  return {
    values,
    available: () => true,
    get: async (name) => values.get(name) ?? null,
    set: async (name, value) => void (value === null ? values.delete(name) : values.set(name, value)),
  };
}

async function withoutEnvKey<T>(f: () => Promise<T>): Promise<T> {
  const before = process.env.HATENA_API_KEY;
  delete process.env.HATENA_API_KEY;
  try {
    return await f();
  } finally {
    if (before !== undefined) process.env.HATENA_API_KEY = before;
  }
}

describe("hatena in the app", () => {
  test("setup keeps the key in memory only (serve); preview sends nothing; publish creates the entry and links the post; a both-sides edit sends nothing", () =>
    withoutEnvKey(async () => {
      const server = await startServer();
      const dir = await tempDir();
      const t = await open(dir);
      try {
        const before = await t.call("hatenaStatus");
        assert.deepEqual(
          { endpoint: before.endpoint, key: before.key, keyStorage: before.keyStorage },
          { endpoint: null, key: null, keyStorage: "memory" },
        );
        await assert.rejects(t.call("hatenaSync", { direction: "both", dryRun: true }), /not linked to a blog/);
        const status = await t.call("hatenaSetup", { endpoint: server.endpoint + "/", user: USER, fotolife: server.fotolife, apiKey: KEY });
        assert.equal(status.endpoint, server.endpoint, "the endpoint is remembered without its trailing slash");
        assert.equal(status.key, "session");
        const remembered = await readFile(path.join(dir, ".tsuzuri", "hatena.json"), "utf8");
        assert.ok(!remembered.includes(KEY), "the key is never written into the journal");

        const post = await t.call("createPost", { title: "公開する記事", body: "本文です。\n" });
        await t.call("savePost", { path: post.path, baseHash: post.hash, title: post.title, body: post.body, tags: ["日記"] });
        const tree = await hashTree(dir);
        const preview = await t.call("hatenaSync", { direction: "push", paths: [post.path], dryRun: true });
        assert.deepEqual(
          preview.items.map((i) => [i.direction, i.action, i.path]),
          [["push", "created", post.path]],
        );
        assert.equal(server.writes().length, 0, "a preview sends nothing");
        assert.equal(await hashTree(dir), tree, "a preview writes nothing");

        const done = await t.call("hatenaSync", { direction: "push", paths: [post.path], dryRun: false });
        assert.deepEqual(
          done.items.map((i) => i.action),
          ["created"],
        );
        const entry = server.entries[0]!;
        assert.equal(entry.title, "公開する記事");
        assert.deepEqual(entry.categories, ["日記"]);
        assert.deepEqual(await t.call("hatenaLink", { path: post.path }), {
          url: `https://${server.blog}/entry/${entry.id}`,
          edit: server.editUrl(entry.id),
        });

        // Edited here and on the blog: the sync's preview and the sync itself send nothing.
        const now = await t.call("readPost", { path: post.path });
        await t.call("savePost", { path: post.path, baseHash: now.hash, title: now.title, body: now.body + "追記。\n" });
        server.editRemotely(entry.id, { content: "ブログで直した本文\n" });
        const from = server.log.length;
        const conflict = await t.call("hatenaSync", { direction: "both", dryRun: true });
        assert.deepEqual(
          conflict.items.filter((i) => i.action !== "unchanged").map((i) => [i.direction, i.action]),
          [
            ["pull", "conflict"],
            ["push", "conflict"],
          ],
        );
        const sync = await t.call("hatenaSync", { direction: "both", dryRun: false });
        assert.deepEqual(
          sync.items.map((i) => [i.direction, i.action]),
          [
            ["pull", "conflict"],
            ["push", "conflict"],
          ],
        );
        assert.equal(server.writes(from).length, 0, "nothing was sent");
        assert.match((await readPost(dir, post.path)).body, /追記。/, "the local text is as it was left");
        assert.ok(sync.items[0]?.copy, "the blog's text is in a conflict copy");
      } finally {
        await t.app.close();
      }
    }));

  test("with safe storage the key goes to the host's store and is found again by the next start", () =>
    withoutEnvKey(async () => {
      const server = await startServer();
      const dir = await tempDir();
      const userData = await tempDir();
      const store = memoryStore();
      const first = await open(dir, store, userData);
      try {
        const status = await first.call("hatenaSetup", { endpoint: server.endpoint, user: USER, apiKey: KEY });
        assert.deepEqual({ key: status.key, keyStorage: status.keyStorage }, { key: "stored", keyStorage: "safe-storage" });
        assert.deepEqual([...store.values.values()], [KEY]);
      } finally {
        await first.app.close();
      }
      const second = await open(dir, store, userData);
      try {
        assert.equal((await second.call("hatenaStatus")).key, "stored");
        await assert.rejects(second.call("hatenaSetup", { endpoint: "ftp://example.com/atom", user: USER }), /http\(s\) address/);
        await assert.rejects(
          second.call("hatenaSync", { direction: "both", dryRun: false, force: true }),
          /force is for pushing named posts only/,
        );
        // A wrong key: the app's words (no command-line options), nothing written.
        await second.call("hatenaSetup", { endpoint: server.endpoint, user: USER, apiKey: "not-the-key" });
        const tree = await hashTree(dir);
        await assert.rejects(second.call("hatenaSync", { direction: "pull", dryRun: false }), (e: Error & { code?: string }) => {
          assert.equal(e.code, "permission");
          assert.match(e.message, /Check the Hatena ID and the API key/);
          assert.doesNotMatch(e.message, /--|HATENA_API_KEY/);
          return true;
        });
        assert.equal(await hashTree(dir), tree, "a refused sync writes nothing");
      } finally {
        await second.app.close();
      }
    }));
});
