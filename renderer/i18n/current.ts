// The page's language: one translator, chosen at start-up, used by every view.
import { createTranslator, type Lang, type MessageKey, type Params, type Translator } from "../../core/common/i18n/index.js";

let current: Translator = createTranslator("en");

/** Sets the UI language: the translator every view uses, and `<html lang>`. */
export function setLang(lang: Lang): void {
  current = createTranslator(lang);
  document.documentElement.lang = lang;
}

/** The UI language. */
export function lang(): Lang {
  return current.lang;
}

/** A message of the catalog in the UI language. */
export function tr(key: MessageKey, params?: Params): string {
  return current(key, params);
}
