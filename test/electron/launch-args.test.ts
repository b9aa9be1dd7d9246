// The app's command line (electron/main/args.ts): options with a value in either spelling, and the
// files to open — relative to the launch's folder, file:// URLs too — whatever Chromium adds around them.
import { test } from "node:test";
import assert from "node:assert/strict";
import { parseLaunchArgs } from "../../electron/main/args.js";

const cwd = "/home/me/notes";

test("--journal and --user-data, spaced or with =, resolved against the folder", () => {
  assert.deepEqual(parseLaunchArgs(["tsuzuri", "--journal", "diary", "--user-data=/tmp/u"], cwd), {
    journal: "/home/me/notes/diary",
    userData: "/tmp/u",
    files: [],
  });
  assert.equal(parseLaunchArgs(["tsuzuri", "--journal", "--user-data", "/tmp/u"], cwd).journal, null, "no value: not taken");
});

test("every other argument is a file to open, in order; switches and option values are not", () => {
  const args = parseLaunchArgs(
    ["tsuzuri", "--no-sandbox", "post.md", "--journal", "diary", "../other/今日.md", "--enable-features=X", "/abs/a.md"],
    cwd,
  );
  assert.deepEqual(args.files, ["/home/me/notes/post.md", "/home/me/other/今日.md", "/abs/a.md"]);
  assert.equal(args.journal, "/home/me/notes/diary");
});

test("the app's arguments start after the executable (packaged) or after the script (electron main.js)", () => {
  assert.deepEqual(parseLaunchArgs(["/opt/Tsuzuri/tsuzuri", "a.md"], cwd, 1).files, ["/home/me/notes/a.md"]);
  assert.deepEqual(parseLaunchArgs(["/usr/bin/electron", "dist/electron/main.js", "a.md"], cwd, 2).files, ["/home/me/notes/a.md"]);
  assert.deepEqual(parseLaunchArgs(["/usr/bin/electron", "dist/electron/main.js"], cwd, 2).files, []);
});

test("file:// URLs (Linux file managers) become paths; after -- everything is a file, even a name starting with -", () => {
  assert.deepEqual(parseLaunchArgs(["t", "file:///home/me/%E6%97%A5%E8%A8%98.md"], cwd).files, ["/home/me/日記.md"]);
  assert.deepEqual(parseLaunchArgs(["t", "file://remote-host/x.md"], cwd).files, [], "not a local file: dropped");
  assert.deepEqual(parseLaunchArgs(["t", "--", "-odd.md", "--journal"], cwd).files, ["/home/me/notes/-odd.md", "/home/me/notes/--journal"]);
});
