// `npm start` where Electron's binary is missing and cannot be fetched: one clear sentence, no stack trace.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { test } from "node:test";

const ROOT = path.resolve(import.meta.dirname, "..", "..", "..");

test("npm start without an Electron binary it can fetch ends with one sentence saying what to do", async () => {
  const empty = await mkdtemp(path.join(os.tmpdir(), "tsuzuri-start-"));
  try {
    const r = spawnSync(process.execPath, [path.join(ROOT, "scripts", "start.mjs")], {
      cwd: ROOT,
      encoding: "utf8",
      timeout: 60_000,
      // The binary is looked for in an empty folder, and the download goes to a port nothing listens on.
      env: { ...process.env, ELECTRON_OVERRIDE_DIST_PATH: empty, ELECTRON_MIRROR: "http://127.0.0.1:9/", electron_config_cache: empty },
    });
    assert.equal(r.status, 1, r.stdout + r.stderr);
    const lines = r.stderr.trim().split("\n");
    assert.equal(lines.length, 1, `one line, got:\n${r.stderr}`);
    assert.match(lines[0] as string, /^Tsuzuri cannot start: Electron's binary could not be fetched/);
    assert.match(lines[0] as string, /npx tsuzuri serve/);
    assert.doesNotMatch(r.stderr, /^\s+at /m, "no stack trace");
  } finally {
    await rm(empty, { recursive: true, force: true });
  }
});
