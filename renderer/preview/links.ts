// What a click on a link in the preview does. The preview never navigates: in-page anchors scroll,
// web links go to the system browser, links to other posts open them here, the rest is ignored.

/** What to do with a clicked link. */
export type LinkAction =
  { kind: "anchor"; id: string } | { kind: "external"; url: string } | { kind: "post"; path: string } | { kind: "none" };

/** Classifies the raw `href` of a link in the post at `postPath`. */
export function classifyLink(href: string, postPath: string): LinkAction {
  const raw = href.trim();
  if (raw.startsWith("#")) {
    let id = raw.slice(1);
    try {
      id = decodeURIComponent(id);
    } catch {
      // keep it as written
    }
    return id ? { kind: "anchor", id } : { kind: "none" };
  }
  if (/^(https?:|mailto:)/i.test(raw)) return { kind: "external", url: raw };
  if (/^[a-z][a-z0-9+.-]*:/i.test(raw) || raw.startsWith("//")) return { kind: "none" };
  let target: URL;
  try {
    // Resolve like a browser would, inside an imaginary root that stands for the journal folder.
    target = new URL(raw, "tsuzuri-journal:///" + postPath.split("/").map(encodeURIComponent).join("/"));
  } catch {
    return { kind: "none" };
  }
  let path: string;
  try {
    path = decodeURIComponent(target.pathname.replace(/^\/+/, ""));
  } catch {
    return { kind: "none" };
  }
  if (!/\.md$/i.test(path) || path.split("/").includes("..")) return { kind: "none" };
  return { kind: "post", path };
}

/** Handlers of link actions. */
export interface LinkHandlers {
  external(url: string): void;
  post(path: string): void;
}

/** Takes over link clicks in the preview document of the post `postPath()`. */
export function interceptLinks(doc: Document, postPath: () => string | null, handlers: LinkHandlers): void {
  const onClick = (e: MouseEvent) => {
    const target = e.target as Element | null;
    const a = target?.closest?.("a[href]");
    if (!a) return;
    e.preventDefault();
    if (e.type === "auxclick" && e.button !== 1) return;
    const action = classifyLink(a.getAttribute("href") ?? "", postPath() ?? "");
    if (action.kind === "anchor") {
      const el = doc.getElementById(action.id) ?? doc.getElementsByName(action.id)[0];
      el?.scrollIntoView({ block: "start" });
    } else if (action.kind === "external") handlers.external(action.url);
    else if (action.kind === "post") handlers.post(action.path);
  };
  doc.addEventListener("click", onClick);
  doc.addEventListener("auxclick", onClick);
}
