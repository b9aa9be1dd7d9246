import assert from "node:assert/strict";
import { test } from "node:test";
import { defaultJournalDir, defaultUserDataDir, type DirsEnvironment } from "../../../core/node/store/index.js";

const env = (over: Partial<DirsEnvironment> & { files?: Record<string, string> }): DirsEnvironment => ({
  env: {},
  platform: "linux",
  home: "/home/kana",
  readText: (f) => over.files?.[f] ?? null,
  ...over,
});

test("Linux: Documents from user-dirs.dirs with $HOME expanded, else ~/Documents", () => {
  const files = {
    "/home/kana/.config/user-dirs.dirs": '# comment\nXDG_DESKTOP_DIR="$HOME/デスクトップ"\nXDG_DOCUMENTS_DIR="$HOME/ドキュメント"\n',
  };
  assert.equal(defaultJournalDir(env({ files })), "/home/kana/ドキュメント/Tsuzuri");
  assert.equal(defaultJournalDir(env({})), "/home/kana/Documents/Tsuzuri");
  const xdg = { "/cfg/user-dirs.dirs": 'XDG_DOCUMENTS_DIR="/data/docs"\n' };
  assert.equal(defaultJournalDir(env({ env: { XDG_CONFIG_HOME: "/cfg" }, files: xdg })), "/data/docs/Tsuzuri");
  assert.equal(
    defaultJournalDir(env({ files: { "/home/kana/.config/user-dirs.dirs": 'XDG_DOCUMENTS_DIR="relative/path"\n' } })),
    "/home/kana/Documents/Tsuzuri",
  );
});

test("user data: XDG config on Linux, Application Support on macOS, APPDATA on Windows", () => {
  assert.equal(defaultUserDataDir(env({})), "/home/kana/.config/tsuzuri");
  assert.equal(defaultUserDataDir(env({ env: { XDG_CONFIG_HOME: "/cfg" } })), "/cfg/tsuzuri");
  assert.equal(defaultUserDataDir(env({ env: { XDG_CONFIG_HOME: "relative" } })), "/home/kana/.config/tsuzuri");
  assert.equal(defaultUserDataDir(env({ platform: "darwin", home: "/Users/kana" })), "/Users/kana/Library/Application Support/Tsuzuri");
  assert.equal(defaultJournalDir(env({ platform: "darwin", home: "/Users/kana" })), "/Users/kana/Documents/Tsuzuri");
  const win = { platform: "win32" as const, home: "C:\\Users\\kana" };
  assert.equal(defaultUserDataDir(env({ ...win, env: { APPDATA: "D:\\Roaming" } })), "D:\\Roaming\\Tsuzuri");
  assert.equal(defaultUserDataDir(env(win)), "C:\\Users\\kana\\AppData\\Roaming\\Tsuzuri");
  assert.equal(defaultJournalDir(env({ ...win, env: { USERPROFILE: "C:\\Users\\kana" } })), "C:\\Users\\kana\\Documents\\Tsuzuri");
});
