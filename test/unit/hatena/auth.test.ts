// Authentication against the local server, which checks it as Hatena documents: WSSE digests are
// verified and a nonce is never accepted twice; Basic is the Hatena ID and the API key, and Tsuzuri
// sends it only over https or to this computer; Fotolife takes WSSE only.
import assert from "node:assert/strict";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, test } from "node:test";
import { wsseHeader } from "../../../core/node/hatena/index.js";
import { Journal } from "../../../core/node/store/index.js";
import { KEY, USER, hatena, postFiles, pullFrom, startServer, tempDir } from "./helpers.js";

describe("hatena authentication", () => {
  test("WSSE: the server takes a correct digest once; the same nonce again, or a digest of another key, is refused", async () => {
    const server = await startServer();
    const url = `${server.endpoint}/entry`;
    const header = wsseHeader(USER, KEY, { nonce: new Uint8Array(20).fill(7), created: new Date("2024-01-01T00:00:00Z") });
    assert.match(
      header,
      /^UsernameToken Username="tsuzuri-user", PasswordDigest="[A-Za-z0-9+/]+=*", Nonce="BwcH[A-Za-z0-9+/]+=*", Created="2024-01-01T00:00:00Z"$/,
    );
    assert.equal((await fetch(url, { headers: { "X-WSSE": header } })).status, 200);
    assert.equal((await fetch(url, { headers: { "X-WSSE": header } })).status, 401, "a nonce is never accepted twice");
    assert.equal((await fetch(url, { headers: { "X-WSSE": wsseHeader(USER, "another-key") } })).status, 401);
    assert.equal((await fetch(url, { headers: { "X-WSSE": wsseHeader(USER, KEY) } })).status, 200, "each call makes a fresh nonce");
  });

  test("Basic: a blog that takes only Basic is pulled with --auth basic (remembered); images still go to Fotolife with WSSE", async () => {
    const server = await startServer();
    server.schemes = new Set(["basic"]);
    server.seed({ title: "Basic の記事", content: "本文\n" });
    const dir = await tempDir();
    const wsse = await pullFrom(server, dir);
    assert.equal(wsse.code, 1, "this blog refuses WSSE");
    assert.match(wsse.err, /401/);
    const basic = await pullFrom(server, dir, "--auth", "basic");
    assert.equal(basic.code, 0, basic.err);
    assert.equal((await postFiles(dir)).length, 1);

    await mkdir(path.join(dir, "assets"), { recursive: true });
    await writeFile(path.join(dir, "assets", "a.png"), Buffer.from("89504e470d0a1a0a", "hex"));
    const journal = await Journal.open(dir);
    const post = await journal.create({ title: "画像", body: "![a](../../assets/a.png)\n" });
    await journal.close();
    const push = await hatena(["push", "--journal", dir, post.path]);
    assert.equal(push.code, 0, push.out + push.err);
    assert.equal(server.uploads.length, 1);
    const upload = server.log.find((r) => r.path === "/fotolife/atom/post");
    assert.equal(upload?.status, 201);
  });

  test("Basic over plain http to another computer is refused before any request (the key would travel in clear)", async () => {
    const dir = await tempDir();
    const run = await hatena([
      "pull",
      "--journal",
      dir,
      "--endpoint",
      "http://blog.example.invalid/u/b/atom",
      "--user",
      USER,
      "--auth",
      "basic",
    ]);
    assert.equal(run.code, 2);
    assert.match(run.err, /Basic authentication sends the API key as it is.*only over https/);
    assert.deepEqual(await postFiles(dir), []);
  });
});
