// Whether a path exists, without throwing.
import { access } from "node:fs/promises";

/** True when something (file or folder) is at `abs`. */
export async function exists(abs: string): Promise<boolean> {
  try {
    await access(abs);
    return true;
  } catch {
    return false;
  }
}
