// Status of the open post: the status bar and the banners above the editor.
export { StatusBar } from "./status-bar.js";
export type { SaveState } from "./status-bar.js";
export { Banners } from "./banner.js";
export type { BannerAction } from "./banner.js";
