// Checking option values commands share (ports, choices); a bad value is a UsageError.
import { UsageError } from "./command.js";

/** A TCP port 0..65535 (0 = any free port). */
export function parsePort(raw: string, option = "--port"): number {
  if (!/^\d{1,5}$/.test(raw) || Number(raw) > 65535) throw new UsageError(`${option} must be a port number from 0 to 65535, not "${raw}"`);
  return Number(raw);
}

/** One of `choices`. */
export function parseChoice<T extends string>(raw: string, choices: readonly T[], option: string): T {
  if (!(choices as readonly string[]).includes(raw)) throw new UsageError(`${option} must be ${choices.join(" or ")}, not "${raw}"`);
  return raw as T;
}

/** A non-empty value (e.g. a folder). */
export function parseNonEmpty(raw: string, option: string): string {
  if (raw.trim() === "") throw new UsageError(`${option} needs a value`);
  return raw;
}
