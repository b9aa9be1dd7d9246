// The languages a render showed as plain text because they were not loaded yet: collected in the
// markdown-it env by the fence rule, handed to the caller with the result so it can load them
// (loadLanguages) and render again.

const KEY = "tsuzuriPendingLanguages";

/** Records in the render's env that a fence of `language` was shown before its language was loaded. */
export function notePendingLanguage(env: unknown, language: string): void {
  if (typeof env !== "object" || env === null) return;
  const holder = env as Record<string, unknown>;
  const set = holder[KEY] instanceof Set ? (holder[KEY] as Set<string>) : new Set<string>();
  set.add(language);
  holder[KEY] = set;
}

/** The languages recorded in `env`, or undefined when there were none. */
export function pendingLanguagesOf(env: unknown): string[] | undefined {
  const set = (env as Record<string, unknown> | null)?.[KEY];
  return set instanceof Set && set.size > 0 ? [...(set as Set<string>)] : undefined;
}
