// Links written in a site generator's template language: Jekyll `{% post_url 2019-07-24-x %}` and
// `{% link _posts/x.md %}`, Hugo `{{< ref "x.md" >}}` and `{{< relref "x" >}}` (also with `%`).
import { mapProse } from "./markdown-scan.js";

/** What a template link names: a Jekyll post by its file stem, or a file (Jekyll link, Hugo ref). */
export type SiteRef = { kind: "post_url"; target: string } | { kind: "link" | "ref" | "relref"; target: string };

const JEKYLL = /\{%-?\s*(post_url|link)\s+([^\s%]+)\s*-?%\}/g;
const HUGO = /\{\{[<%]\s*(ref|relref)\s+"([^"]+)"\s*[>%]\}\}/g;

/**
 * `body` with each template link replaced by the URL `resolve` gives for it; one it cannot resolve
 * (null) is left as written. Only prose is looked at (not code).
 */
export function replaceSiteRefs(body: string, resolve: (ref: SiteRef) => string | null): string {
  if (!body.includes("{%") && !body.includes("{{")) return body;
  return mapProse(body, (text) =>
    text
      .replace(JEKYLL, (all, kind: string, target: string) => resolve({ kind: kind === "post_url" ? "post_url" : "link", target }) ?? all)
      .replace(HUGO, (all, kind: string, target: string) => resolve({ kind: kind === "relref" ? "relref" : "ref", target }) ?? all),
  );
}

const SITE_URL = /\{\{-?\s*site\.(?:baseurl|url)\s*-?\}\}/g;

/** `body` without Jekyll's `{{ site.baseurl }}` / `{{ site.url }}` (they start site-absolute links: "/assets/x.png" is left). */
export function stripSiteUrlVariables(body: string): string {
  return body.includes("{{") ? mapProse(body, (text) => text.replace(SITE_URL, "")) : body;
}
