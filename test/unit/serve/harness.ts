// Test harness: a real serve session over a temp journal and a tiny stand-in renderer, and a raw
// HTTP client (node:http, so paths reach the server exactly as written and Host can be forged).
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { request as httpRequest, type IncomingHttpHeaders } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { EVENTS_TICKET_PARAM, HTTP_EVENTS_ROUTE, HTTP_EVENTS_TICKET_ROUTE } from "../../../core/contract/index.js";
import { startServe, type ServeSession } from "../../../core/node/serve/index.js";

/** A running session and its folders. */
export interface Harness {
  session: ServeSession;
  journalDir: string;
  /** Base headers that authorise a request (Host is added by node:http). */
  auth: Record<string, string>;
  stop(): Promise<void>;
}

/** The stand-in page: enough to see that the real index.html is what gets served. */
export const PAGE_HTML = "<!doctype html><html><head><title>Tsuzuri test page</title></head><body></body></html>\n";

/** Starts serve on a fresh temp journal. */
export async function startHarness(options: { flushWaitMs?: number; token?: string } = {}): Promise<Harness> {
  const root = await mkdtemp(join(tmpdir(), "tsuzuri-serve-"));
  const journalDir = join(root, "journal");
  const rendererDir = join(root, "renderer");
  await mkdir(rendererDir, { recursive: true });
  await writeFile(join(rendererDir, "index.html"), PAGE_HTML);
  await writeFile(join(rendererDir, "app.js"), "console.log('app');\n");
  const session = await startServe({ journalDir, userDataDir: join(root, "user-data"), rendererDir, port: 0, lang: null, ...options });
  return {
    session,
    journalDir,
    auth: { "X-Tsuzuri-Token": session.token },
    async stop() {
      await session.shutdown();
      await rm(root, { recursive: true, force: true });
    },
  };
}

/** A finished response. */
export interface Answer {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
}

/** Sends one request to the session, the path untouched. */
export function send(
  session: ServeSession,
  method: string,
  path: string,
  headers: Record<string, string> = {},
  body?: string,
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: "127.0.0.1", port: session.port, method, path, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString("utf8") }));
      res.on("error", reject);
    });
    req.on("error", reject);
    req.end(body);
  });
}

/** Calls an operation as the page does: POST JSON with the token header. */
export async function call(
  h: Harness,
  op: string,
  args: unknown = {},
): Promise<{ ok: boolean; value?: unknown; error?: { code: string; message: string } }> {
  const answer = await send(h.session, "POST", `/api/${op}`, { ...h.auth, "Content-Type": "application/json" }, JSON.stringify(args));
  if (answer.status !== 200) throw new Error(`${op}: HTTP ${answer.status} ${answer.body}`);
  return JSON.parse(answer.body) as { ok: boolean; value?: unknown };
}

/** Asks for a one-time event-stream ticket as the page does (POST with the token header). */
export async function eventTicket(h: Harness): Promise<string> {
  const answer = await send(h.session, "POST", HTTP_EVENTS_TICKET_ROUTE, h.auth);
  if (answer.status !== 200) throw new Error(`ticket: HTTP ${answer.status} ${answer.body}`);
  return (JSON.parse(answer.body) as { value: { ticket: string } }).value.ticket;
}

/** The event stream's path with a ticket. */
export const eventsPath = (ticket: string): string => `${HTTP_EVENTS_ROUTE}?${EVENTS_TICKET_PARAM}=${encodeURIComponent(ticket)}`;

/** The status of a GET, the connection dropped once the headers are in (for streams that never end). */
export function statusOf(session: ServeSession, path: string, headers: Record<string, string> = {}): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: "127.0.0.1", port: session.port, method: "GET", path, headers }, (res) => {
      resolve(res.statusCode ?? 0);
      req.destroy();
    });
    req.on("error", reject);
    req.end();
  });
}
