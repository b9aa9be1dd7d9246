// Shared by the import tests: fixture paths, temp folders, a hash of a whole folder, and the outline
// of an HTML fragment that round-trip checks compare.
import { createHash } from "node:crypto";
import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { after } from "node:test";
import { JSDOM } from "jsdom";

/** test/fixtures/import. */
export const FIXTURES = path.join(import.meta.dirname, "../../fixtures/import");
/** The Hatena-style export. */
export const HATENA_EXPORT = path.join(FIXTURES, "hatena", "tsuzuri-test.hatenablog.com.export.txt");

/** A new empty temp folder, removed when the test file ends. */
export async function tempDir(prefix = "tsuzuri-import-"): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), prefix));
  after(() => rm(dir, { recursive: true, force: true }));
  return dir;
}

/** Every file under `dir` (relative, "/"-separated, sorted), dot-folders included. */
export async function allFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join("/"))
    .sort();
}

/** One SHA-256 over the names and bytes of every file under `dir`: changes if anything in it changes. */
export async function hashTree(dir: string): Promise<string> {
  const hash = createHash("sha256");
  for (const rel of await allFiles(dir)) {
    hash.update(rel + "\0");
    hash.update(await readFile(path.join(dir, rel)));
  }
  return hash.digest("hex");
}

const OUTLINED = new Set(["H1", "H2", "H3", "H4", "H5", "H6", "UL", "OL", "LI", "TABLE", "PRE", "BLOCKQUOTE", "A", "IMG"]);

/** A parsed fragment, for tests to adjust before taking its outline. */
export function fragment(html: string): DocumentFragment {
  const { window } = new JSDOM("<!DOCTYPE html>");
  const template = window.document.createElement("template");
  template.innerHTML = html;
  return template.content;
}

/**
 * The structure of a fragment: the nesting of headings, lists, list items, tables, code blocks,
 * quotes, links and images (everything else is looked through), e.g. `UL(LI(UL(LI())) LI())`.
 */
export function outline(root: ParentNode): string {
  const parts: string[] = [];
  for (const child of Array.from(root.children)) {
    const inner = outline(child);
    if (OUTLINED.has(child.nodeName)) parts.push(`${child.nodeName}(${inner})`);
    else if (inner) parts.push(inner);
  }
  return parts.join(" ");
}

/** The text of a fragment with all white space removed (line breaks and indentation differ, characters must not). */
export function squashedText(root: Node): string {
  return (root.textContent ?? "").replace(/\s+/g, "");
}
