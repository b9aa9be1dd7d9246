// Which URLs a link or an image may keep. Pure string rules, applied by the sanitiser's hooks to the
// attribute values the HTML parser produced (entities are already decoded there).
import { IMAGE_DATA_TYPES, IMAGE_SCHEMES, LINK_SCHEMES } from "./constants.js";

const SCHEME = /^([a-zA-Z][a-zA-Z0-9+.-]*):/;
/** What the URL parser ignores: leading and trailing C0 controls and spaces, and tabs and newlines anywhere. */
const EDGE_CONTROLS = /^[\u0000-\u0020]+|[\u0000-\u0020]+$/g;
const TABS_AND_NEWLINES = /[\t\n\r]/g;
/** Two slashes (or backslashes, which browsers read as slashes) at the start: "//host/…". */
const PROTOCOL_RELATIVE = /^[/\\]{2}/;
const DATA_IMAGE = new RegExp(`^data:(?:${IMAGE_DATA_TYPES.map((t) => t.replace(/[+/]/g, "\\$&")).join("|")})[;,]`, "i");

/** The href a link may keep (possibly rewritten), or null when the attribute must go. */
export function allowedLinkHref(value: string): string | null {
  return allowedUrl(value, LINK_SCHEMES, false);
}

/** The src an image may keep (possibly rewritten), or null when the attribute must go. */
export function allowedImageSrc(value: string): string | null {
  return allowedUrl(value, IMAGE_SCHEMES, true);
}

/** True for an absolute http(s) URL: a link that leaves the journal for the web. */
export function isWebUrl(value: string): boolean {
  const scheme = SCHEME.exec(parsedForm(value))?.[1]?.toLowerCase();
  return scheme === "http" || scheme === "https";
}

/**
 * The rule shared by links and images. A scheme must be listed (or, for images, be a data: image);
 * "//host/…" means https; a relative URL must not have a ":" before its first "/", "?" or "#", since
 * that is how obfuscated schemes ("jav&#x09;ascript:", "java\0script:") look once they get here.
 */
function allowedUrl(value: string, schemes: readonly string[], dataImages: boolean): string | null {
  const trimmed = value.replace(EDGE_CONTROLS, "");
  const parsed = parsedForm(trimmed);
  if (PROTOCOL_RELATIVE.test(parsed)) {
    return schemes.includes("https") ? `https://${parsed.replace(/^[/\\]+/, "")}` : null;
  }
  const scheme = SCHEME.exec(parsed)?.[1]?.toLowerCase();
  if (scheme !== undefined) {
    if (schemes.includes(scheme)) return trimmed;
    return dataImages && DATA_IMAGE.test(parsed) ? trimmed : null;
  }
  const colon = parsed.indexOf(":");
  if (colon >= 0 && !/[/?#]/.test(parsed.slice(0, colon))) return null;
  return trimmed;
}

/** The string as the URL parser sees it. */
function parsedForm(value: string): string {
  return value.replace(EDGE_CONTROLS, "").replace(TABS_AND_NEWLINES, "");
}
