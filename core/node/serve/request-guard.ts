// The checks every request passes before any route runs: the Host header (DNS rebinding), the Origin
// header (other sites), and the right to the route: the token header for the API, a one-time ticket
// for the event stream, the session's media key for journal files. No cookie is set or honoured:
// browsers send cookies for 127.0.0.1 to every port, so any other local program would receive it.
import type { IncomingMessage } from "node:http";
import { HTTP_EVENTS_ROUTE, EVENTS_TICKET_PARAM } from "../../contract/index.js";
import { JOURNAL_ROUTE, PAGE_FILE, TOKEN_HEADER, TOKEN_QUERY } from "./constants.js";
import type { EventTickets } from "./tickets.js";
import { tokenMatches } from "./token.js";

/** Why a request was refused: the status to answer and a message for people. */
export interface Refusal {
  status: 401 | 403;
  message: string;
}

/** What the guard needs of a request beyond its headers. */
export interface GuardedRequest {
  req: IncomingMessage;
  /** Decoded path, e.g. "/" or "/api/listPosts". */
  path: string;
  query: URLSearchParams;
}

/** What a request's session proves itself with. */
export interface GuardSecrets {
  token: string;
  /** The path segment after JOURNAL_ROUTE that opens the journal's files (HostInfo.assetBase). */
  mediaKey: string;
  tickets: EventTickets;
}

function header(req: IncomingMessage, name: string): string | undefined {
  const v = req.headers[name];
  return Array.isArray(v) ? v[0] : v;
}

const UNAUTHORIZED: Refusal = { status: 401, message: "Unauthorized: open the address printed by `tsuzuri serve` (it carries the token)." };

/** True for the path of the renderer's page. */
export const isPagePath = (path: string): boolean => path === "/" || path === `/${PAGE_FILE}`;

/** Checks requests against the session's port and secrets. */
export class RequestGuard {
  private readonly hosts: Set<string>;
  private readonly origins: Set<string>;

  constructor(
    private readonly secrets: GuardSecrets,
    port: number,
  ) {
    this.hosts = new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
    this.origins = new Set([...this.hosts].map((h) => `http://${h}`));
  }

  /** True when the page was opened with the right `?token=` (then it is written into the page). */
  pageHasToken(query: URLSearchParams): boolean {
    return tokenMatches(this.secrets.token, query.get(TOKEN_QUERY));
  }

  /** Null when the request may proceed, else why not. Redeems the event stream's ticket. */
  check({ req, path, query }: GuardedRequest): Refusal | null {
    const host = header(req, "host")?.toLowerCase();
    if (!host || !this.hosts.has(host)) return { status: 403, message: "Forbidden: unexpected Host header." };
    const origin = header(req, "origin");
    if (origin !== undefined && !this.origins.has(origin.toLowerCase()))
      return { status: 403, message: "Forbidden: requests from other sites are refused." };
    if (path.startsWith(JOURNAL_ROUTE)) {
      // <img> and the preview frame cannot send headers: the unguessable media key in the path is the right to read.
      const key = path.slice(JOURNAL_ROUTE.length).split("/")[0];
      return tokenMatches(this.secrets.mediaKey, key) ? null : UNAUTHORIZED;
    }
    if (tokenMatches(this.secrets.token, header(req, TOKEN_HEADER))) return null;
    if (req.method !== "GET" && req.method !== "HEAD") return UNAUTHORIZED;
    if (isPagePath(path)) {
      // The page itself holds no secret; it gets the token only from the printed address (else the tab's own storage).
      return !query.has(TOKEN_QUERY) || this.pageHasToken(query) ? null : UNAUTHORIZED;
    }
    if (path === HTTP_EVENTS_ROUTE) return this.secrets.tickets.redeem(query.get(EVENTS_TICKET_PARAM)) ? null : UNAUTHORIZED;
    // The rest of the API needs the token; the renderer's built files are public code.
    return path.startsWith("/api/") ? UNAUTHORIZED : null;
  }
}
