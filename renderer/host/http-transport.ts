// The transport of `tsuzuri serve`: one JSON POST per operation, server-sent events for the rest.
import {
  EVENTS_TICKET_PARAM,
  HTTP_EVENTS_ROUTE,
  HTTP_EVENTS_TICKET_ROUTE,
  TOKEN_HEADER,
  eventNames,
  httpRoute,
  type EventName,
  type OpName,
  type Reply,
  type Transport,
} from "../../core/contract/index.js";
import { EVENTS_RETRY_MS, KEEPALIVE_MAX_BYTES } from "./constants.js";
import { tr } from "../i18n/index.js";

function failure(code: "io" | "internal", message: string): Reply {
  return { ok: false, error: { code, message } };
}

async function post(op: OpName, args: unknown, token: string): Promise<Reply> {
  const body = JSON.stringify(args ?? {});
  // While the page is going away a normal request may be cancelled; a small one can outlive it.
  const keepalive = document.visibilityState === "hidden" && body.length < KEEPALIVE_MAX_BYTES;
  let response: Response;
  try {
    response = await fetch(httpRoute(op), {
      method: "POST",
      headers: { "Content-Type": "application/json", [TOKEN_HEADER]: token },
      body,
      keepalive,
      credentials: "same-origin",
    });
  } catch {
    // fetch rejects only when no answer came at all: the server is gone or unreachable.
    return failure("io", tr("error.unreachable"));
  }
  const text = await response.text().catch(() => "");
  try {
    const reply = JSON.parse(text) as Reply;
    if (reply && typeof reply === "object" && typeof reply.ok === "boolean") return reply;
  } catch {
    // Not JSON: fall through to an error made from the HTTP status.
  }
  return failure(response.ok ? "internal" : "io", `${response.status} ${response.statusText || text.slice(0, 200)}`.trim());
}

/** Reads one SSE message whichever way the server framed it: named events or `{event, payload}`. */
function parse(defaultName: string, data: string): { name: string; payload: unknown } | null {
  let value: unknown;
  try {
    value = data ? JSON.parse(data) : {};
  } catch {
    return null;
  }
  if (defaultName !== "message") return { name: defaultName, payload: value };
  if (value && typeof value === "object") {
    const v = value as { event?: unknown; type?: unknown; name?: unknown; payload?: unknown };
    const name = v.event ?? v.type ?? v.name;
    if (typeof name === "string") return { name, payload: v.payload ?? {} };
  }
  return null;
}

/** A one-time ticket for the event stream (asked for with the token header), or null when the server did not give one. */
async function eventTicket(token: string): Promise<string | null> {
  try {
    const response = await fetch(HTTP_EVENTS_TICKET_ROUTE, { method: "POST", headers: { [TOKEN_HEADER]: token }, credentials: "omit" });
    const reply = (await response.json()) as { ok?: boolean; value?: { ticket?: unknown } };
    return reply.ok && typeof reply.value?.ticket === "string" ? reply.value.ticket : null;
  } catch {
    return null;
  }
}

/**
 * A Transport over HTTP (same origin): POST `httpRoute(op)` with the token header; events from EventSource,
 * opened with a one-time ticket (it cannot send headers, and the token never goes into a cookie or an address).
 * When the stream drops, a new ticket is fetched and the stream reopened.
 */
export function createHttpTransport(token: string): Transport {
  const listeners = new Set<(event: EventName, payload: unknown) => void>();
  let source: EventSource | null = null;
  let retry: ReturnType<typeof setTimeout> | null = null;
  /** Bumped whenever the stream is closed, so an open still waiting for its ticket gives up. */
  let generation = 0;
  const deliver = (e: MessageEvent<string>) => {
    const msg = parse(e.type, e.data);
    if (!msg || !(eventNames as string[]).includes(msg.name)) return;
    for (const l of listeners) l(msg.name as EventName, msg.payload);
  };
  const close = () => {
    generation++;
    if (retry) clearTimeout(retry);
    retry = null;
    source?.close();
    source = null;
  };
  const reopenLater = () => {
    close();
    if (listeners.size) retry = setTimeout(() => void open(), EVENTS_RETRY_MS);
  };
  const open = async () => {
    const mine = ++generation;
    const ticket = await eventTicket(token);
    if (mine !== generation) return;
    if (!ticket) return reopenLater();
    const url = `${HTTP_EVENTS_ROUTE}?${EVENTS_TICKET_PARAM}=${encodeURIComponent(ticket)}`;
    source = new EventSource(url);
    source.addEventListener("message", deliver);
    for (const name of eventNames) source.addEventListener(name, deliver as EventListener);
    // The browser would reconnect with the used ticket: reconnect ourselves, with a new one.
    source.addEventListener("error", reopenLater);
  };
  return {
    call: (op, args) => post(op, args, token),
    subscribe(listener) {
      listeners.add(listener);
      if (!source && !retry && listeners.size === 1) void open();
      return () => {
        listeners.delete(listener);
        if (!listeners.size) close();
      };
    },
  };
}
