// Escaping text for HTML and XML. Every value a template puts into a page goes through one of these.

const TEXT = /[&<>]/g;
const ATTR = /[&<>"]/g;
const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" };
/** Code points that are not allowed in HTML or XML text at all (C0 controls but tab/newline/CR, lone surrogates, U+FFFE/FFFF). */
const FORBIDDEN =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** `text` without characters no HTML or XML document may contain (they become U+FFFD). */
export function withoutForbidden(text: string): string {
  return text.replace(FORBIDDEN, "\uFFFD");
}

/** `text` as HTML text content (element content, not attributes). */
export function escapeHtml(text: string): string {
  return withoutForbidden(text).replace(TEXT, (c) => ENTITIES[c] ?? c);
}

/** `value` as a double-quoted HTML attribute value (every template quotes attributes with "). */
export function escapeAttr(value: string): string {
  return withoutForbidden(value).replace(ATTR, (c) => ENTITIES[c] ?? c);
}

/** `text` as XML character data or a double-quoted attribute value. */
export function escapeXml(text: string): string {
  return escapeAttr(text);
}
