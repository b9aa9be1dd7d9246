// A child process that works on a journal until it is killed (bundled and run by crash-harness.ts).
// Usage: node child.mjs <journal> <log> <mode> [killAt]
//   mode "loop": random store operations forever (the crash loop kills it at random moments).
//   mode <operation> (create, retitle, delete, restore, retag, import, save): that one operation,
//   with killAt "<fs function>:<n>" making the process SIGKILL itself at the n-th call of that
//   function (rename, link, unlink, open, writeFile, sync).
// Every post body is self-checking ("v:<tag>\n<filler>\nend:<tag>\n"), and the log gets a line before
// each write ("begin <op> <id> <tag>") and after it ("done <op> <id> <tag>"), appended synchronously.
import { appendFileSync, mkdirSync, writeFileSync } from "node:fs";
import * as fsp from "node:fs/promises";
import { createRequire, syncBuiltinESMExports } from "node:module";
import { randomBytes } from "node:crypto";
import path from "node:path";
import { Journal } from "../../../core/node/store/index.js";
import { importSource } from "../../../core/node/import/index.js";

const [journalDir, logFile, mode, killAt] = process.argv.slice(2) as [string, string, string, string | undefined];
const log = (line: string): void => appendFileSync(logFile, line + "\n");
const tag = (): string => randomBytes(6).toString("hex");
/** A self-checking body: a torn or mixed write breaks its shape. */
const bodyOf = (t: string): string => `v:${t}\n${"あ".repeat(200 + Math.floor(Math.random() * 4000))}\nend:${t}\n`;

/** Makes the process kill itself at the n-th call of an fs function, as a crash at that point would. */
async function armKill(spec: string): Promise<void> {
  const [fn, nText] = spec.split(":") as [string, string];
  let left = Number(nText);
  const die = (): void => {
    if (--left === 0) process.kill(process.pid, "SIGKILL");
  };
  const require = createRequire(import.meta.url);
  const promises = (require("node:fs") as { promises: Record<string, (...a: unknown[]) => unknown> }).promises;
  if (fn in promises && fn !== "writeFile") {
    const real = promises[fn] as (...a: unknown[]) => unknown;
    promises[fn] = (...args: unknown[]) => {
      die();
      return real(...args);
    };
    syncBuiltinESMExports();
    return;
  }
  // A FileHandle method (writeFile, sync): patched on the prototype every handle shares.
  const probe = await fsp.open(process.execPath, "r");
  const proto = Object.getPrototypeOf(probe) as Record<string, (...a: unknown[]) => unknown>;
  await probe.close();
  const real = proto[fn] as (...a: unknown[]) => unknown;
  proto[fn] = function (this: unknown, ...args: unknown[]) {
    die();
    return real.apply(this, args);
  };
}

const pick = <T>(xs: readonly T[]): T | undefined => xs[Math.floor(Math.random() * xs.length)];

async function create(j: Journal, title = ""): Promise<string> {
  const t = tag();
  log(`begin create - ${t}`);
  const post = await j.create({ title, body: bodyOf(t) });
  log(`done create ${post.id} ${t}`);
  return post.path;
}

async function save(j: Journal, rel: string, title?: string): Promise<void> {
  const post = await j.read(rel);
  const t = tag();
  log(`begin save ${post.id} ${t}`);
  const r = await j.save({ path: rel, baseHash: post.hash, title: title ?? post.title, body: bodyOf(t), tags: post.tags });
  if (r.status === "saved") log(`done save ${post.id} ${t}`);
}

async function retag(j: Journal): Promise<void> {
  const withA = j
    .list()
    .filter((p) => p.tags.includes("t-a"))
    .map((p) => p.path);
  const withB = j
    .list()
    .filter((p) => p.tags.includes("t-b"))
    .map((p) => p.path);
  const [paths, from, to] = withA.length >= withB.length ? [withA, "t-a", "t-b"] : [withB, "t-b", "t-a"];
  log(`begin retag - ${from}>${to}`);
  await j.retag(paths, (tags) => (tags.includes(from) ? tags.map((x) => (x === from ? to : x)) : null));
  log(`done retag - ${from}>${to}`);
}

async function importOne(j: Journal): Promise<void> {
  const src = path.join(path.dirname(logFile), `src-${tag()}`);
  mkdirSync(src);
  const t = tag();
  writeFileSync(
    path.join(src, `2019-07-24-imported-${t}.md`),
    `---\ntitle: 取り込み ${t}\ndate: 2019-07-24T21:30:00+09:00\n---\n\n${bodyOf(t)}`,
  );
  log(`begin import - ${t}`);
  await importSource(src, j, { format: "markdown" });
  log(`done import - ${t}`);
}

async function one(j: Journal, op: string): Promise<void> {
  const posts = j.list().filter((p) => p.path.startsWith("posts/"));
  const some = pick(posts)?.path;
  switch (op) {
    case "create":
      await create(j);
      break;
    case "retitle":
      await save(j, await create(j), `題 ${tag()}`);
      break;
    case "save":
      if (some) await save(j, some);
      break;
    case "tag":
      if (some) {
        const post = await j.read(some);
        const t = tag();
        log(`begin save ${post.id} ${t}`);
        const r = await j.save({
          path: some,
          baseHash: post.hash,
          title: post.title,
          body: bodyOf(t),
          tags: [Math.random() < 0.5 ? "t-a" : "t-b"],
        });
        if (r.status === "saved") log(`done save ${post.id} ${t}`);
      }
      break;
    case "delete":
      if (some) {
        const post = await j.read(some);
        log(`begin delete ${post.id} -`);
        await j.delete(some);
        log(`done delete ${post.id} -`);
      }
      break;
    case "restore": {
      const entry = pick(await j.listTrash());
      if (entry) {
        log(`begin restore - ${entry.trashPath}`);
        const back = await j.restore(entry.trashPath);
        log(`done restore ${back.id} ${back.path}`);
      }
      break;
    }
    case "retag":
      await retag(j);
      break;
    case "import":
      await importOne(j);
      break;
  }
}

const OPS = ["create", "retitle", "save", "save", "tag", "delete", "restore", "retag", "import"];

const journal = await Journal.open(journalDir);
if (mode === "loop") {
  process.stdout.write("ready\n");
  for (;;) {
    const op = pick(OPS) as string;
    try {
      await one(journal, op);
      log(`op ${op}`);
    } catch (e) {
      log(`error ${op} ${e instanceof Error ? e.message.replace(/\n/g, " ") : String(e)}`);
    }
  }
} else {
  if (killAt) await armKill(killAt);
  await one(journal, mode);
  await journal.close();
  process.stdout.write("finished\n");
}
