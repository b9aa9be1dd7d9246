// The export stylesheet: the content theme shared with the preview, then the site theme.
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { TsuzuriError } from "../../contract/index.js";
import { messageOf } from "../../common/error-message.js";

const FILES = ["content.css", "site.css"] as const;
/** The vertical-text theme (縦書き), added after the others for exports made vertical. */
const VERTICAL = "vertical.css";

/**
 * The folder holding the themes: next to a bundle in dist/ (dist/cli, dist/electron → dist/renderer/themes),
 * or resources/themes of the repository when running from source.
 */
export function themesDir(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  const candidates = [
    join(here, "..", "renderer", "themes"),
    join(here, "..", "..", "..", "resources", "themes"),
    join(here, "..", "..", "..", "dist", "renderer", "themes"),
  ];
  return candidates.find((dir) => FILES.every((f) => existsSync(join(dir, f)))) ?? candidates[1]!;
}

const cached = new Map<boolean, Promise<string>>();

/** content.css followed by site.css (and vertical.css for vertical text), as one stylesheet (read once per process). */
export function loadStylesheet(vertical = false): Promise<string> {
  let sheet = cached.get(vertical);
  if (!sheet) {
    sheet = (async () => {
      const dir = themesDir();
      try {
        const parts = await Promise.all([...FILES, ...(vertical ? [VERTICAL] : [])].map((f) => readFile(join(dir, f), "utf8")));
        return parts.map((p) => p.trimEnd() + "\n").join("\n");
      } catch (e) {
        cached.delete(vertical);
        throw new TsuzuriError("internal", `The export theme is missing from ${dir} (${messageOf(e)}). Reinstall or rebuild Tsuzuri.`);
      }
    })();
    cached.set(vertical, sheet);
  }
  return sheet;
}
