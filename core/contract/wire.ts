// How the contract travels: IPC channels (Electron) and HTTP routes and headers (`tsuzuri serve`),
// named once for both ends.

/** IPC channel of an operation (Electron). */
export const ipcChannel = (op: string): string => `${IPC_OP_PREFIX}${op}`;
/** Prefix of every operation's IPC channel. */
export const IPC_OP_PREFIX = "tsuzuri:op:";
/** IPC channel that carries every host event (Electron). */
export const IPC_EVENT_CHANNEL = "tsuzuri:event";
/** HTTP route of an operation (`tsuzuri serve`). */
export const httpRoute = (op: string): string => `/api/${op}`;
/** HTTP route of the server-sent event stream (`tsuzuri serve`). */
export const HTTP_EVENTS_ROUTE = "/api/events";
/** HTTP route (POST, with the token header) that hands out a one-time ticket for opening the event stream. */
export const HTTP_EVENTS_TICKET_ROUTE = "/api/events/ticket";
/** Query parameter of the event stream's address that carries its ticket (EventSource cannot send headers). */
export const EVENTS_TICKET_PARAM = "ticket";
/** Header that carries the serve token on every operation (HTTP header names are case-insensitive). */
export const TOKEN_HEADER = "x-tsuzuri-token";
/** Meta tag through which `tsuzuri serve` gives the page its token. */
export const TOKEN_META = "tsuzuri-token";
