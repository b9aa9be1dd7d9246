// The transport of `tsuzuri serve`: one JSON POST per operation, server-sent events for the rest.
import { HTTP_EVENTS_ROUTE, TOKEN_HEADER, eventNames, httpRoute, type EventName, type OpName, type Reply, type Transport } from "../../core/contract/index.js";
import { KEEPALIVE_MAX_BYTES } from "./constants.js";
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

/** A Transport over HTTP (same origin): POST `httpRoute(op)` with the token header; events from EventSource. */
export function createHttpTransport(token: string): Transport {
  const listeners = new Set<(event: EventName, payload: unknown) => void>();
  let source: EventSource | null = null;
  const deliver = (e: MessageEvent<string>) => {
    const msg = parse(e.type, e.data);
    if (!msg || !(eventNames as string[]).includes(msg.name)) return;
    for (const l of listeners) l(msg.name as EventName, msg.payload);
  };
  const open = () => {
    // EventSource cannot send headers: the server authorises it by the cookie it set with the page.
    source = new EventSource(HTTP_EVENTS_ROUTE, { withCredentials: true });
    source.addEventListener("message", deliver);
    for (const name of eventNames) source.addEventListener(name, deliver as EventListener);
  };
  return {
    call: (op, args) => post(op, args, token),
    subscribe(listener) {
      listeners.add(listener);
      if (!source) open();
      return () => {
        listeners.delete(listener);
        if (!listeners.size) {
          source?.close();
          source = null;
        }
      };
    },
  };
}
