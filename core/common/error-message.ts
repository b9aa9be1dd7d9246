// Errors for people, in every layer.

/** The message of a thrown value, for people. */
export function messageOf(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
