// The HTTP server of `tsuzuri serve`: loopback only, every request guarded, routes derived from the contract.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { HTTP_EVENTS_ROUTE, HTTP_EVENTS_TICKET_ROUTE, type JournalInfo } from "../../contract/index.js";
import type { App } from "../app/index.js";
import { Activity, JOURNAL_FILE_HEADERS, pathOf, queryOf, resolveJournalFile, safeSegments } from "../host/index.js";
import { handleOperation, opOfRoute } from "./api-route.js";
import { JOURNAL_ROUTE, LOOPBACK_HOST } from "./constants.js";
import { EventStream } from "./event-stream.js";
import { isPagePath, RequestGuard } from "./request-guard.js";
import { sendJson, sendText } from "./respond.js";
import { sendFile } from "./send-file.js";
import { serveStatic, servePage } from "./static-files.js";
import { EventTickets } from "./tickets.js";
import { createToken } from "./token.js";
import { messageOf } from "../../common/error-message.js";

/** What startServer needs. */
export interface ServerOptions {
  app: App;
  /** The built renderer (dist/renderer). */
  rendererDir: string;
  /** 0 picks a free port. */
  port: number;
  /** A fixed token (tests); by default a random one. */
  token?: string;
  /** The secret path segment under JOURNAL_ROUTE that the app's HostInfo.assetBase carries. */
  mediaKey: string;
}

/** A listening server. */
export interface RunningServer {
  /** The address to open, with the token: http://127.0.0.1:PORT/?token=TOKEN */
  url: string;
  port: number;
  token: string;
  /** The connected pages' event streams. */
  events: EventStream;
  /** Operation requests in flight. */
  activity: Activity;
  /** Stops listening and drops every connection. */
  close(): Promise<void>;
}

/** Starts the server on 127.0.0.1. */
export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const { app, rendererDir } = options;
  const token = options.token ?? createToken();
  const events = new EventStream();
  const tickets = new EventTickets();
  const activity = new Activity();
  let journalDir = await currentJournalDir(app);
  const stopEvents = app.onEvent((event, payload) => {
    if (event === "journalOpened") journalDir = (payload as JournalInfo).dir;
    events.send(event, payload);
  });

  let guard: RequestGuard | null = null;
  const route = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const target = req.url ?? "/";
    const path = pathOf(target);
    const query = queryOf(target);
    if (!guard) return sendText(res, 503, "Starting, try again.");
    const refusal = guard.check({ req, path, query });
    if (refusal)
      return path.startsWith("/api/")
        ? sendJson(res, refusal.status, { ok: false, error: { code: "permission", message: refusal.message } })
        : sendText(res, refusal.status, refusal.message);

    const op = opOfRoute(path);
    if (op) return handleOperation(req, res, app, activity, op);
    const head = req.method === "HEAD";
    const readOnly = req.method === "GET" || head;
    if (path === HTTP_EVENTS_ROUTE) {
      if (req.method !== "GET") return sendText(res, 405, "Use GET for the event stream.", { Allow: "GET" });
      return events.open(res);
    }
    if (path === HTTP_EVENTS_TICKET_ROUTE) {
      if (req.method !== "POST")
        return sendJson(res, 405, { ok: false, error: { code: "invalid-argument", message: "Use POST for a ticket." } }, { Allow: "POST" });
      return sendJson(res, 200, { ok: true, value: { ticket: tickets.issue() } });
    }
    if (path.startsWith("/api/"))
      return sendJson(res, 404, { ok: false, error: { code: "invalid-argument", message: `Unknown operation: ${path.slice(5)}` } });
    if (!readOnly) return sendText(res, 405, "Only GET and HEAD are allowed here.", { Allow: "GET, HEAD" });
    if (isPagePath(path)) return servePage(res, rendererDir, guard.pageHasToken(query) ? token : null, head);
    const segments = safeSegments(path);
    if (!segments) return sendText(res, 404, "Not found.");
    if (path.startsWith(JOURNAL_ROUTE)) {
      // segments: "journal", the media key (checked by the guard), then the file's path in the journal.
      const found = await resolveJournalFile(journalDir, segments.slice(2));
      if (!found) return sendText(res, 404, "Not found.");
      return sendFile(res, found.file, found.size, { ...JOURNAL_FILE_HEADERS, "Content-Type": found.contentType }, head);
    }
    return serveStatic(res, rendererDir, segments, head);
  };

  const server: Server = createServer((req, res) => {
    route(req, res).catch((err: unknown) => {
      if (res.headersSent) res.destroy();
      else sendText(res, 500, `Internal error: ${messageOf(err)}`);
    });
  });
  let port: number;
  try {
    port = await listen(server, options.port);
  } catch (err) {
    stopEvents();
    throw err;
  }
  guard = new RequestGuard({ token, mediaKey: options.mediaKey, tickets }, port);

  let closing: Promise<void> | null = null;
  return {
    url: `http://${LOOPBACK_HOST}:${port}/?token=${token}`,
    port,
    token,
    events,
    activity,
    close() {
      closing ??= new Promise<void>((resolve) => {
        stopEvents();
        events.closeAll();
        server.close(() => resolve());
        server.closeAllConnections();
      });
      return closing;
    },
  };
}

async function currentJournalDir(app: App): Promise<string> {
  const reply = await app.dispatch("getJournal", {});
  if (!reply.ok) throw new Error(`No journal is open: ${reply.error.message}`);
  return (reply.value as JournalInfo).dir;
}

function listen(server: Server, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, LOOPBACK_HOST, () => {
      server.off("error", reject);
      resolve((server.address() as AddressInfo).port);
    });
  });
}
