// The journal's remembered link to its blog, .tsuzuri/hatena.json: the endpoint, the Hatena ID, the
// Fotolife address, the blog's syntax setting and the images already uploaded (by content hash).
// Never a key or a password: the API key comes from the environment (CLI) or the app's safe storage.
import { mkdir, readFile } from "node:fs/promises";
import path from "node:path";
import { atomicWrite } from "../store/index.js";
import type { AuthScheme } from "./client.js";
import { SETTINGS_FILE, SYNTAX_TYPES, type Syntax } from "./constants.js";
import { HatenaError } from "./errors.js";

/** An image uploaded to Fotolife. */
export interface RememberedImage {
  url: string;
  syntax: string | null;
}

/** What the journal remembers of its blog. */
export interface HatenaSettings {
  endpoint: string;
  user: string;
  fotolife: string;
  auth: AuthScheme;
  /** The blog's syntax setting as last seen (the newest entry's), null before any entry was seen. */
  syntax: Syntax | null;
  /** Uploaded images by the SHA-256 (hex) of their bytes. */
  images: Record<string, RememberedImage>;
}

function settingsPath(journalDir: string): string {
  return path.join(journalDir, ...SETTINGS_FILE.split("/"));
}

const isString = (v: unknown): v is string => typeof v === "string" && v !== "";

/** The journal's settings, or null when it was never linked. A damaged file is an error (it is not overwritten). */
export async function readSettings(journalDir: string): Promise<HatenaSettings | null> {
  let text: string;
  try {
    text = await readFile(settingsPath(journalDir), "utf8");
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw e;
  }
  const broken = (why: string) =>
    new HatenaError(
      "settings",
      `${SETTINGS_FILE} in the journal cannot be read (${why}). Repair or delete it, then pull again with --endpoint and --user.`,
    );
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw broken(e instanceof Error ? e.message : String(e));
  }
  if (typeof data !== "object" || data === null) throw broken("not an object");
  const d = data as Record<string, unknown>;
  if (!isString(d.endpoint) || !isString(d.user) || !isString(d.fotolife)) throw broken("endpoint, user or fotolife missing");
  const images: Record<string, RememberedImage> = {};
  if (typeof d.images === "object" && d.images !== null) {
    for (const [hash, v] of Object.entries(d.images as Record<string, unknown>)) {
      const img = v as Record<string, unknown> | null;
      if (img && isString(img.url)) images[hash] = { url: img.url, syntax: isString(img.syntax) ? img.syntax : null };
    }
  }
  return {
    endpoint: d.endpoint,
    user: d.user,
    fotolife: d.fotolife,
    auth: d.auth === "basic" ? "basic" : "wsse",
    syntax: typeof d.syntax === "string" && d.syntax in SYNTAX_TYPES ? (d.syntax as Syntax) : null,
    images,
  };
}

/** Writes the settings atomically. */
export async function writeSettings(journalDir: string, settings: HatenaSettings): Promise<void> {
  const file = settingsPath(journalDir);
  await mkdir(path.dirname(file), { recursive: true });
  await atomicWrite(file, JSON.stringify({ version: 1, ...settings }, null, 2) + "\n", { label: SETTINGS_FILE });
}
