// Writing the Atom documents Tsuzuri sends: a blog entry (for POST and PUT) and a Fotolife upload.
import { NS } from "./constants.js";
import { escapeXml } from "./xml.js";

/** What an entry sent to the blog says. */
export interface OutgoingEntry {
  title: string;
  /** The body as sent: Markdown without front matter, local images replaced by their Fotolife URLs. */
  body: string;
  categories: readonly string[];
  /** The public date (ISO 8601 with offset); null leaves it to the blog (now, for a new entry). */
  updated: string | null;
  draft: boolean;
  /** The entry's author: the Hatena ID. */
  author: string;
}

/** The XML of `entry`. The blog reads the content in its own syntax setting, whatever type says. */
export function entryXml(entry: OutgoingEntry): string {
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<entry xmlns="${NS.atom}" xmlns:app="${NS.app}">`,
    `  <title>${escapeXml(entry.title)}</title>`,
    `  <author><name>${escapeXml(entry.author)}</name></author>`,
    `  <content type="text/plain">${escapeXml(entry.body)}</content>`,
  ];
  if (entry.updated !== null) lines.push(`  <updated>${escapeXml(entry.updated)}</updated>`);
  for (const term of entry.categories) lines.push(`  <category term="${escapeXml(term)}" />`);
  lines.push(`  <app:control>`, `    <app:draft>${entry.draft ? "yes" : "no"}</app:draft>`, `  </app:control>`, `</entry>`, "");
  return lines.join("\n");
}

/** The Atom 0.3 entry Fotolife takes for an upload: the image base64-encoded, into `folder`. */
export function fotolifeXml(image: { title: string; type: string; bytes: Uint8Array; folder: string }): string {
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<entry xmlns="${NS.atom03}" xmlns:dc="${NS.dc}">`,
    `  <title>${escapeXml(image.title)}</title>`,
    `  <content mode="base64" type="${escapeXml(image.type)}">${Buffer.from(image.bytes).toString("base64")}</content>`,
    `  <dc:subject>${escapeXml(image.folder)}</dc:subject>`,
    `  <generator>Tsuzuri</generator>`,
    `</entry>`,
    "",
  ].join("\n");
}
