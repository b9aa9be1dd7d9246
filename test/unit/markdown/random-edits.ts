// Random edits of a body, for the tests that compare an incremental result with a full recomputation.

/** A seeded pseudo-random number generator (values in [0, 1)), so a failure can be replayed. */
export function rng(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => (s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32;
}

/** `body` after one random edit: one of `snippets` inserted, or up to 12 characters deleted. */
export function randomEdit(body: string, r: () => number, snippets: readonly string[]): string {
  const at = Math.floor(r() * (body.length + 1));
  if (r() < 0.3 && body.length) return body.slice(0, at) + body.slice(Math.min(body.length, at + 1 + Math.floor(r() * 12)));
  return body.slice(0, at) + snippets[Math.floor(r() * snippets.length)] + body.slice(at);
}
