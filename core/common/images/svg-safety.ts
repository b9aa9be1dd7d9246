// An SVG file is a document that can carry script. One is added to a journal only when nothing in it
// can run or fetch: no script or foreignObject, no event handler, no link that is not to the image
// itself, no entity declaration, no animation that sets a link or a handler. The check errs on the
// side of refusing: an SVG drawn by a drawing program passes, anything unusual does not.

const RULES: [RegExp, string][] = [
  [/<\s*([\w-]+:)?script[\s>/]/i, "a script"],
  [/<\s*([\w-]+:)?(foreignObject|iframe|embed|object|handler|listener)[\s>/]/i, "embedded content (foreignObject, iframe, embed, object)"],
  [/[\s"'/]on[a-z]+\s*=/i, "an event handler (on… attribute)"],
  [/<!ENTITY/i, "an entity declaration"],
  [/(javascript|vbscript)\s*:/i, "a script link"],
  [/\bhref\s*=\s*["']\s*[^#\s"']/i, "a link to another file or site"],
  [/attributeName\s*=\s*(["'])\s*([\w-]+:)?(href|on[a-z]+)/i, "an animation that changes a link or a handler"],
  [/@import|url\(\s*["']?\s*[^#\s"')]/i, "a style that loads another file"],
  [/<\?xml-stylesheet/i, "an external style sheet"],
];

/** Why the SVG text `svg` may not be added (a short phrase), or null when it is safe to add. */
export function svgProblem(svg: string): string | null {
  for (const [rule, why] of RULES) if (rule.test(svg)) return why;
  return null;
}
