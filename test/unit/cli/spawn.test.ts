// The real `tsuzuri` command, spawned as a user runs it: `serve` prints its address first, answers with
// the token, and on SIGTERM writes the journal's index and exits 0. Builds dist/ first when it is missing.
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { access, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";

const root = join(import.meta.dirname, "../../..");
const bin = join(root, "bin", "tsuzuri.js");

function ensureBuilt(): void {
  if (existsSync(join(root, "dist", "cli", "tsuzuri.js"))) return;
  const r = spawnSync(process.execPath, [join(root, "scripts", "build.mjs")], { cwd: root, stdio: "inherit" });
  assert.equal(r.status, 0, "npm run build failed");
}

function exitOf(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => child.once("exit", (code) => resolve(code)));
}

describe("bin/tsuzuri.js (spawned)", () => {
  let tmp: string;
  before(async () => {
    ensureBuilt();
    tmp = await mkdtemp(join(tmpdir(), "tsuzuri-cli-"));
  });
  after(() => rm(tmp, { recursive: true, force: true }));

  test("--help exits 0; a bad port exits 2 with a message", () => {
    const help = spawnSync(process.execPath, [bin, "--help"], { encoding: "utf8" });
    assert.equal(help.status, 0);
    assert.match(help.stdout, /serve/);
    const bad = spawnSync(process.execPath, [bin, "serve", "--port", "abc"], { encoding: "utf8" });
    assert.equal(bad.status, 2);
    assert.match(bad.stderr, /--port must be a port number/);
  });

  test("serve prints the URL first, serves with the token, and exits 0 on SIGTERM with the index written", async () => {
    const journal = join(tmp, "journal");
    const child = spawn(process.execPath, [bin, "serve", "--journal", journal, "--port", "0", "--user-data", join(tmp, "user-data")], {
      stdio: ["ignore", "pipe", "pipe"],
    });
    const exited = exitOf(child);
    let stderr = "";
    child.stderr!.on("data", (c: Buffer) => (stderr += c.toString()));
    try {
      const first = await new Promise<string>((resolve, reject) => {
        createInterface({ input: child.stdout! }).once("line", resolve);
        void exited.then((code) => reject(new Error(`exited ${code} before printing: ${stderr}`)));
      });
      const match = /^http:\/\/127\.0\.0\.1:(\d+)\/\?token=([A-Za-z0-9_-]+)$/.exec(first);
      assert.ok(match, `first line is the URL: ${first}`);
      const [, port, token] = match;

      // The page without ?token= is the app without the token (a reloaded tab takes it from its own
      // sessionStorage); the API refuses a request without the token.
      const bare = await fetch(`http://127.0.0.1:${port}/`);
      assert.equal(bare.status, 200);
      assert.ok(!(await bare.text()).includes(token!), "the page served without ?token= does not carry the token");
      assert.equal(
        (
          await fetch(`http://127.0.0.1:${port}/api/listPosts`, {
            method: "POST",
            headers: { "Content-Type": "application/json" },
            body: "{}",
          })
        ).status,
        401,
      );
      const page = await fetch(first);
      assert.equal(page.status, 200);
      const html = await page.text();
      assert.match(html, /<html/i);
      assert.ok(html.includes(token!), "the page served with ?token= carries it (in its meta tag)");
      const created = await fetch(`http://127.0.0.1:${port}/api/createPost`, {
        method: "POST",
        headers: { "Content-Type": "application/json", "X-Tsuzuri-Token": token! },
        body: JSON.stringify({ title: "Spawned" }),
      });
      assert.equal(((await created.json()) as { ok: boolean }).ok, true);
    } finally {
      child.kill("SIGTERM");
    }
    assert.equal(await exited, 0, stderr);
    await access(join(journal, ".tsuzuri", "index.json"));
  });
});
