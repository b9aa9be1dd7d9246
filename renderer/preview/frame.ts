// The preview iframe. Sandboxed without allow-scripts, so nothing in a post can run; allow-same-origin
// lets the app (its parent) fill and read its document. The document is a fixed skeleton whose
// <main class="tsuzuri-content"> the app updates with sanitised HTML.
import { CONTENT_CSS } from "./constants.js";
import { h } from "../dom/index.js";
import { previewCsp } from "./csp.js";

const PREVIEW_CSS = "styles/preview.css";

const escapeAttr = (s: string) => s.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");

/** The preview iframe and its document. */
export class PreviewFrame {
  /** The iframe element (title "Preview"). */
  readonly iframe: HTMLIFrameElement;
  /** Resolves once the skeleton document has loaded. */
  readonly ready: Promise<void>;

  constructor(title: string, lang: string, theme: string, assetBase: URL) {
    const page = new URL(location.href);
    const css = new URL(CONTENT_CSS, page).href;
    const local = new URL(PREVIEW_CSS, page).href;
    const csp = previewCsp(assetBase, new URL(".", page));
    // No <base>: the app's policy (base-uri 'none') is inherited by this document. Relative URLs
    // of images are resolved against the post's folder by the renderer instead (see resolve-urls).
    const skeleton =
      `<!doctype html><html lang="${escapeAttr(lang)}" data-theme="${escapeAttr(theme)}"><head><meta charset="utf-8">` +
      `<meta http-equiv="Content-Security-Policy" content="${escapeAttr(csp)}">` +
      `<meta name="referrer" content="no-referrer">` +
      `<link rel="stylesheet" href="${escapeAttr(css)}"><link rel="stylesheet" href="${escapeAttr(local)}">` +
      `</head><body><article class="tsuzuri-preview"><header class="tsuzuri-preview-header"><h1 class="tsuzuri-preview-title"></h1></header>` +
      `<main class="tsuzuri-content"></main></article></body></html>`;
    this.iframe = h("iframe", { title, sandbox: "allow-same-origin", class: "preview-frame", tabindex: "0" });
    this.iframe.srcdoc = skeleton;
    this.ready = new Promise((resolve) => this.iframe.addEventListener("load", () => resolve(), { once: true }));
  }

  /** The preview's document, once loaded. */
  get document(): Document | null {
    return this.iframe.contentDocument;
  }

  /** The element holding the rendered post. */
  get main(): HTMLElement | null {
    return this.document?.querySelector<HTMLElement>("main.tsuzuri-content") ?? null;
  }

  /** The element that scrolls. */
  get scroller(): HTMLElement | null {
    return (this.document?.scrollingElement as HTMLElement | null) ?? null;
  }

  /** Shows the post's title above its body. */
  setTitle(title: string, fallback: string): void {
    const el = this.document?.querySelector(".tsuzuri-preview-title");
    if (!el) return;
    el.textContent = title || fallback;
    el.classList.toggle("is-untitled", !title);
  }

  /** Follows the app's theme ("light" or "dark"). */
  setTheme(theme: string): void {
    this.document?.documentElement.setAttribute("data-theme", theme);
  }
}
