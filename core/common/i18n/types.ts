// Types of the message catalog.

/** A language of the UI. */
export type Lang = "en" | "ja";

/** A message: plain text, or plural forms chosen by the `count` parameter (Intl.PluralRules categories). */
export type Message = string | { one?: string; other: string };

/** Values substituted for `{name}` placeholders; numbers are formatted for the language (1,234). */
export type Params = Record<string, string | number>;
