// A post's file name as a person chooses it (post details: the slug field): the name without `.md`,
// checked against what file systems accept (Windows being the strictest) and what Tsuzuri ignores.
import { utf8ByteLength } from "./slug.js";

/** Longest file name a person may choose, in UTF-8 bytes without `.md` (room left for `-2` and the extension under 255). */
export const FILE_STEM_MAX_BYTES = 200;

/** Why a name cannot be a post's file name. */
export type FileStemProblem = "empty" | "spaces" | "dot" | "characters" | "reserved" | "too-long";

const FORBIDDEN = /[<>:"/\\|?*\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/u;
const RESERVED = /^(?:con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(?:\.|$)/i;

/** `typed` as a file stem: NFC, and without a `.md` the person may have typed. */
export function fileStemOf(typed: string): string {
  return typed.normalize("NFC").replace(/\.md$/i, "");
}

/** What is wrong with `stem` (see fileStemOf) as a post's file name without `.md`, or null when nothing is. */
export function fileStemProblem(stem: string): FileStemProblem | null {
  if (stem.trim() === "") return "empty";
  if (stem !== stem.trim() || stem.endsWith(".")) return "spaces";
  if (stem.startsWith(".")) return "dot";
  if (FORBIDDEN.test(stem)) return "characters";
  if (RESERVED.test(stem)) return "reserved";
  if (utf8ByteLength(stem) > FILE_STEM_MAX_BYTES) return "too-long";
  return null;
}
