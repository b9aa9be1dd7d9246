// The message catalog of the UI and of Electron's menus: English and Japanese, plus a tiny lookup.
export type { Lang, Message, Params } from "./types.js";
export type { MessageKey } from "./keys.js";
export { en } from "./messages-en.js";
export { ja } from "./messages-ja.js";
export { t, createTranslator, catalog, LANGS } from "./translate.js";
export type { Translator } from "./translate.js";
export { resolveLang, toLang } from "./resolve-lang.js";
