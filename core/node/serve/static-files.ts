// The renderer's built files (dist/renderer), and its page with the session token written in.
import { readFile } from "node:fs/promises";
import type { OutgoingHttpHeaders, ServerResponse } from "node:http";
import { join } from "node:path";
import { PAGE_FILE, TOKEN_META } from "./constants.js";
import { FRAME_HEADERS, PAGE_HEADERS, sendText } from "./respond.js";
import { sendFile } from "./send-file.js";
import { BASE_HEADERS, resolveStaticFile, staticContentType } from "../host/index.js";

/** Serves a file of the renderer, or 404. */
export async function serveStatic(res: ServerResponse, root: string, segments: string[], head: boolean): Promise<void> {
  const found = await resolveStaticFile(root, segments);
  if (!found) return sendText(res, 404, "Not found.");
  const type = staticContentType(found.file);
  const headers: OutgoingHttpHeaders = type.startsWith("text/html") ? { ...FRAME_HEADERS } : { ...BASE_HEADERS, "Content-Type": type };
  await sendFile(res, found.file, found.size, headers, head);
}

/** Serves the page; given the token, with a meta tag that tells the renderer the token for its API calls. */
export async function servePage(res: ServerResponse, root: string, token: string | null, head: boolean): Promise<void> {
  let html: string;
  try {
    html = await readFile(join(root, PAGE_FILE), "utf8");
  } catch {
    return sendText(res, 500, `The renderer is not built (no ${join(root, PAGE_FILE)}): run npm run build.`);
  }
  if (token !== null) html = withMeta(html, `<meta name="${TOKEN_META}" content="${token}">`);
  const body = Buffer.from(html, "utf8");
  res.writeHead(200, { ...PAGE_HEADERS, "Content-Length": body.length });
  res.end(head ? undefined : body);
}

/** `html` with `meta` placed first in its head. */
function withMeta(html: string, meta: string): string {
  const headTag = /<head(\s[^>]*)?>/i.exec(html);
  return headTag ? html.slice(0, headTag.index + headTag[0].length) + meta + html.slice(headTag.index + headTag[0].length) : meta + html;
}
