// What `tsuzuri serve` reads from disk: the renderer's files and the journal's media, nothing else.
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { mkdir, mkdtemp, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { cookieName } from "../../../core/node/serve/index.js";
import { send, startHarness, type Harness } from "./harness.js";

const PNG = Buffer.from("89504e470d0a1a0a0000000d4948445200000001000000010806000000", "hex");

describe("serve: files", () => {
  let h: Harness;
  let cookie: Record<string, string>;
  let outside: string;
  before(async () => {
    h = await startHarness();
    cookie = { Cookie: `${cookieName(h.session.port)}=${h.session.token}` };
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
    const img = await send(h.session, "GET", "/journal/images/cat.png", cookie);
    assert.equal(img.status, 200);
    assert.equal(img.headers["content-type"], "image/png");
    assert.equal(img.headers["x-content-type-options"], "nosniff");
    assert.match(String(img.headers["content-security-policy"]), /^default-src 'none'/);
    assert.equal(img.headers["content-disposition"], "inline");
    assert.equal(Number(img.headers["content-length"]), PNG.length);
  });

  test("file names with spaces and Japanese, percent-encoded, are found; extensions match in any case", async () => {
    const img = await send(h.session, "GET", `/journal/images/${encodeURIComponent("猫 の写真.JPG")}`, cookie);
    assert.equal(img.status, 200);
    assert.equal(img.headers["content-type"], "image/jpeg");
  });

  test("journal files need the token too", async () => {
    assert.equal((await send(h.session, "GET", "/journal/images/cat.png")).status, 401);
  });

  test("only media files are served from the journal: not posts, not HTML, not the index", async () => {
    for (const path of ["/journal/images/page.html", "/journal/.tsuzuri/index.json", "/journal/.trash/old.png", "/journal/images/missing.png", "/journal/images"]) {
      assert.equal((await send(h.session, "GET", path, cookie)).status, 404, path);
    }
  });

  test("a symlink pointing out of the journal is not followed", async () => {
    const answer = await send(h.session, "GET", "/journal/images/escape.png", cookie);
    assert.equal(answer.status, 404);
    assert.ok(!answer.body.includes("secret bytes"));
  });

  test("no path climbs out of the renderer or the journal folder", async () => {
    const attempts = [
      "/journal/../../etc/passwd",
      "/../../../../etc/passwd",
      "/%2e%2e/%2e%2e/%2e%2e/etc/passwd",
      "/journal/%2e%2e/%2e%2e/%2e%2e/etc/passwd",
      "/journal/..%2f..%2f..%2fetc%2fpasswd",
      "/..%5c..%5c..%5cetc%5cpasswd",
      "/journal/images/..%00/cat.png",
      "/journal//etc/passwd",
    ];
    for (const path of attempts) {
      const answer = await send(h.session, "GET", path, cookie);
      assert.ok(answer.status === 404 || answer.status === 403 || answer.status === 400, `${path} → ${answer.status}`);
      assert.ok(!answer.body.includes("root:"), `${path} leaked a file`);
    }
  });

  test("writing methods on files are refused with 405", async () => {
    assert.equal((await send(h.session, "PUT", "/app.js", { ...cookie, "X-Tsuzuri-Token": h.session.token }, "x")).status, 405);
  });
});
