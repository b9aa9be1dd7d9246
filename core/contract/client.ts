// The client the renderer talks to. A host supplies a Transport; the client's methods are made
// from the contract's operation names, so a new operation needs no edit here.
import { opNames, type OpArgs, type OpName, type OpResult } from "./operations.js";
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
  const client: Record<string, unknown> = {
    on(event: EventName, listener: (payload: unknown) => void) {
      let set = listeners.get(event);
      if (!set) listeners.set(event, (set = new Set()));
      set.add(listener);
      return () => set.delete(listener);
    },
  };
  for (const name of opNames) {
    client[name] = async (args: unknown = {}) => {
      const reply = await transport.call(name, args);
      if (reply.ok) return reply.value;
      throw new TsuzuriError(reply.error.code, reply.error.message);
    };
  }
  return client as Client;
}
