// A small seeded random generator for the search tests (deterministic runs).

/** Random numbers in [0, 1) from `seed` (an LCG: good enough to pick test data). */
export function seeded(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32;
}

/** A random element of `xs`. */
export const pickFrom = <T>(rnd: () => number, xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)] as T;
