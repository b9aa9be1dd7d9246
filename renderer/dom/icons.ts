// The few line icons of the UI, drawn as inline SVG (stroke follows currentColor).

const PATHS = {
  plus: "M12 5v14M5 12h14",
  settings: "M4 6h9M17 6h3M4 12h3M11 12h9M4 18h11M19 18h1M15 4v4M9 10v4M17 16v4",
  editor: "M4 5h16M4 10h16M4 15h10M4 20h7",
  split: "M4 5h16v14H4zM12 5v14",
  preview: "M2 12s3.6-7 10-7 10 7 10 7-3.6 7-10 7S2 12 2 12zM12 9a3 3 0 1 0 0 6 3 3 0 0 0 0-6z",
  trash: "M4 7h16M10 11v6M14 11v6M6 7l1 13h10l1-13M9 7V4h6v3",
  alert: "M12 8v5M12 16.5v.5M10.3 3.9 2.4 18a2 2 0 0 0 1.7 3h15.8a2 2 0 0 0 1.7-3L13.7 3.9a2 2 0 0 0-3.4 0z",
  retry: "M20 11a8 8 0 1 0-2.3 5.7M20 4v7h-7",
  tag: "M3.5 12.5V4.5a1 1 0 0 1 1-1h8l8.5 8.5-9 9zM8 8h.01",
  search: "M10.5 4a6.5 6.5 0 1 0 0 13 6.5 6.5 0 0 0 0-13zM20 20l-4.8-4.8",
  x: "M7 7l10 10M17 7 7 17",
  more: "M5.5 12h.01M12 12h.01M18.5 12h.01",
  calendar: "M4.5 6h15v14h-15zM4.5 10.5h15M8.5 3.5v4M15.5 3.5v4",
  chevron: "M9.5 6.5 15 12l-5.5 5.5",
  outline: "M4 6h10M8 11h12M8 16h9M4 21h10",
  sidebar: "M4 5h16v14H4zM9.5 5v14",
  focus: "M4 9V4h5M15 4h5v5M20 15v5h-5M9 20H4v-5",
} as const;

/** Names of the icons. */
export type IconName = keyof typeof PATHS;

/** An icon element, hidden from assistive technology (its button carries the name). */
export function icon(name: IconName): SVGSVGElement {
  const ns = "http://www.w3.org/2000/svg";
  const svg = document.createElementNS(ns, "svg");
  svg.setAttribute("viewBox", "0 0 24 24");
  svg.setAttribute("aria-hidden", "true");
  svg.setAttribute("focusable", "false");
  svg.setAttribute("class", "icon");
  const path = document.createElementNS(ns, "path");
  path.setAttribute("d", PATHS[name]);
  svg.append(path);
  return svg;
}
