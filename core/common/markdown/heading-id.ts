// Heading ids that keep Japanese: letters and digits of every script survive, ASCII is lower-cased,
// white space becomes "-". markdown-it-anchor makes them unique within a post ("-1", "-2" …).
import { ANCHOR_START_INDEX, EMPTY_SLUG } from "./constants.js";

/** Characters dropped from a slug: everything but letters, marks, digits, "-", "_" and white space. */
const DROPPED = /[^\p{L}\p{M}\p{N}\s_-]/gu;

/** The id of a heading with this text, e.g. "Go の Context 入門" → "go-の-context-入門". */
export function headingId(text: string): string {
  const slug = text
    .replace(/[A-Z]+/g, (ascii) => ascii.toLowerCase())
    .replace(DROPPED, "")
    .trim()
    .replace(/\s+/gu, "-");
  return slug === "" ? EMPTY_SLUG : slug;
}

const NOTED = "tsuzuriHeadingSlugs";

/** markdown-it-anchor's slugifyWithState: headingId, noting each slug (before it is made unique) in the env, in order. */
export function noteHeadingSlug(text: string, state: { env: unknown }): string {
  const slug = headingId(text);
  const env = state.env as Record<string, unknown>;
  if (Array.isArray(env[NOTED])) (env[NOTED] as string[]).push(slug);
  return slug;
}

/** An env that collects heading slugs (see noteHeadingSlug) and makes ids unique against `used`, which it fills. */
export function headingEnv(
  used: Record<string, true>,
  base: Record<string, unknown> = {},
): { env: Record<string, unknown>; slugs: string[] } {
  const slugs: string[] = [];
  return { env: { ...base, [NOTED]: slugs, markdownItAnchor: { slugs: used } }, slugs };
}

/** The id markdown-it-anchor gives a heading with this slug when `used(id)` tells the ids taken before it. */
export function uniqueHeadingId(slug: string, used: (id: string) => boolean): string {
  let id = slug;
  for (let i = ANCHOR_START_INDEX; used(id); i++) id = `${slug}-${i}`;
  return id;
}
