// The journal folder on disk, read the way a user (or another program) would.
import { mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import { join, relative } from "node:path";
import { parse } from "yaml";

/** Every .md file under `dir`, as paths relative to it ("/" separators), sorted. */
export async function markdownFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  const walk = async (d: string): Promise<void> => {
    let entries;
    try {
      entries = await readdir(d, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      const p = join(d, e.name);
      if (e.isDirectory()) await walk(p);
      else if (e.name.endsWith(".md")) out.push(relative(dir, p).split("\\").join("/"));
    }
  };
  await walk(dir);
  return out.sort();
}

/** The posts of a journal: .md files under posts/ (paths relative to the journal). */
export async function postFiles(journalDir: string): Promise<string[]> {
  return (await markdownFiles(join(journalDir, "posts"))).map((p) => `posts/${p}`);
}

/** A post file split into parsed front matter and body. */
export interface PostFile {
  raw: string;
  data: Record<string, unknown>;
  /** The Markdown after the closing `---` line and the one blank line that may separate them. */
  body: string;
}

/** Splits a post file's text; fails clearly when there is no front matter. */
export function parsePostText(raw: string): PostFile {
  const m = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n(?:\r?\n)?|$)/.exec(raw);
  if (!m) throw new Error(`no YAML front matter in:\n${raw.slice(0, 300)}`);
  const data = (parse(m[1] ?? "") ?? {}) as Record<string, unknown>;
  return { raw, data, body: raw.slice(m[0].length) };
}

/** Reads and parses a post file. */
export async function readPostFile(path: string): Promise<PostFile> {
  return parsePostText(await readFile(path, "utf8"));
}

/** Builds a post file's text, as another program might write it (a blank line after the front matter). */
export function postText(front: Record<string, string>, body: string): string {
  const lines = Object.entries(front).map(([k, v]) => `${k}: ${JSON.stringify(v)}`);
  return `---\n${lines.join("\n")}\n---\n\n${body}`;
}

/** Writes `posts` (journal path → file text) into the journal folder `dir`, as another program would. */
export async function writePosts(dir: string, posts: Record<string, string>): Promise<void> {
  for (const [rel, text] of Object.entries(posts)) {
    await mkdir(join(dir, rel, ".."), { recursive: true });
    await writeFile(join(dir, rel), text);
  }
}

/** The body of the post file whose front matter title is `title` (trailing newlines dropped). */
export async function postBodyTitled(journalDir: string, title: string): Promise<string> {
  for (const p of await postFiles(journalDir)) {
    const f = await readPostFile(join(journalDir, p));
    if (f.data.title === title) return f.body.replace(/\n+$/, "");
  }
  throw new Error(`no post file titled ${title}`);
}
