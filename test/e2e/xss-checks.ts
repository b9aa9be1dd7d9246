// What the XSS e2e test watches in Chromium: dialogs, new windows, navigations and requests of a browser
// context; a trap for script execution; and an inspection of a document for anything that could run,
// load or navigate (run inside the page, so it sees the DOM the browser built, not the HTML string).
import type { BrowserContext, Frame, Page } from "playwright";

/** Everything a context reported that an inert post must never cause. */
export interface Watch {
  dialogs: string[];
  popups: string[];
  navigations: string[];
  /** Requests: resource type, URL, and the URL of the frame that made it. */
  requests: { type: string; url: string; from: string }[];
}

/**
 * Watches `context`: records dialogs (dismissed), new pages, frame navigations and every request; aborts
 * requests `allowed` refuses so that nothing leaves the machine. Installs the execution trap in every page.
 */
export async function watchContext(context: BrowserContext, allowed: (url: URL) => boolean): Promise<Watch> {
  const watch: Watch = { dialogs: [], popups: [], navigations: [], requests: [] };
  await context.addInitScript(() => {
    const w = window as unknown as Record<string, unknown>;
    for (const name of ["alert", "confirm", "prompt", "print", "open"]) {
      const original = w[name] as (...args: unknown[]) => unknown;
      w[name] = (...args: unknown[]) => {
        w.__pwned = `${name}(${String(args[0])})`;
        return typeof original === "function" && name !== "open" ? original.apply(window, args) : null;
      };
    }
  });
  await context.route("**/*", (route) => {
    let url: URL | null = null;
    try {
      url = new URL(route.request().url());
    } catch {
      url = null;
    }
    return url && allowed(url) ? route.continue() : route.abort("blockedbyclient");
  });
  context.on("request", (req) => {
    let from = "";
    try {
      from = req.frame().url();
    } catch {
      from = "(no frame)";
    }
    watch.requests.push({ type: req.resourceType(), url: req.url(), from });
  });
  context.on("page", (page) => watchPage(page, watch));
  for (const page of context.pages()) watchPage(page, watch);
  return watch;
}

const watched = new WeakSet<Page>();

function watchPage(page: Page, watch: Watch): void {
  if (watched.has(page)) return;
  watched.add(page);
  page.on("popup", (p) => watch.popups.push(p.url()));
  page.on("dialog", (d) => {
    watch.dialogs.push(`${d.type()}: ${d.message()}`);
    void d.dismiss().catch(() => {});
  });
  page.on("framenavigated", (frame) => watch.navigations.push(frame.url()));
}

/** What ran in `frame`: the trap's record or a title set to "pwned"; null when nothing did. */
export async function ranIn(frame: Frame): Promise<string | null> {
  return frame
    .evaluate(() => {
      const value = (window as unknown as { __pwned?: unknown }).__pwned;
      // An element with id "__pwned" shows up as window.__pwned (named access): that is clobbering, not a script.
      if (value !== undefined && (typeof value !== "object" || value === null)) return `window.__pwned = ${String(value)}`;
      return document.title === "pwned" ? "document.title = pwned" : null;
    })
    .catch((e: unknown) => `could not look (${(e as Error).message.split("\n")[0]})`);
}

/** The result of inspecting a document. */
export interface Inspection {
  /** What could run, load or navigate; empty when nothing. */
  found: string[];
  /** Elements looked at (so a test can tell it looked at the content). */
  elements: number;
  /** The src of every <img> (absolute), for telling requests for shown images from others. */
  images: string[];
}

/**
 * Inspects the elements under `selector` (the whole document when null) in `frame`. `page` means the
 * document is Tsuzuri's own template (an export page, the preview skeleton): its <head> may hold meta,
 * link and style. The app page itself is inspected with `app` (its own scripts and its preview frame are fine).
 */
export async function inspect(frame: Frame, selector: string | null, kind: "content" | "page" | "app"): Promise<Inspection> {
  return frame.evaluate(
    ([sel, k]) => {
      const root = sel ? document.querySelector(sel) : document.documentElement;
      if (!root) return { found: [`nothing matches ${sel}`], elements: 0, images: [] };
      const found: string[] = [];
      const never = [
        "iframe",
        "frame",
        "frameset",
        "object",
        "embed",
        "applet",
        "base",
        "form",
        "svg",
        "math",
        "template",
        "noscript",
        "xmp",
        "portal",
        "param",
        "area",
        "map",
      ];
      const headOnly = ["meta", "link", "style", "title"];
      const urlAttrs = [
        "action",
        "formaction",
        "xlink:href",
        "data",
        "poster",
        "background",
        "srcset",
        "ping",
        "srcdoc",
        "codebase",
        "dynsrc",
        "lowsrc",
      ];
      const badUrl = /^(?:javascript|vbscript|file|blob|intent|data):/i;
      const dataImage = /^data:image\/(?:png|jpeg|gif|webp|avif|svg\+xml)[;,]/i;
      const all = [root, ...Array.from(root.querySelectorAll("*"))];
      for (const el of all) {
        const tag = el.localName;
        const inHead = el.closest("head") !== null;
        if (k !== "app" && never.includes(tag)) found.push(`<${tag}>`);
        if (k === "app" && tag === "iframe" && el.getAttribute("title") !== "Preview") found.push("an iframe other than the preview");
        if (k === "app" && ["object", "embed", "frame", "base", "portal"].includes(tag)) found.push(`<${tag}>`);
        if (tag === "script" && (k !== "app" || !(el as HTMLScriptElement).src.startsWith(location.origin + "/")))
          found.push(`<script> ${(el as HTMLScriptElement).src}`);
        if (headOnly.includes(tag) && k !== "app" && !(k === "page" && inHead)) found.push(`<${tag}> outside the template's head`);
        if (tag === "meta" && el.hasAttribute("http-equiv") && el.getAttribute("http-equiv")?.toLowerCase() !== "content-security-policy")
          found.push(`meta http-equiv=${el.getAttribute("http-equiv")}`);
        if (tag === "input" && k !== "app" && !((el as HTMLInputElement).type === "checkbox" && (el as HTMLInputElement).disabled))
          found.push("an input that is not a disabled checkbox");
        // The app's own preview frame is filled through srcdoc; an export's head has an empty data: icon.
        const own =
          (k === "app" && tag === "iframe" && el.getAttribute("title") === "Preview") ||
          (k === "page" && inHead && tag === "link" && el.getAttribute("href") === "data:,");
        for (const attr of own ? [] : Array.from(el.attributes)) {
          const name = attr.name.toLowerCase();
          const value = attr.value.replace(/[\u0000-\u0020]/g, "");
          if (name.startsWith("on")) found.push(`${tag}[${name}]`);
          if (urlAttrs.includes(name)) found.push(`${tag}[${name}]`);
          if (name === "target" && k !== "app") found.push(`${tag}[target]`);
          if (name === "style" && k === "content") found.push(`${tag}[style]`);
          if ((name === "href" || name === "src") && badUrl.test(value) && !(tag === "img" && name === "src" && dataImage.test(value)))
            found.push(`${tag}[${name}=${attr.value.slice(0, 60)}]`);
        }
      }
      const images = Array.from(root.querySelectorAll("img"), (img) => img.src);
      return { found, elements: all.length, images };
    },
    [selector, kind] as const,
  );
}
