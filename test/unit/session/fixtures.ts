// Posts and a fake host for the session tests: no DOM, no server.
import { EditorState } from "@codemirror/state";
import type { OpArgs, Post, SaveResult } from "../../../core/contract/index.js";
import { PostSession, type SaveDeps } from "../../../renderer/session/index.js";

/** A post as a host returns it. */
export function post(path: string, body: string, hash: string, extra: Partial<Post> = {}): Post {
  return {
    path,
    id: null,
    title: "カンファレンス",
    titled: true,
    date: "2019-07-24T21:30:00+09:00",
    updated: null,
    tags: ["k8s"],
    draft: false,
    excerpt: "",
    chars: body.length,
    hash,
    mtimeMs: 0,
    size: body.length,
    body,
    ...extra,
  };
}

/** A 64-hex hash made of one character. */
export const hash = (c: string) => c.repeat(64);

/** A session over a post, as the app makes it. */
export function session(p: Post = post("posts/a.md", "本文", hash("a"))): PostSession {
  return new PostSession(p.path, p, EditorState.create({ doc: p.body }));
}

/** A host whose savePost answers as told, recording what it was asked. */
export function fakeHost(answer: (args: OpArgs<"savePost">) => Promise<SaveResult>) {
  const calls: OpArgs<"savePost">[] = [];
  const deps: SaveDeps = {
    savePost: (args) => {
      calls.push(args);
      return answer(args);
    },
    content: (s) => ({ title: s.title, body: s.state.doc.toString(), tags: s.tags }),
  };
  return { calls, deps };
}

/** A promise and its resolver, to hold a save in flight. */
export function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<T>((res, rej) => ((resolve = res), (reject = rej)));
  return { promise, resolve, reject };
}
