// The client the renderer talks to. A host supplies a Transport; every property of the client but
// `on` is the operation of that name (the Client type lists them), so a new operation needs no edit
// here and the client carries no list (nor the schemas) at run time.
import type { OpArgs, OpName, OpResult } from "./operations.js";
import type { EventName, EventPayload } from "./events.js";
import { TsuzuriError, type ErrorCode } from "./types.js";

/** The wire form of an answer, the same over IPC and HTTP. */
export type Reply = { ok: true; value: unknown } | { ok: false; error: { code: ErrorCode; message: string } };

/** How a client reaches its host: one call per operation, one stream of events. */
export interface Transport {
  call(op: OpName, args: unknown): Promise<Reply>;
  /** Delivers every host event; returns a function that stops delivery. */
  subscribe(listener: (event: EventName, payload: unknown) => void): () => void;
}

/** The typed API of a host: one method per operation, and `on` for events. */
export type Client = { [N in OpName]: (args?: OpArgs<N>) => Promise<OpResult<N>> } & {
  on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void;
};

/** Builds a Client over a transport. Failed operations reject with a TsuzuriError. */
export function createClient(transport: Transport): Client {
  const listeners = new Map<EventName, Set<(payload: unknown) => void>>();
  transport.subscribe((event, payload) => {
    for (const l of listeners.get(event) ?? []) l(payload);
  });
  const on = (event: EventName, listener: (payload: unknown) => void) => {
    let set = listeners.get(event);
    if (!set) listeners.set(event, (set = new Set()));
    set.add(listener);
    return () => set.delete(listener);
  };
  const methods = new Map<string, (args?: unknown) => Promise<unknown>>();
  const method =
    (name: string) =>
    async (args: unknown = {}) => {
      const reply = await transport.call(name as OpName, args);
      if (reply.ok) return reply.value;
      throw new TsuzuriError(reply.error.code, reply.error.message);
    };
  return new Proxy(
    {},
    {
      get(_target, name) {
        if (name === "on") return on;
        // Not a thenable: a client can be returned from an async function.
        if (typeof name !== "string" || name === "then") return undefined;
        let m = methods.get(name);
        if (!m) methods.set(name, (m = method(name)));
        return m;
      },
    },
  ) as Client;
}
