// What `tsuzuri serve` reads from disk: the renderer's files and the journal's media, nothing else.
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { mkdir, mkdtemp, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { send, startHarness, type Harness } from "./harness.js";

const PNG = Buffer.from("89504e470d0a1a0a0000000d4948445200000001000000010806000000", "hex");

describe("serve: files", () => {
  let h: Harness;
  /** The journal's files' route with the session's media key, no trailing slash. */
  let J = "";
  let outside: string;
  before(async () => {
    h = await startHarness();
    J = h.session.assetBase.replace(/\/$/, "");
    await mkdir(join(h.journalDir, "images"), { recursive: true });
    await writeFile(join(h.journalDir, "images", "cat.png"), PNG);
    await writeFile(join(h.journalDir, "images", "猫 の写真.JPG"), PNG);
    await writeFile(join(h.journalDir, "images", "page.html"), "<script>alert(1)</script>");
    await mkdir(join(h.journalDir, ".trash"), { recursive: true });
    await writeFile(join(h.journalDir, ".trash", "old.png"), PNG);
    outside = await mkdtemp(join(tmpdir(), "tsuzuri-outside-"));
    await writeFile(join(outside, "secret.png"), "secret bytes");
    await symlink(join(outside, "secret.png"), join(h.journalDir, "images", "escape.png"));
  });
  after(async () => {
    await h.stop();
    await rm(outside, { recursive: true, force: true });
  });

  test("an image of the journal is served inline, unsniffable and inert", async () => {
    const img = await send(h.session, "GET", `${J}/images/cat.png`);
    assert.equal(img.status, 200);
    assert.equal(img.headers["content-type"], "image/png");
    assert.equal(img.headers["x-content-type-options"], "nosniff");
    assert.match(String(img.headers["content-security-policy"]), /^default-src 'none'/);
    assert.equal(img.headers["content-disposition"], "inline");
    assert.equal(Number(img.headers["content-length"]), PNG.length);
  });

  test("file names with spaces and Japanese, percent-encoded, are found; extensions match in any case", async () => {
    const img = await send(h.session, "GET", `${J}/images/${encodeURIComponent("猫 の写真.JPG")}`);
    assert.equal(img.status, 200);
    assert.equal(img.headers["content-type"], "image/jpeg");
  });

  test("journal files need the session's media key: without it, or with the token in its place, they are refused", async () => {
    assert.match(h.session.assetBase, /^\/journal\/[A-Za-z0-9_-]{43}\/$/);
    assert.ok(!h.session.assetBase.includes(h.session.token), "the media key is not the token");
    assert.equal((await send(h.session, "GET", "/journal/images/cat.png")).status, 401);
    assert.equal((await send(h.session, "GET", "/journal/images/cat.png", { "X-Tsuzuri-Token": h.session.token })).status, 401);
    assert.equal((await send(h.session, "GET", `/journal/${h.session.token}/images/cat.png`)).status, 401);
    assert.equal(
      (await send(h.session, "GET", `/journal/images/cat.png`, { Cookie: `tsuzuri_token_${h.session.port}=${h.session.token}` })).status,
      401,
    );
  });

  test("only media files are served from the journal: not posts, not HTML, not the index", async () => {
    for (const path of [
      `${J}/images/page.html`,
      `${J}/.tsuzuri/index.json`,
      `${J}/.trash/old.png`,
      `${J}/images/missing.png`,
      `${J}/images`,
    ]) {
      assert.equal((await send(h.session, "GET", path)).status, 404, path);
    }
  });

  test("a symlink pointing out of the journal is not followed", async () => {
    const answer = await send(h.session, "GET", `${J}/images/escape.png`);
    assert.equal(answer.status, 404);
    assert.ok(!answer.body.includes("secret bytes"));
  });

  test("no path climbs out of the renderer or the journal folder", async () => {
    const attempts = [
      `${J}/../../etc/passwd`,
      "/../../../../etc/passwd",
      "/%2e%2e/%2e%2e/%2e%2e/etc/passwd",
      `${J}/%2e%2e/%2e%2e/%2e%2e/etc/passwd`,
      `${J}/..%2f..%2f..%2fetc%2fpasswd`,
      "/..%5c..%5c..%5cetc%5cpasswd",
      `${J}/images/..%00/cat.png`,
      `${J}//etc/passwd`,
    ];
    for (const path of attempts) {
      const answer = await send(h.session, "GET", path);
      assert.ok(answer.status === 404 || answer.status === 403 || answer.status === 400, `${path} → ${answer.status}`);
      assert.ok(!answer.body.includes("root:"), `${path} leaked a file`);
    }
  });

  test("writing methods on files are refused with 405", async () => {
    assert.equal((await send(h.session, "PUT", "/app.js", { "X-Tsuzuri-Token": h.session.token }, "x")).status, 405);
  });
});
