// The one typed API between the renderer and a host (Electron or `tsuzuri serve`).
export * from "./types.js";
export { operations, opNames, isOpName } from "./operations.js";
export type { Operation, Operations, OpName, OpArgs, OpParsedArgs, OpResult } from "./operations.js";
export { events, eventNames } from "./events.js";
export type { Events, EventName, EventPayload } from "./events.js";
export { createClient } from "./client.js";
export { POST_SORTS, comparePosts, postTime, updatedTime, type PostSort } from "./post-order.js";
export type { Client, Transport, Reply } from "./client.js";

/** IPC channel of an operation (Electron). */
export const ipcChannel = (op: string): string => `tsuzuri:op:${op}`;
/** IPC channel that carries every host event (Electron). */
export const IPC_EVENT_CHANNEL = "tsuzuri:event";
/** HTTP route of an operation (`tsuzuri serve`). */
export const httpRoute = (op: string): string => `/api/${op}`;
/** HTTP route of the server-sent event stream (`tsuzuri serve`). */
export const HTTP_EVENTS_ROUTE = "/api/events";
