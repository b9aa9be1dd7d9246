// Where a payload can sit in a post: in the body as it is, and in the Markdown constructs that carry
// text into attributes or special markup (image alt, link, footnote, code-fence info, heading); and in
// the post's title, its tags and its file name. Shared by the unit placement test and the e2e test.

/** The places inside a post body. */
export const BODY_PLACES = ["body", "image alt", "link", "footnote", "code-fence info", "heading"] as const;
/** The places outside the body. */
export const META_PLACES = ["title", "tags", "file name"] as const;

export type BodyPlace = (typeof BODY_PLACES)[number];

/** The payload on one line (constructs such as headings and fence info strings end at a newline). */
export function oneLine(payload: string): string {
  return payload.replace(/\r\n?|\n/g, " ");
}

/** The Markdown that puts `payload` at `place` in a body. */
export function placeInBody(payload: string, place: BodyPlace): string {
  const line = oneLine(payload);
  switch (place) {
    case "body":
      return payload;
    case "image alt":
      return `![${line}](a.png) ![${line}](a.png "${line}")`;
    case "link":
      return `[${line}](${line}) [text](https://example.com/ "${line}") [ref][r-${line.length}]\n\n[r-${line.length}]: ${line}`;
    case "footnote":
      return `本文[^n${line.length}]\n\n[^n${line.length}]: ${payload.replace(/\n/g, "\n    ")}`;
    case "code-fence info": {
      const fence = line.includes("`") ? "~~~" : "```";
      return `${fence}${line}\nlet a = 1;\n${fence}`;
    }
    case "heading":
      return `# ${line}\n\n## 見出し ${line}`;
  }
}

/** A body holding each payload at `place`, separated by paragraphs of plain text so each starts afresh. */
export function bodyWith(payloads: readonly string[], place: BodyPlace): string {
  return payloads.map((p, i) => `${placeInBody(p, place)}\n\n段落 ${i}\n`).join("\n");
}

/** The payload as a tag: one line, trimmed, never empty. */
export function asTag(payload: string): string {
  return oneLine(payload).trim() || "tag";
}

/** Bytes a file-name segment may take (255 is the usual limit; room is left for a prefix and ".md"). */
const SEGMENT_BYTES = 200;

/**
 * The payload as a file-name segment: "/" and NUL (which a Linux file name cannot hold) and "\\" (which
 * the app's operations refuse in a journal path, as Windows reads it as a separator) replaced, a leading
 * dot replaced (dot-files are skipped), cut to SEGMENT_BYTES bytes of UTF-8.
 */
export function asFileSegment(payload: string): string {
  let s = oneLine(payload)
    .replace(/[/\\\0]/g, "_")
    .replace(/^\./, "_");
  while (new TextEncoder().encode(s).length > SEGMENT_BYTES) s = s.slice(0, -1);
  return s || "_";
}

/**
 * A journal path under posts/ whose folders and file name carry every payload of `payloads`, packed
 * into segments of at most SEGMENT_BYTES bytes: posts/2024/<seg>/<seg>/2024-01-01-<seg>.md.
 */
export function postPathCarrying(payloads: readonly string[], prefix: string): string {
  const segments: string[] = [];
  let current = "";
  for (const p of payloads) {
    const part = asFileSegment(p);
    const joined = current ? `${current} ${part}` : part;
    if (new TextEncoder().encode(joined).length > SEGMENT_BYTES) {
      segments.push(current);
      current = part;
    } else current = joined;
  }
  const last = segments.length || current ? current : "_";
  return ["posts", "2024", ...segments.filter((s) => s !== ""), `${prefix}-${last}.md`].join("/");
}

/**
 * The places where `payload` takes what follows it in the body with it (an unclosed <svg>, <math> or
 * <plaintext> drops the rest of the post from the sanitised HTML), as `render` shows: a batch of payloads
 * in one post must put such a payload last, or the payloads after it are never seen.
 */
export function swallowingPlaces(payload: string, render: (body: string) => string): BodyPlace[] {
  const marker = "段落-after-the-payload";
  return BODY_PLACES.filter((place) => !render(`${placeInBody(payload, place)}\n\n${marker}\n`).includes(`<p>${marker}</p>`));
}
