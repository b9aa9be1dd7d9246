// Small DOM helpers shared by the views.
export { h, isComposing, isMod, modLabel } from "./h.js";
export { icon } from "./icons.js";
export type { IconName } from "./icons.js";
