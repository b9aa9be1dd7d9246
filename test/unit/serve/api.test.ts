// The operation routes of `tsuzuri serve`: JSON in, the contract's Reply out, clear HTTP errors otherwise.
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { call, send, startHarness, type Harness } from "./harness.js";
import { sortPosts } from "../../../core/common/post/index.js";
import type { PostSummary } from "../../../core/contract/index.js";

describe("serve: operations over HTTP", () => {
  let h: Harness;
  before(async () => {
    h = await startHarness();
  });
  after(() => h.stop());

  test("a post created through the API is listed and written to disk", async () => {
    const created = await call(h, "createPost", { title: "Hello from serve" });
    assert.equal(created.ok, true);
    const post = created.value as { path: string; title: string };
    const list = await call(h, "listPosts");
    assert.ok((list.value as { title: string }[]).some((p) => p.title === "Hello from serve"));
    const onDisk = await readFile(join(h.journalDir, ...post.path.split("/")), "utf8");
    assert.match(onDisk, /title: .*Hello from serve/);
  });

  test("listPosts sends the first screen of a list in its order (limit), then the whole; a bad limit or order is refused", async () => {
    for (const title of ["いろは", "Alpha", "beta", "ん"]) assert.equal((await call(h, "createPost", { title })).ok, true);
    const all = (await call(h, "listPosts")).value as { title: string }[];
    const newest = (await call(h, "listPosts", { limit: 2 })).value as { title: string }[];
    assert.deepEqual(newest, all.slice(0, 2), "the newest two, as the whole list begins");
    const byTitle = (await call(h, "listPosts", { sort: "title" })).value as { title: string }[];
    assert.equal(byTitle.length, all.length);
    const firstByTitle = (await call(h, "listPosts", { sort: "title", limit: 3 })).value as { title: string }[];
    assert.deepEqual(firstByTitle, byTitle.slice(0, 3), "the first three by title, as that order begins");
    assert.deepEqual(
      byTitle.map((p) => p.title),
      sortPosts(all as PostSummary[], "title").map((p) => p.title),
      "the whole list in title order",
    );
    for (const args of [{ limit: 0 }, { limit: 1.5 }, { sort: "random" }]) {
      const reply = await call(h, "listPosts", args);
      assert.equal(reply.error?.code, "invalid-argument", JSON.stringify(args));
    }
  });

  test("hostInfo names the serve host and its asset base", async () => {
    const info = await call(h, "hostInfo");
    assert.deepEqual(
      { ...(info.value as object), platform: undefined },
      { kind: "serve", lang: null, assetBase: h.session.assetBase, pdf: false, platform: undefined },
    );
    assert.match(h.session.assetBase, /^\/journal\/[A-Za-z0-9_-]+\/$/);
  });

  test("bad arguments are the operation's own error (200, ok: false)", async () => {
    const reply = await call(h, "readPost", { path: "../outside.md" });
    assert.equal(reply.ok, false);
    assert.equal(reply.error?.code, "invalid-argument");
  });

  test("malformed JSON is 400, unknown operations 404, GET on an operation 405, non-JSON bodies 415", async () => {
    const json = { ...h.auth, "Content-Type": "application/json" };
    const malformed = await send(h.session, "POST", "/api/listPosts", json, "{not json");
    assert.equal(malformed.status, 400);
    assert.match(JSON.parse(malformed.body).error.message, /Malformed JSON/);
    assert.equal((await send(h.session, "POST", "/api/formatDisk", json, "{}")).status, 404);
    const get = await send(h.session, "GET", "/api/listPosts", h.auth);
    assert.equal(get.status, 405);
    assert.equal(get.headers.allow, "POST");
    assert.equal((await send(h.session, "POST", "/api/listPosts", { ...h.auth, "Content-Type": "text/plain" }, "{}")).status, 415);
    assert.equal((await send(h.session, "POST", "/api/listPosts", h.auth, "{}")).status, 415);
  });

  test("a body declared larger than the limit is refused with 413 before it is read", async () => {
    const answer = await send(h.session, "POST", "/api/createPost", {
      ...h.auth,
      "Content-Type": "application/json",
      "Content-Length": String(65 * 1024 * 1024),
    });
    assert.equal(answer.status, 413);
  });

  test("JSON with a charset parameter is accepted", async () => {
    const answer = await send(h.session, "POST", "/api/listPosts", { ...h.auth, "Content-Type": "application/json; charset=utf-8" }, "{}");
    assert.equal(answer.status, 200);
    assert.equal(JSON.parse(answer.body).ok, true);
  });
});
