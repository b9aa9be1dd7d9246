// Post details: a post's date, draft state and file name (slug). The front matter is edited in place
// (only `date`, `draft`, `updated` and an existing `slug:` change; every other byte stays), and a new
// slug renames the file in its folder, never over another file.
import { chmod, open, rename, stat, unlink } from "node:fs/promises";
import path from "node:path";
import { TsuzuriError, type Post } from "../../contract/index.js";
import {
  FILE_STEM_MAX_BYTES,
  POST_EXTENSION,
  datePrefixOf,
  editFrontMatterYaml,
  fileStemOf,
  fileStemProblem,
  parseIsoMs,
  rewritePost,
  type FileStemProblem,
  type FrontMatterChanges,
} from "../../common/post/index.js";
import { atomicWrite } from "./atomic-write.js";
import { errnoOf, fsError, isMissing } from "./errors.js";
import { localIso } from "./local-time.js";
import { postPath, realPostPath } from "./paths.js";
import { postFileOf, postOf, readPostFile, type PostFile } from "./post-file.js";
import { ChangedOnDiskError } from "./replace-guard.js";
import { assertRewritable, withFrontMatterYaml } from "./rewritable.js";

/** What the details row asks to change; absent fields stay as they are. */
export interface MetaInput {
  path: string;
  /** The hash of the file the editor knows: if the file changed since, nothing is written. */
  baseHash: string;
  /** ISO 8601 with a UTC offset, written as given (e.g. 2019-07-24T21:30:00+09:00). */
  date?: string;
  draft?: boolean;
  /** The file name without `.md` (a typed `.md` is dropped). */
  slug?: string;
}

/** What updateMetaFile did: the file as written (at its new path), or the file found changed on disk. */
export type MetaOutcome = { conflict: Post } | { rel: string; file: PostFile };

const STEM_PROBLEMS: Record<FileStemProblem, string> = {
  empty: "A file name cannot be empty.",
  spaces: "A file name cannot start or end with a space, or end with a dot.",
  dot: "A file name cannot start with a dot (Tsuzuri ignores hidden files).",
  characters: 'A file name cannot contain / \\ : * ? " < > | or control characters.',
  reserved: "CON, PRN, AUX, NUL, COM1–9 and LPT1–9 are names Windows reserves.",
  "too-long": `A file name can be at most ${FILE_STEM_MAX_BYTES} bytes long.`,
};

/** The file name (with `.md`) that `slug` asks for; throws invalid-argument saying why when it cannot be one. */
export function wantedFileName(slug: string): string {
  const stem = fileStemOf(slug);
  const problem = fileStemProblem(stem);
  if (problem) throw new TsuzuriError("invalid-argument", `${STEM_PROBLEMS[problem]} Nothing was changed.`);
  return stem + POST_EXTENSION;
}

/**
 * The value a `slug:` key gets when the file is renamed to `stem`: the stem, without its
 * `YYYY-MM-DD-` when the old slug had none (imported posts keep `slug: day-2` beside `2019-07-24-day-2.md`).
 */
export function slugValueFor(oldSlug: string, stem: string): string {
  if (datePrefixOf(oldSlug) !== null) return stem;
  const withoutDay = stem.replace(/^\d{4}-\d{2}-\d{2}-/, "");
  return withoutDay || stem;
}

/**
 * The text of `file` with `changes` in its front matter. A file without front matter gets one; one
 * that cannot be read, or not rewritten without touching other keys, is refused (nothing is written).
 */
export function metaText(file: PostFile, changes: FrontMatterChanges): string {
  const { split, frontMatter, body } = file.parsed;
  if (frontMatter.status === "none") return rewritePost(split, frontMatter, changes, body).text;
  if (frontMatter.status !== "ok" || !frontMatter.doc || split.yaml === null) {
    throw new TsuzuriError(
      "unsupported",
      `The front matter of ${file.rel} cannot be read (${frontMatter.problem ?? "unknown problem"}), so Tsuzuri does not rewrite it and nothing was changed. Repair it in another editor first.`,
    );
  }
  try {
    return withFrontMatterYaml(file, editFrontMatterYaml(split.yaml, frontMatter.doc, changes, split.eol));
  } catch (e) {
    throw new TsuzuriError(
      "unsupported",
      `The front matter of ${file.rel} could not be rewritten without changing its other keys (${e instanceof Error ? e.message : String(e)}), so nothing was changed.`,
    );
  }
}

/** The front-matter changes `input` asks of `file` (empty when it asks for nothing new). */
function changesFor(file: PostFile, input: MetaInput, stem: string | null): FrontMatterChanges {
  const { meta, frontMatter } = file.parsed;
  const changes: FrontMatterChanges = {};
  if (input.date !== undefined && input.date !== meta.date) {
    if (parseIsoMs(input.date) === null || !isCalendarDay(input.date.slice(0, 10)))
      throw new TsuzuriError("invalid-argument", `Not a date: ${input.date}. Nothing was changed.`);
    changes.date = input.date;
  }
  if (input.draft !== undefined && input.draft !== meta.draft) changes.draft = input.draft;
  const slug = frontMatter.data.slug;
  if (stem !== null && (typeof slug === "string" || typeof slug === "number")) changes.slug = slugValueFor(String(slug), stem);
  return changes;
}

/**
 * Applies `input` to the post file it names in journal `dir` (call it under the journal's lock).
 * The file changed since `baseHash`: nothing is written, the disk version is returned. Otherwise the
 * front matter gets the changes and `updated` = `now` (as a save does), atomically; with a new slug the
 * file moves to that name in its folder, refused when a file has it. Nothing new asked: nothing written.
 */
export async function updateMetaFile(dir: string, input: MetaInput, now: Date): Promise<MetaOutcome> {
  const rel = input.path;
  const abs = await realPostPath(dir, rel);
  let current: PostFile;
  try {
    current = await readPostFile(abs, rel);
  } catch (e) {
    if (isMissing(e))
      throw new TsuzuriError("not-found", `${rel} is no longer on disk (moved or deleted by another program), so nothing was changed.`);
    throw fsError(e, "read", rel, "Nothing was changed.");
  }
  if (current.hash !== input.baseHash) return { conflict: postOf(current) };
  const name = input.slug === undefined ? path.basename(abs) : wantedFileName(input.slug);
  const targetRel = path.posix.join(path.posix.dirname(rel), name);
  const renaming = targetRel !== rel;
  const changes = changesFor(current, input, renaming ? name.slice(0, -POST_EXTENSION.length) : null);
  if (!renaming && Object.keys(changes).length === 0) return { rel, file: current };
  assertRewritable(current, rel);
  changes.updated = localIso(now);
  const bytes = Buffer.from(metaText(current, changes), "utf8");
  const targetAbs = renaming ? postPath(dir, targetRel) : abs;
  if (renaming) await writeRenamed(abs, targetAbs, bytes, rel, targetRel);
  else {
    try {
      await atomicWrite(abs, bytes, { label: rel, expectHash: current.hash });
    } catch (e) {
      if (e instanceof ChangedOnDiskError) return { conflict: postOf(await readPostFile(abs, rel)) };
      throw e;
    }
  }
  const st = await stat(targetAbs).catch(() => null);
  return { rel: targetRel, file: postFileOf(targetRel, bytes, st?.mtimeMs ?? now.getTime(), st?.size ?? bytes.length) };
}

/**
 * Writes `bytes` as the post's file under its new name and removes the old one. The new name is
 * claimed exclusively first (a file of that name is never replaced); until the old file is gone the
 * post exists twice, never zero times, and any failure leaves only the old file, unchanged.
 */
async function writeRenamed(abs: string, targetAbs: string, bytes: Uint8Array, rel: string, targetRel: string): Promise<void> {
  const taken = () =>
    new TsuzuriError(
      "exists",
      `A file named “${path.basename(targetAbs)}” is already in ${path.posix.dirname(rel)}/: choose another name. Nothing was changed.`,
    );
  try {
    await (await open(targetAbs, "wx")).close();
  } catch (e) {
    if (errnoOf(e) !== "EEXIST") throw fsError(e, "rename", rel, "Nothing was changed.");
    if (!(await sameFile(abs, targetAbs))) throw taken();
    // Only the case of the name changes, on a disk that ignores case: one file, renamed in place.
    await atomicWrite(abs, bytes, { label: rel });
    await rename(abs, targetAbs).catch((err: unknown) =>
      Promise.reject(fsError(err, "rename", rel, "Its details were saved under the old name.")),
    );
    return;
  }
  try {
    const mode = (await stat(abs)).mode & 0o7777;
    await chmod(targetAbs, mode).catch(() => undefined);
    await atomicWrite(targetAbs, bytes, { label: targetRel });
    await unlink(abs).catch((e: unknown) => (isMissing(e) ? undefined : Promise.reject(e)));
  } catch (e) {
    await unlink(targetAbs).catch(() => undefined);
    throw fsError(e, "rename", rel, "Nothing was changed.");
  }
}

/** True when YYYY-MM-DD names a day that exists (Date.parse takes 30 February for 2 March). */
function isCalendarDay(ymd: string): boolean {
  const [y, m, d] = ymd.split("-").map(Number) as [number, number, number];
  const day = new Date(Date.UTC(y, m - 1, d));
  return day.getUTCMonth() === m - 1 && day.getUTCDate() === d;
}

async function sameFile(a: string, b: string): Promise<boolean> {
  const [sa, sb] = await Promise.all([stat(a).catch(() => null), stat(b).catch(() => null)]);
  return sa !== null && sb !== null && sa.ino === sb.ino && sa.dev === sb.dev;
}
