// `tsuzuri serve`: a loopback HTTP host of the renderer (the rules it shares with Electron are in ../host).
export { startServe, type ServeOptions, type ServeSession } from "./session.js";
export { startServer, type ServerOptions, type RunningServer } from "./server.js";
export { TOKEN_HEADER, TOKEN_META, JOURNAL_ROUTE, MAX_BODY_BYTES } from "./constants.js";
