// The command palette: every command by name, with its keys.
export { openPalette } from "./palette.js";
export { filterCommands, type PaletteCommand, type PaletteMatch } from "./filter.js";
