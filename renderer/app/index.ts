// The application: start-up, the editing session, saving, commands and layout.
export { startApp } from "./startup.js";

export type { AppContext } from "./context.js";
