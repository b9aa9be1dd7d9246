// The Markdown pipeline, loaded on first use: loading it (markdown-it, highlight.js with its
// languages, DOMPurify) costs a re-export that renders nothing more than the rest of its work.
import type { renderMarkdown as RenderMarkdown } from "../markdown/index.js";

/** Options of a render (as renderMarkdown takes them). */
export type RenderOptions = NonNullable<Parameters<typeof RenderMarkdown>[1]>;

let loading: Promise<typeof RenderMarkdown> | undefined;

/** renderMarkdown, once its module is loaded. */
export function loadRenderer(): Promise<typeof RenderMarkdown> {
  loading ??= import("../markdown/index.js").then((m) => m.renderMarkdown);
  return loading;
}

/** Renders a Markdown body to the pipeline's HTML (loading the pipeline first when needed). */
export async function renderBody(markdown: string, options: RenderOptions = {}): Promise<string> {
  return (await loadRenderer())(markdown, options).html;
}
