// The tsuzuri:// scheme: the renderer's files under tsuzuri://app/, and the open journal's media files
// under tsuzuri://app/journal/ — by the same rules as `tsuzuri serve` (core/node/host) — and the page a
// PDF export is printing under tsuzuri://print/.
import { readFile } from "node:fs/promises";
import { protocol } from "electron";
import { RENDERER_CSP, RENDERER_FRAME_CSP } from "../../core/common/csp.js";
import { SINGLE_FILE_CSP } from "../../core/common/export/index.js";
import {
  JOURNAL_FILE_HEADERS,
  resolveJournalFile,
  resolveStaticFile,
  safeSegments,
  staticContentType,
} from "../../core/node/host/index.js";
import { APP_HOST, ASSET_PATH, PRINT_HOST, SCHEME } from "./constants.js";
import { printPages } from "./print-pages.js";

/** Declares the scheme privileged (like https: standard, secure, fetch-able). Call before `ready`. */
export function registerScheme(): void {
  protocol.registerSchemesAsPrivileged([{ scheme: SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
}

const BASE_HEADERS = { "X-Content-Type-Options": "nosniff", "Cache-Control": "no-store" };

function notFound(): Response {
  return new Response("Not found.", { status: 404, headers: { ...BASE_HEADERS, "Content-Type": "text/plain; charset=utf-8" } });
}

function headersOf(headers: Record<string, unknown>): Record<string, string> {
  return Object.fromEntries(Object.entries(headers).map(([k, v]) => [k, String(v)]));
}

/** Serves the scheme; `journalDir` says which journal is open right now. Call after `ready`. */
export function handleScheme(rendererDir: string, journalDir: () => string): void {
  protocol.handle(SCHEME, (request) => respond(request, rendererDir, journalDir).catch(() => notFound()));
}

/** A page a PDF export is printing (pdf.ts), under the export's own CSP: nothing runs, only embedded or https images load. */
function printPage(url: string): Response {
  const html = printPages.get(url);
  if (html === null) return notFound();
  return new Response(html, {
    headers: { ...BASE_HEADERS, "Content-Type": "text/html; charset=utf-8", "Content-Security-Policy": SINGLE_FILE_CSP },
  });
}

async function respond(request: Request, rendererDir: string, journalDir: () => string): Promise<Response> {
  if (request.method !== "GET" && request.method !== "HEAD") return new Response(null, { status: 405, headers: BASE_HEADERS });
  const url = new URL(request.url);
  if (url.host === PRINT_HOST) return printPage(request.url);
  if (url.host !== APP_HOST) return notFound();
  const path = url.pathname === "/" ? "/index.html" : url.pathname;
  const segments = safeSegments(path);
  if (!segments) return notFound();
  if (path.startsWith(ASSET_PATH)) {
    const found = await resolveJournalFile(journalDir(), segments.slice(1));
    if (!found) return notFound();
    return new Response(await readFile(found.file), { headers: { ...headersOf(JOURNAL_FILE_HEADERS), "Content-Type": found.contentType } });
  }
  const found = await resolveStaticFile(rendererDir, segments);
  if (!found) return notFound();
  const type = staticContentType(found.file);
  const csp = path === "/index.html" ? RENDERER_CSP : RENDERER_FRAME_CSP;
  const headers = type.startsWith("text/html")
    ? { ...BASE_HEADERS, "Content-Type": type, "Content-Security-Policy": csp }
    : { ...BASE_HEADERS, "Content-Type": type };
  return new Response(await readFile(found.file), { headers });
}
