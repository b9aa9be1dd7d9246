// The command palette: every command by name, with its keys.
export { openPalette } from "./palette.js";
export type { PaletteCommand, PaletteMatch } from "./filter.js";
