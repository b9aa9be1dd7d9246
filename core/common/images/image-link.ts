// The Markdown that shows an image: the link from the post's folder to the image, encoded as a link
// destination needs it, and `![alt](link)` with the alt text escaped.
import { encodeLinkPath, relativeLink } from "../import/paths.js";

/** The link from post `postPath` to the journal file `assetPath`, ready to write in Markdown. */
export function imageLink(postPath: string, assetPath: string): string {
  return encodeLinkPath(relativeLink(postPath, assetPath)).replace(/#/g, "%23").replace(/\?/g, "%3F");
}

/** The alt text for an image file called `name`: its name without the extension (brackets escaped). */
export function imageAlt(name: string): string {
  const dot = name.lastIndexOf(".");
  return (dot > 0 ? name.slice(0, dot) : name)
    .replace(/[\r\n]+/g, " ")
    .replace(/[\\[\]]/g, "\\$&")
    .trim();
}

/** `![alt](link)`: `alt` already escaped (see imageAlt), `link` already encoded (see imageLink). */
export function imageMarkdown(alt: string, link: string): string {
  return `![${alt}](${link})`;
}
