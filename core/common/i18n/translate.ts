// Looking up and filling in messages.
import { en } from "./messages-en.js";
import { ja } from "./messages-ja.js";
import type { MessageKey } from "./keys.js";
import type { Lang, Message, Params } from "./types.js";

/** The whole catalog: every language, every key. */
export const catalog: Record<Lang, Record<MessageKey, Message>> = { en, ja };

/** The languages the UI speaks, the first being the fallback. */
export const LANGS: readonly Lang[] = ["en", "ja"];

const numberFormats = new Map<Lang, Intl.NumberFormat>();
const pluralRules = new Map<Lang, Intl.PluralRules>();

function formatNumber(lang: Lang, n: number): string {
  let f = numberFormats.get(lang);
  if (!f) numberFormats.set(lang, (f = new Intl.NumberFormat(lang)));
  return f.format(n);
}

function pick(lang: Lang, message: Message, params: Params | undefined): string {
  if (typeof message === "string") return message;
  const count = params?.count;
  if (typeof count !== "number") return message.other;
  let rules = pluralRules.get(lang);
  if (!rules) pluralRules.set(lang, (rules = new Intl.PluralRules(lang)));
  const form = rules.select(count);
  return (form === "one" ? message.one : undefined) ?? message.other;
}

/**
 * The message `key` in `lang`, with `{name}` placeholders replaced by `params` (numbers formatted
 * for the language, e.g. 1,234). Unknown placeholders are left as they are.
 */
export function t(lang: Lang, key: MessageKey, params?: Params): string {
  const message = catalog[lang][key] ?? catalog.en[key] ?? key;
  const text = pick(lang, message, params);
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    return typeof value === "number" ? formatNumber(lang, value) : value;
  });
}

/** A translator bound to one language. */
export interface Translator {
  (key: MessageKey, params?: Params): string;
  readonly lang: Lang;
}

/** Binds `t` to a language. */
export function createTranslator(lang: Lang): Translator {
  const tr = (key: MessageKey, params?: Params) => t(lang, key, params);
  return Object.assign(tr, { lang });
}
