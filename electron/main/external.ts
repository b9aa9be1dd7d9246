// Opening links in the system's browser or mail program: only http, https and mailto.
import { shell } from "electron";
import { EXTERNAL_SCHEMES } from "./constants.js";

/** True for a URL the system may open (http:, https:, mailto:). */
export function isExternalUrl(url: string): boolean {
  try {
    return EXTERNAL_SCHEMES.has(new URL(url).protocol);
  } catch {
    return false;
  }
}

/** Opens `url` outside the app if it is a web or mail link; false otherwise. */
export async function openExternal(url: string): Promise<boolean> {
  if (!isExternalUrl(url)) return false;
  await shell.openExternal(url);
  return true;
}
