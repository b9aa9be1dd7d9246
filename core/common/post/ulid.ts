// ULIDs: 26-character, time-ordered ids (48-bit millisecond time + 80 random bits, Crockford base 32).
// Pure: the caller supplies random bytes (core/common has no crypto of its own).

const ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
const TIME_MAX = 2 ** 48 - 1;

/** Fills a new array of `n` random bytes (a cryptographic source, e.g. crypto.getRandomValues). */
export type RandomBytes = (n: number) => Uint8Array;

/** The ULID of time `timeMs` with the 80 random bits of `random` (10 bytes). */
export function encodeUlid(timeMs: number, random: Uint8Array): string {
  if (!Number.isInteger(timeMs) || timeMs < 0 || timeMs > TIME_MAX) throw new RangeError(`ULID time out of range: ${timeMs}`);
  if (random.length < 10) throw new RangeError("a ULID needs 10 random bytes");
  let time = "";
  for (let t = timeMs, i = 0; i < 10; i++, t = Math.floor(t / 32)) time = ALPHABET.charAt(t % 32) + time;
  return time + randomPart(random);
}

function randomPart(bytes: Uint8Array): string {
  // 80 bits → 16 digits of 5 bits, most significant first.
  let out = "";
  let acc = 0;
  let bits = 0;
  for (let i = 0; i < 10; i++) {
    acc = (acc << 8) | (bytes[i] ?? 0);
    bits += 8;
    while (bits >= 5) {
      bits -= 5;
      out += ALPHABET.charAt((acc >> bits) & 31);
    }
    acc &= (1 << bits) - 1;
  }
  return out;
}

/** True for a well-formed ULID (any case). */
export function isUlid(s: string): boolean {
  return /^[0-7][0-9A-HJKMNP-TV-Z]{25}$/i.test(s);
}

/**
 * A ULID generator that stays strictly increasing: within one millisecond (or if the clock goes
 * back) it increments the previous random part instead of drawing a new one; should that part
 * overflow, it moves on to the next millisecond.
 */
export function createUlidGenerator(randomBytes: RandomBytes, now: () => number = Date.now): () => string {
  let lastTime = -1;
  let last = "";
  return () => {
    const t = now();
    if (t > lastTime) {
      lastTime = t;
      last = encodeUlid(t, randomBytes(10));
    } else {
      const next = increment(last.slice(10));
      if (next !== null) last = last.slice(0, 10) + next;
      else last = encodeUlid(++lastTime, randomBytes(10));
    }
    return last;
  };
}

function increment(digits: string): string | null {
  const chars = digits.split("");
  for (let i = chars.length - 1; i >= 0; i--) {
    const v = ALPHABET.indexOf(chars[i] ?? "0");
    if (v < 31) {
      chars[i] = ALPHABET.charAt(v + 1);
      return chars.join("");
    }
    chars[i] = "0";
  }
  return null;
}
