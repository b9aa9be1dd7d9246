// The Markdown pipeline, loaded on first use: loading it (markdown-it and its plugins, highlight.js)
// costs a re-export that renders nothing more than the rest of its work. Code languages are loaded
// as bodies name them (render-loading.ts), so a re-export of one post does not load thirty.
import type { Rendered, RenderOptions as PipelineOptions } from "../../common/markdown/index.js";

/** Options of a render (as the pipeline takes them). */
export type RenderOptions = PipelineOptions;

/** Renders a body to the pipeline's HTML, loading the code languages it needs first. */
type Render = (markdown: string, options?: RenderOptions) => Promise<Rendered>;

let loading: Promise<Render> | undefined;

/** The pipeline's render, once its module is loaded. */
export function loadRenderer(): Promise<Render> {
  loading ??= import("../markdown/render-loading.js").then((m) => m.renderLoadingLanguages);
  return loading;
}

/** Renders a Markdown body to the pipeline's HTML (loading the pipeline first when needed). */
export async function renderBody(markdown: string, options: RenderOptions = {}): Promise<string> {
  return (await (await loadRenderer())(markdown, options)).html;
}
