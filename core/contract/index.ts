// The one typed API between the renderer and a host (Electron or `tsuzuri serve`): types, event
// names, wire names and the client. No validation here (hosts import ./schema.js for that), so the
// preload and the renderer carry no zod.
export * from "./types.js";
export type { Operation, Operations, OpName, OpArgs, OpParsedArgs, OpResult } from "./operations.js";
export { eventNames } from "./events.js";
export type { Events, EventName, EventPayload } from "./events.js";
export { createClient } from "./client.js";
export { POST_SORTS, comparePosts, type PostSort } from "./post-order.js";
export type { Client, Transport, Reply } from "./client.js";
export {
  ipcChannel,
  IPC_EVENT_CHANNEL,
  httpRoute,
  HTTP_EVENTS_ROUTE,
  HTTP_EVENTS_TICKET_ROUTE,
  EVENTS_TICKET_PARAM,
  TOKEN_HEADER,
  TOKEN_META,
} from "./wire.js";
