// Markdown body → sanitised HTML and the source line of each top-level block.
import { createMarkdownIt } from "./create-markdown-it.js";
import { sanitizeOwnMarkup } from "./fast-sanitize.js";
import { takeLineMarks } from "./line-marks.js";
import { pendingLanguagesOf } from "./pending-languages.js";
import { hasRawHtml } from "./raw-html.js";
import type { Env, MarkdownIt, Token } from "markdown-it";
import type { VerticalEnv } from "./tate-chu-yoko.js";

/** Sanitises HTML: a DOMPurify instance bound to some window, configured by SANITIZE_CONFIG and installSanitizeHooks. */
export type Sanitize = (html: string) => string;

/** A rendered post body. */
export interface Rendered {
  /** Sanitised HTML, to be placed inside an element with the class `tsuzuri-content`. */
  html: string;
  /** blockLines[i] is the 0-based source line (in the body) of the i-th top-level element of `html`. */
  blockLines: number[];
  /**
   * Languages of fenced code shown as plain text because they are not loaded yet (browser only; absent
   * when none): load them with loadLanguages and render again to get the highlighted HTML.
   */
  pendingLanguages?: string[];
}

/** How a body is rendered. */
export interface RenderOptions {
  /** For vertical text (縦書き): short numbers and marks are set upright (tate-chu-yoko.ts). */
  vertical?: boolean;
}

/** Raw HTML whose sanitised form may still change when parsed again (tables, foreign content, forms). */
const REPARSED = /<(?:table|tr|td|th|math|svg|select|option|form|template|li|dd|dt)\b/i;

/**
 * DOMPurify's result, sanitised again while it still changes (at most twice more): HTML that parses to
 * another tree when read back (a table inside a paragraph, a table in MathML) is how mutation XSS
 * starts, so what the preview and exports get is a fixed point of the sanitiser.
 */
function settled(sanitize: Sanitize, html: string): string {
  let out = sanitize(html);
  if (!REPARSED.test(out)) return out;
  for (let i = 0; i < 2; i++) {
    const again = sanitize(out);
    if (again === out) break;
    out = again;
  }
  return out;
}

/**
 * A function that renders a Markdown body with Tsuzuri's pipeline and sanitises the result. A body
 * without raw HTML takes the fast path (fast-sanitize.ts: the URL rules applied to markdown-it's own
 * markup, no DOM); any other body, or markup the fast path does not recognise, goes through `sanitize`.
 * The decision depends on the body alone, so the same body gives the same result in the browser and in
 * Node when both sanitise with DOMPurify, SANITIZE_CONFIG and installSanitizeHooks.
 */
export function createMarkdownRenderer(sanitize: Sanitize): (markdownBody: string, options?: RenderOptions) => Rendered {
  const md = createMarkdownIt("full");
  return (markdownBody, options = {}) => renderWith(md, sanitize, markdownBody, renderEnv(options)).rendered;
}

/** A fresh markdown-it env for rendering with `options`. */
export function renderEnv(options: RenderOptions): Env {
  return options.vertical ? ({ verticalText: true } satisfies VerticalEnv) : {};
}

/** One render of `body` with `md` and the markdown-it `env` given (which the plugins fill), and its tokens. */
export function renderWith(
  md: MarkdownIt,
  sanitize: Sanitize,
  body: string,
  env: Env,
): { rendered: Rendered; tokens: Token[]; rawHtml: boolean } {
  const tokens = md.parse(body, env);
  const html = md.renderer.render(tokens, md.options, env);
  const rawHtml = hasRawHtml(tokens);
  const fast = rawHtml ? null : sanitizeOwnMarkup(html);
  const rendered: Rendered = takeLineMarks(fast ?? settled(sanitize, html));
  const pending = pendingLanguagesOf(env);
  if (pending) rendered.pendingLanguages = pending;
  return { rendered, tokens, rawHtml };
}
