// The rules of the sanitiser that an allow-list cannot express: which URLs links and images may keep,
// rel on links to the web, the disabled task-list checkbox as the only <input>, and the renderer's line
// marks. Installed on a DOMPurify instance of any window (the page's, or jsdom's).
import { EXTERNAL_LINK_REL, LINE_ATTR, LINE_MARK_TAG } from "./constants.js";
import { allowedImageSrc, allowedLinkHref, isWebUrl } from "./url-policy.js";

/** What the hooks use of a DOM element (core/common has no DOM types). */
interface HookElement {
  readonly nodeName: string;
  getAttribute(name: string): string | null;
  setAttribute(name: string, value: string): void;
  remove(): void;
}

/** The event DOMPurify passes to an `uponSanitizeAttribute` hook. */
interface AttributeEvent {
  attrName: string;
  attrValue: string;
  keepAttr: boolean;
  forceKeepAttr?: boolean;
}

/** The part of a DOMPurify instance the hooks need. */
export interface HookHost {
  // The hook arguments are DOM nodes, which core/common cannot name; DOMPurify's own types fit here.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  addHook(name: string, fn: (node: any, data?: any) => void): void;
}

const installed = new WeakSet<object>();

/** Adds Tsuzuri's URL, checkbox and line-mark rules to a DOMPurify instance (once; later calls do nothing). */
export function installSanitizeHooks(purify: HookHost): void {
  if (installed.has(purify)) return;
  installed.add(purify);
  purify.addHook("beforeSanitizeElements", dropClobberedForm);
  purify.addHook("uponSanitizeElement", onElement);
  purify.addHook("uponSanitizeAttribute", onAttribute);
  purify.addHook("afterSanitizeAttributes", afterAttributes);
}

function tagOf(node: HookElement): string {
  return typeof node.nodeName === "string" ? node.nodeName.toLowerCase() : "";
}

/**
 * A property of a DOM node read from its prototype chain, never from the node itself: a <form> exposes its
 * named controls as properties that shadow its own (DOM clobbering), and browsers and jsdom differ there.
 */
function fromPrototype(node: object, name: string): unknown {
  for (
    let proto: object | null = Object.getPrototypeOf(node) as object | null;
    proto;
    proto = Object.getPrototypeOf(proto) as object | null
  ) {
    const descriptor = Object.getOwnPropertyDescriptor(proto, name);
    if (descriptor) return descriptor.get ? (descriptor.get.call(node) as unknown) : descriptor.value;
  }
  return undefined;
}

/** Calls the prototype's method `name` on `node`. */
function callFromPrototype(node: object, name: string, ...args: unknown[]): unknown {
  const method = fromPrototype(node, name);
  return typeof method === "function" ? (method as (...a: unknown[]) => unknown).apply(node, args) : undefined;
}

/**
 * A form holding a control named (or with an id) after one of the form's own properties goes whole, with
 * its content. DOMPurify drops such a "clobbered" form whole where the DOM lets names shadow properties
 * (browsers) and keeps its content where it does not (jsdom); deciding before DOMPurify looks makes the
 * preview and the export agree.
 */
function dropClobberedForm(node: unknown): void {
  if (typeof node !== "object" || node === null || fromPrototype(node, "nodeName") !== "FORM") return;
  const named = callFromPrototype(node, "querySelectorAll", "[name], [id]") as ArrayLike<object> | undefined;
  const form = Object.getPrototypeOf(node) as object;
  for (const control of Array.from(named ?? [])) {
    for (const attr of ["name", "id"]) {
      const value = callFromPrototype(control, "getAttribute", attr);
      if (typeof value === "string" && value in form) {
        callFromPrototype(node, "remove");
        return;
      }
    }
  }
}

/** Only a checkbox may stay an <input>; any other input goes, with whatever it holds. */
function onElement(node: HookElement): void {
  if (tagOf(node) === "input" && node.getAttribute("type")?.trim().toLowerCase() !== "checkbox") node.remove();
}

function onAttribute(node: HookElement, event: AttributeEvent): void {
  const tag = tagOf(node);
  const name = event.attrName;
  if (name === LINE_ATTR) {
    if (/^\d+$/.test(event.attrValue)) event.forceKeepAttr = true;
    return;
  }
  if (tag === LINE_MARK_TAG) {
    event.keepAttr = false;
    return;
  }
  if (name !== "href" && name !== "src") return;
  const allowed =
    name === "href" ? (tag === "a" ? allowedLinkHref(event.attrValue) : null) : tag === "img" ? allowedImageSrc(event.attrValue) : null;
  if (allowed === null) event.keepAttr = false;
  else event.attrValue = allowed;
}

function afterAttributes(node: HookElement): void {
  const tag = tagOf(node);
  if (tag === "a") {
    const href = node.getAttribute("href");
    if (href !== null && isWebUrl(href)) node.setAttribute("rel", EXTERNAL_LINK_REL);
  } else if (tag === "input") {
    node.setAttribute("type", "checkbox");
    node.setAttribute("disabled", "");
  }
}
