// The checks every request passes before any route runs: the Host header (DNS rebinding), the Origin
// header (other sites), and the token (other local programs and users).
import type { IncomingMessage } from "node:http";
import { TOKEN_COOKIE, TOKEN_HEADER, TOKEN_QUERY } from "./constants.js";
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

function header(req: IncomingMessage, name: string): string | undefined {
  const v = req.headers[name];
  return Array.isArray(v) ? v[0] : v;
}

/** The value of cookie `name` in a Cookie header, if present. */
export function cookieValue(cookieHeader: string | undefined, name: string): string | null {
  if (!cookieHeader) return null;
  for (const part of cookieHeader.split(";")) {
    const eq = part.indexOf("=");
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return null;
}

/** The cookie name of a session: per port, so two servers on one machine do not overwrite each other's cookie. */
export const cookieName = (port: number): string => `${TOKEN_COOKIE}_${port}`;

/** Checks requests against the session's port and token. */
export class RequestGuard {
  private readonly hosts: Set<string>;
  private readonly origins: Set<string>;
  /** The name of the session's token cookie. */
  readonly cookie: string;

  constructor(private readonly token: string, port: number) {
    this.cookie = cookieName(port);
    this.hosts = new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
    this.origins = new Set([...this.hosts].map((h) => `http://${h}`));
  }

  /** Null when the request may proceed, else why not. */
  check({ req, path, query }: GuardedRequest): Refusal | null {
    const host = header(req, "host")?.toLowerCase();
    if (!host || !this.hosts.has(host)) return { status: 403, message: "Forbidden: unexpected Host header." };
    const origin = header(req, "origin");
    if (origin !== undefined && !this.origins.has(origin.toLowerCase())) return { status: 403, message: "Forbidden: requests from other sites are refused." };
    if (req.method === "POST") {
      // A cookie is sent by the browser on its own; only a page that knows the token can set the header.
      if (tokenMatches(this.token, header(req, TOKEN_HEADER))) return null;
      if (tokenMatches(this.token, cookieValue(header(req, "cookie"), this.cookie))) {
        return { status: 403, message: `Forbidden: POST requests need the ${TOKEN_HEADER} header.` };
      }
      return { status: 401, message: "Unauthorized: a valid token is required." };
    }
    if (tokenMatches(this.token, header(req, TOKEN_HEADER))) return null;
    if (tokenMatches(this.token, cookieValue(header(req, "cookie"), this.cookie))) return null;
    if (req.method === "GET" && path === "/" && tokenMatches(this.token, query.get(TOKEN_QUERY))) return null;
    return { status: 401, message: "Unauthorized: open the address printed by `tsuzuri serve` (it carries the token)." };
  }
}
