// The shape of one entry of the XSS corpus (xss-corpus.ts and xss-corpus-*.ts).

/** A named attack: the Markdown a post body would contain. */
export interface Vector {
  name: string;
  markdown: string;
}

/** Entries written as [name, markdown] pairs, each name prefixed with the set it belongs to. */
export function vectors(set: string, pairs: readonly (readonly [string, string])[]): Vector[] {
  return pairs.map(([name, markdown]) => ({ name: `${set}: ${name}`, markdown }));
}
