// Turning UTF-16 code units back into a string, in chunks small enough for any engine's argument limit.

const CHUNK = 8192;

/** The string of the first `length` units of `codes`. */
export function stringOfCodes(codes: Uint16Array | readonly number[], length = codes.length): string {
  const units = codes instanceof Uint16Array ? codes : Uint16Array.from(codes);
  if (length <= CHUNK) return String.fromCharCode.apply(null, units.subarray(0, length) as unknown as number[]);
  const parts: string[] = [];
  for (let i = 0; i < length; i += CHUNK)
    parts.push(String.fromCharCode.apply(null, units.subarray(i, Math.min(length, i + CHUNK)) as unknown as number[]));
  return parts.join("");
}
