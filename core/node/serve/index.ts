// `tsuzuri serve`: a loopback HTTP host of the renderer (the rules it shares with Electron are in ../host).
export { startServe, type ServeOptions, type ServeSession } from "./session.js";
export type { ServerOptions, RunningServer } from "./server.js";
