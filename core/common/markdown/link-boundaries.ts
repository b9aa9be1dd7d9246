// Auto-detected links (linkify) stop where Japanese text begins: "詳細はhttps://example.com/を参照"
// links only "https://example.com/". linkify-it alone would take any letter as part of a host or path.
import type { MarkdownIt } from "markdown-it";
import { urlStopIndex } from "./cjk.js";

type Linkify = MarkdownIt["linkify"];
type LinkMatch = NonNullable<ReturnType<Linkify["matchAtStart"]>>;

/** Punctuation that linkify-it never ends a link with; after a cut it is the end of the link's text. */
const TRAILING_PUNCTUATION = /[.,:;!?'"]+$/;
const WEB_LINK = /^https?:\/\/[^/?#\s]+/i;
const EMAIL = /^(?:mailto:)?[^@\s]+@[^@\s.]+(?:\.[^@\s.]+)+$/i;

/** Makes `md`'s linkify recognise only web links and e-mail addresses, and stop links at CJK characters. */
export function useLinkBoundaries(md: MarkdownIt): void {
  const linkify = md.linkify;
  // Fuzzy links ("example.com") would turn "README.md" and "socket.io" in running text into links.
  linkify.set({ fuzzyLink: false, fuzzyEmail: true, fuzzyIP: false });
  linkify.add("ftp:", null).add("//", null);

  const match = linkify.match.bind(linkify);
  const matchAtStart = linkify.matchAtStart.bind(linkify);
  linkify.match = (text) => {
    const found = match(text);
    return found && found.flatMap((m) => cutAtCjk(linkify, m) ?? []);
  };
  linkify.matchAtStart = (text) => {
    const found = matchAtStart(text);
    return found && cutAtCjk(linkify, found);
  };
}

/** The match cut before its first CJK character, or null when too little of a link is left. */
function cutAtCjk(linkify: Linkify, m: LinkMatch): LinkMatch | null {
  const stop = urlStopIndex(m.raw);
  if (stop < 0) return m;
  const raw = m.raw.slice(0, stop).replace(TRAILING_PUNCTUATION, "");
  const complete = m.schema === "mailto:" ? EMAIL.test(raw) : WEB_LINK.test(raw);
  if (!complete) return null;
  m.lastIndex = m.index + raw.length;
  m.raw = m.text = m.url = raw;
  linkify.normalize(m);
  return m;
}
