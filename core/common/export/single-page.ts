// One post as one self-contained HTML file: the stylesheet inline, images embedded as data: URLs,
// no links to pages that do not exist beside it.
import { exportBody, type TargetMap } from "./body-links.js";
import { SINGLE_FILE_CSP } from "./constants.js";
import { labelsFor } from "./labels.js";
import { renderPage } from "./templates/layout.js";
import { renderPostMain } from "./templates/post.js";

/** What a single-file export shows. */
export interface SinglePostInput {
  /** Journal path of the post. */
  path: string;
  title: string;
  date: string | null;
  lang: string;
  excerpt: string;
  tags: string[];
  /** The whole stylesheet (content.css and site.css). */
  css: string;
  /** Journal files the body points at: images as { url: "data:…" }, everything else null. */
  targets: TargetMap;
}

/** The HTML file of one post, with its rendered body `bodyHtml` (the pipeline's HTML). */
export function renderSinglePost(input: SinglePostInput, bodyHtml: string): string {
  const labels = labelsFor(input.lang);
  const main = renderPostMain(
    {
      title: input.title,
      date: input.date,
      lang: input.lang,
      tags: input.tags.map((tag) => ({ tag, href: null })),
      bodyHtml: exportBody(bodyHtml, input.path, input.path, input.targets),
    },
    input.lang,
    labels,
  );
  return renderPage({
    lang: input.lang,
    title: input.title,
    ...(input.excerpt ? { description: input.excerpt } : {}),
    csp: SINGLE_FILE_CSP,
    style: { inline: input.css },
    labels,
    main,
  });
}
