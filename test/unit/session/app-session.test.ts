// The window's editing session (renderer/app/session.ts) over stand-in views and host: switching
// posts saves the one being left first, a failed save keeps the text, a conflict shows, and an open
// asked for while a save is on its way waits for it, and a post clicked while New post works wins over it.
import assert from "node:assert/strict";
import { test } from "node:test";
import { EditorState } from "@codemirror/state";
import type { OpArgs, Post, PostSummary, SaveResult } from "../../../core/contract/index.js";
import type { SaveState } from "../../../renderer/status/index.js";
import type { AppContext } from "../../../renderer/app/context.js";
import { Session } from "../../../renderer/app/session.js";
import type { SessionDeps, SessionEditor } from "../../../renderer/app/session-deps.js";
import { deferred, hash, post } from "./fixtures.js";

/** An editor holding one state at a time, typed into at the end. */
class FakeEditor implements SessionEditor {
  composing = false;
  state = EditorState.create({ doc: "" });
  readonly view = { scrollDOM: { scrollTop: 0 } };
  createState(body: string, cursor = 0): EditorState {
    return EditorState.create({ doc: body, selection: { anchor: cursor } });
  }
  setState(state: EditorState): void {
    this.state = state;
  }
  text(): string {
    return this.state.doc.toString();
  }
  whenNotComposing(run: () => void): void {
    run();
  }
  focus(): void {}
  type(text: string): void {
    this.state = this.state.update({ changes: { from: this.state.doc.length, insert: text } }).state;
  }
}

/** A session over a journal of `posts`, with a host whose saves answer as `save` says. */
function app(posts: Post[], save: (args: OpArgs<"savePost">) => Promise<SaveResult>) {
  const disk = new Map(posts.map((p) => [p.path, p]));
  const listed = new Map<string, PostSummary>(posts.map((p) => [p.path, p]));
  const log: string[] = [];
  const saves: OpArgs<"savePost">[] = [];
  const statuses: SaveState[] = [];
  const editor = new FakeEditor();
  const title = { value: "", focus() {} };
  let tags: string[] = [];
  let current: string | null = null;
  const deps: SessionDeps = {
    client: {
      readPost: async ({ path }: { path: string }) => {
        log.push(`read ${path}`);
        const p = disk.get(path);
        if (!p) throw new Error("not found");
        return p;
      },
      savePost: (args: OpArgs<"savePost">) => {
        log.push(`save ${args.path}`);
        saves.push(args);
        return save(args);
      },
      updateSettings: async () => ({}) as never,
    } as SessionDeps["client"],
    editor,
    title,
    tags: {
      get tags() {
        return tags;
      },
      setTags: (t) => void (tags = t),
    },
    preview: { schedule() {}, setTitle() {}, setPost() {} },
    list: {
      get: (path) => listed.get(path),
      upsert: (p) => void listed.set(p.path, p),
      remove: (path) => void listed.delete(path),
      setCurrent: (path) => void (current = path),
      revealCurrent() {},
      get size() {
        return listed.size;
      },
    },
    status: { setSave: (s) => void statuses.push(s) },
    banners: { show: (key) => void log.push(`banner ${key}`), hide() {} },
    showEmpty() {},
    windowTitle() {},
    saved: (_before, p) => void log.push(`saved ${p.path}`),
  };
  const session = new Session(deps, {} as AppContext);
  /** Types at the end of the body, as the editor reports it. */
  const type = (text: string) => {
    editor.type(text);
    session.bodyChanged();
  };
  return { session, editor, type, log, saves, statuses, current: () => current };
}

const a = post("posts/a.md", "Aの本文", hash("a"));
const b = post("posts/b.md", "Bの本文", hash("b"));
const savedAs = (args: OpArgs<"savePost">, c: string): SaveResult => ({
  status: "saved",
  post: post(args.path, args.body, hash(c)),
  previousPath: args.path,
});

test("switching posts saves the one with edits first, then shows the other", async () => {
  const t = app([a, b], async (args) => savedAs(args, "c"));
  await t.session.open(a.path);
  t.type("。追記");
  await t.session.open(b.path);
  assert.deepEqual(t.log, ["read posts/a.md", "save posts/a.md", "saved posts/a.md", "read posts/b.md"]);
  assert.equal(t.saves[0]?.body, "Aの本文。追記");
  assert.equal(t.current(), b.path);
  assert.equal(t.editor.text(), "Bの本文");
});

test("a failed save keeps the text, shows the error, and the post is not taken as saved", async () => {
  const t = app([a], async () => {
    throw new Error("disk full");
  });
  await t.session.open(a.path);
  t.type("。消えない");
  await t.session.saver.flush();
  assert.equal(t.editor.text(), "Aの本文。消えない");
  assert.deepEqual(t.statuses.at(-1), { kind: "error", message: "disk full" });
  assert.equal(t.session.current?.phase.kind, "failed");
  assert.ok(!t.log.includes("saved posts/a.md"));
});

test("a conflict answer shows the conflict and tells the phase listeners (the conflict banner)", async () => {
  const disk = post(a.path, "外で書き換え", hash("d"));
  const t = app([a], async () => ({ status: "conflict", disk }));
  let heard = 0;
  t.session.onPhase(() => void heard++);
  await t.session.open(a.path);
  heard = 0;
  t.type("。私の");
  await t.session.saver.flush();
  assert.deepEqual(t.statuses.at(-1), { kind: "conflict" });
  assert.ok(heard > 0);
  assert.equal(t.editor.text(), "Aの本文。私の", "nothing of ours is replaced");
});

test("a post opened while a save is on its way is shown after that save went through", async () => {
  const held = deferred<SaveResult>();
  const t = app([a, b], () => held.promise);
  await t.session.open(a.path);
  t.type("。途中");
  const saving = t.session.saver.flush();
  const opening = t.session.open(b.path);
  await new Promise((r) => setTimeout(r, 10));
  assert.equal(t.current(), a.path, "still on the post being saved");
  assert.ok(!t.log.includes("read posts/b.md"));
  held.resolve(savedAs(t.saves[0]!, "c"));
  await Promise.all([saving, opening]);
  assert.equal(t.current(), b.path);
  assert.deepEqual(
    t.saves.map((s) => s.body),
    ["Aの本文。途中"],
    "saved once",
  );
});

test("of two opens asked for in a row, the last one wins", async () => {
  const t = app([a, b], async (args) => savedAs(args, "c"));
  await Promise.all([t.session.open(a.path), t.session.open(b.path)]);
  assert.equal(t.current(), b.path);
  assert.equal(t.session.current?.path, b.path);
});

test("a post opened while New post is still making its post wins: the new one is not shown over it", async () => {
  const t = app([a, b], async (args) => savedAs(args, "c"));
  await t.session.open(a.path);
  const turn = t.session.claimShow();
  assert.equal(turn.current(), true, "nothing asked for since New post began");
  await t.session.open(b.path);
  assert.equal(turn.current(), false, "the click on B came after: New post must not show its post");
  assert.equal(t.session.current?.path, b.path);
  // An open under way when New post begins is dropped: the new post is the last thing asked for.
  const opening = t.session.open(a.path);
  const later = t.session.claimShow();
  await opening;
  assert.equal(t.session.current?.path, b.path, "the earlier open did not show A");
  assert.equal(later.current(), true);
});
