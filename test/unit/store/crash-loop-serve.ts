// The crash loop through `tsuzuri serve`: the real server (the built CLI) on a journal, creates, saves,
// retitles, tag changes, tag renames, deletes and restores sent to its HTTP API one after another, and a SIGKILL of the server at a random
// moment (seeded); then a restart, and the journal checked against what the server acknowledged
// (crash-harness.ts checkFiles), against the list the restarted server gives, and for a tag rename
// left half done. Shared by the e2e test
// (short, fixed seed) and the soak (long, random seed).
import { appendFileSync, readFileSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import path from "node:path";
import {
  TOKEN_HEADER,
  httpRoute,
  type Post,
  type PostSummary,
  type SaveResult,
  type TagEditResult,
  type TrashEntry,
} from "../../../core/contract/index.js";
import { startServe, type Served } from "../../e2e/harness/serve.js";
import { checkFiles, countTemps, crashRoom, type LoopFigures } from "./crash-harness.js";
import { pickFrom, seeded } from "../search/random.js";

/** The two tags the loop renames into each other. */
const RETAGS = ["t-a", "t-b"] as const;

/**
 * Whether the last tag rename the log shows is half done in `listed` (after a restart, which finishes
 * a journaled rename): posts still carrying its old tag must be none, or (a rename cut short before it
 * began to write) as many as when it began. Operations run one at a time, so nothing came after it.
 */
function halfRenamed(logText: string, listed: readonly PostSummary[]): string | null {
  const last = logText
    .trimEnd()
    .split("\n")
    .filter((l) => !l.startsWith("op "))
    .at(-1);
  const m = /^(begin|done) retag - (\S+)>\S+ (\d+)$/.exec(last ?? "");
  if (!m) return null;
  const left = listed.filter((p) => p.tags.includes(m[2]!)).length;
  const allowed = m[1] === "done" ? [0] : [0, Number(m[3])];
  return allowed.includes(left) ? null : `tag rename ${m[2]} half done: ${left} posts keep the old tag (${m[1]}, ${m[3]} had it)`;
}

/** A failed operation: the server answered, but not ok. */
class Refused extends Error {}

/** Calls operation `op` of a running server the way the page does (JSON POST, token header). */
async function call<T>(served: Served, op: string, args: unknown = {}): Promise<T> {
  const url = new URL(served.url);
  const res = await fetch(new URL(httpRoute(op), url.origin), {
    method: "POST",
    headers: { "Content-Type": "application/json", [TOKEN_HEADER]: url.searchParams.get("token") ?? "" },
    body: JSON.stringify(args),
  });
  const reply = (await res.json()) as { ok: boolean; value?: T; error?: { message: string } };
  if (!reply.ok) throw new Refused(`${op}: ${reply.error?.message ?? res.status}`);
  return reply.value as T;
}

/** Drives random operations against `served` until `stop()` is true or the server is gone; logs like crash-child.ts. */
async function drive(served: Served, rnd: () => number, logFile: string, stopped: () => boolean, errors: string[]): Promise<number> {
  const log = (line: string): void => appendFileSync(logFile, line + "\n");
  const tag = (): string =>
    Math.floor(rnd() * 2 ** 24)
      .toString(16)
      .padStart(6, "0") +
    Math.floor(rnd() * 2 ** 24)
      .toString(16)
      .padStart(6, "0");
  const bodyOf = (t: string): string => `v:${t}\n${"あ".repeat(200 + Math.floor(rnd() * 4000))}\nend:${t}\n`;
  const save = async (rel: string, change: { title?: string; tags?: string[] } = {}): Promise<void> => {
    const post = await call<Post>(served, "readPost", { path: rel });
    const t = tag();
    log(`begin save ${post.id} ${t}`);
    const r = await call<SaveResult>(served, "savePost", {
      path: rel,
      baseHash: post.hash,
      title: change.title ?? post.title,
      body: bodyOf(t),
      tags: change.tags ?? post.tags,
    });
    if (r.status === "saved") log(`done save ${post.id} ${t}`);
  };
  const posts = async () => (await call<PostSummary[]>(served, "listPosts")).filter((p) => p.path.startsWith("posts/"));
  const ops: Record<string, () => Promise<void>> = {
    create: async () => {
      const t = tag();
      log(`begin create - ${t}`);
      const post = await call<Post>(served, "createPost", { title: "", body: bodyOf(t) });
      log(`done create ${post.id} ${t}`);
    },
    save: async () => {
      const some = pickFrom(rnd, await posts());
      if (some) await save(some.path);
    },
    retitle: async () => {
      const some = pickFrom(rnd, await posts());
      if (some) await save(some.path, { title: `題 ${tag()}` });
    },
    tag: async () => {
      const some = pickFrom(rnd, await posts());
      if (some) await save(some.path, { tags: [pickFrom(rnd, RETAGS)!] });
    },
    retag: async () => {
      const listed = await posts();
      const count = (t: string) => listed.filter((p) => p.tags.includes(t)).length;
      const [from, to] = count(RETAGS[0]) >= count(RETAGS[1]) ? RETAGS : [RETAGS[1], RETAGS[0]];
      if (!count(from)) return;
      log(`begin retag - ${from}>${to} ${count(from)}`);
      await call<TagEditResult>(served, "renameTag", { from, to });
      log(`done retag - ${from}>${to} 0`);
    },
    delete: async () => {
      const some = pickFrom(rnd, await posts());
      if (!some) return;
      log(`begin delete ${some.id} -`);
      await call<TrashEntry>(served, "deletePost", { path: some.path });
      log(`done delete ${some.id} -`);
    },
    restore: async () => {
      const entry = pickFrom(rnd, await call<TrashEntry[]>(served, "listTrash"));
      if (!entry) return;
      log(`begin restore - ${entry.trashPath}`);
      const back = await call<PostSummary>(served, "restorePost", { trashPath: entry.trashPath });
      log(`done restore ${back.id} ${back.path}`);
    },
  };
  const names = ["create", "create", "save", "save", "save", "retitle", "tag", "tag", "retag", "delete", "restore"];
  let done = 0;
  while (!stopped()) {
    const op = pickFrom(rnd, names);
    try {
      await ops[op]!();
      log(`op ${op}`);
      done++;
    } catch (e) {
      if (stopped()) break; // the request the kill cut off
      errors.push(`${op}: ${e instanceof Error ? e.message : String(e)}`);
    }
  }
  return done;
}

/** Figures of the serve crash loop: those of the store's loop, and the seed that picked the moments. */
export interface ServeLoopFigures extends Omit<LoopFigures, "duplicates"> {
  seed: number;
  /** Tag renames acknowledged (each checked not half done after the next restart). */
  renames: number;
}

/** The loop's log so far ("" before anything was logged). */
function readLog(file: string): string {
  try {
    return readFileSync(file, "utf8");
  } catch {
    return "";
  }
}

/**
 * Starts serve on a fresh journal and, `kills` times: drives operations for a random 0–`maxDelayMs` ms,
 * SIGKILLs the server, restarts it and checks the journal (the restarted server's list and trash against
 * the files, every acknowledged post whole at its old or new version, no temp file, no empty file).
 */
export async function serveCrashLoop(kills: number, maxDelayMs: number, seed: number): Promise<ServeLoopFigures> {
  const room = await crashRoom();
  const rnd = seeded(seed);
  const figures: ServeLoopFigures = {
    seed,
    renames: 0,
    kills: 0,
    midOperation: 0,
    operations: 0,
    errors: [],
    emptyFiles: 0,
    foldersLost: 0,
    tempsSwept: 0,
    tempsLeft: 0,
    posts: 0,
    trashed: 0,
    problems: [],
  };
  const userData = path.join(room.root, "user-data");
  await mkdir(room.journal);
  await mkdir(userData);
  let served: Served | null = null;
  try {
    for (let i = 0; i <= kills; i++) {
      const tempsFound = await countTemps(room.journal);
      served = await startServe({ journalDir: room.journal, userDataDir: userData });
      const [listed, trash] = [await call<PostSummary[]>(served, "listPosts"), await call<TrashEntry[]>(served, "listTrash")];
      const check = await checkFiles(room.journal, room.log, { listed, trash, tempsFound });
      const after = i === 0 ? "at the start" : `after kill ${i}`;
      figures.problems.push(...check.problems.map((p) => `${after}: ${p}`));
      const logText = readLog(room.log);
      const half = halfRenamed(logText, listed);
      if (half) figures.problems.push(`${after}: ${half}`);
      figures.renames = logText.split("\n").filter((l) => l.startsWith("done retag ")).length;
      figures.emptyFiles += check.emptyFiles;
      figures.foldersLost += check.foldersLost;
      figures.tempsSwept += tempsFound;
      figures.tempsLeft += check.tempsLeft;
      figures.posts = check.posts;
      figures.trashed = check.trashed;
      if (i === kills) break;
      let killed = false;
      const server = served;
      const work = drive(server, rnd, room.log, () => killed, figures.errors);
      await new Promise((resolve) => setTimeout(resolve, Math.floor(rnd() * maxDelayMs)));
      killed = true;
      server.kill();
      await server.stop(); // waits until the killed process is gone
      figures.operations += await work;
      figures.kills++;
      if (readLog(room.log).trimEnd().split("\n").at(-1)?.startsWith("begin ")) figures.midOperation++;
    }
    await served?.stop();
  } finally {
    served?.kill();
    await room.done();
  }
  return figures;
}
