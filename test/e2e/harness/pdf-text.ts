// The text of a PDF that Chromium made (page.pdf()), enough for tests: its pages, and the text its
// content streams draw, decoded through each font's ToUnicode map. Not a general PDF reader: it
// knows the plain layout Skia writes (no object streams; Flate-compressed streams; hex glyph strings).
import { inflateSync } from "node:zlib";

interface PdfObject {
  dict: string;
  stream: Buffer | null;
}

function objects(pdf: Buffer): Map<number, PdfObject> {
  const text = pdf.toString("latin1");
  const out = new Map<number, PdfObject>();
  const re = /(\d+) 0 obj\s*([\s\S]*?)endobj/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const body = m[2]!;
    const at = body.indexOf("stream");
    let stream: Buffer | null = null;
    let dict = body;
    if (at >= 0) {
      dict = body.slice(0, at);
      const start = m.index + m[0].indexOf(body) + at + "stream".length + (body.charAt(at + 6) === "\r" ? 2 : 1);
      const end = text.lastIndexOf("endstream", m.index + m[0].length);
      const raw = pdf.subarray(start, end);
      try {
        stream = /\/FlateDecode/.test(dict) ? inflateSync(raw) : raw;
      } catch {
        stream = raw;
      }
    }
    out.set(Number(m[1]), { dict, stream });
  }
  return out;
}

/** A ToUnicode CMap: glyph code (hex) → text. */
function cmap(stream: string): Map<string, string> {
  const map = new Map<string, string>();
  const utf16 = (hex: string) => String.fromCharCode(...(hex.match(/.{4}/g) ?? []).map((h) => parseInt(h, 16)));
  for (const block of stream.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const [, code, uni] of block[1]!.matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g)) map.set(code!.toUpperCase(), utf16(uni!));
  }
  for (const block of stream.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const [, lo, hi, uni] of block[1]!.matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g)) {
      const width = lo!.length;
      const base = parseInt(uni!, 16);
      for (let c = parseInt(lo!, 16), i = 0; c <= parseInt(hi!, 16); c++, i++)
        map.set(c.toString(16).toUpperCase().padStart(width, "0"), String.fromCodePoint(base + i));
    }
  }
  return map;
}

/** The PDF's page count and the text drawn on each page (in drawing order, runs joined without spaces). */
export function pdfText(pdf: Buffer): { pages: number; text: string[] } {
  const objs = objects(pdf);
  const ref = (dict: string, key: string) => Number(new RegExp(`/${key}\\s+(\\d+) 0 R`).exec(dict)?.[1] ?? NaN);
  const pages = [...objs.values()].filter((o) => /\/Type\s*\/Page\b/.test(o.dict));
  const text = pages.map((page) => {
    const fonts = new Map<string, Map<string, string>>();
    const resources = objs.get(ref(page.dict, "Resources"))?.dict ?? page.dict;
    const fontDict = /\/Font\s*<<([\s\S]*?)>>/.exec(resources)?.[1] ?? objs.get(ref(resources, "Font"))?.dict ?? "";
    for (const [, name, num] of fontDict.matchAll(/\/([\w.+-]+)\s+(\d+) 0 R/g)) {
      const font = objs.get(Number(num));
      const uni = font ? objs.get(ref(font.dict, "ToUnicode"))?.stream : null;
      if (uni) fonts.set(name!, cmap(uni.toString("latin1")));
    }
    const contentRefs = /\/Contents\s*\[([^\]]*)\]/.exec(page.dict)?.[1]?.match(/\d+(?= 0 R)/g) ?? [String(ref(page.dict, "Contents"))];
    const content = contentRefs.map((n) => objs.get(Number(n))?.stream?.toString("latin1") ?? "").join("\n");
    let font: Map<string, string> | undefined;
    let out = "";
    for (const m of content.matchAll(/\/([\w.+-]+)\s+[\d.]+\s+Tf|\[((?:[^\]\\]|\\.)*)\]\s*TJ|<([0-9A-Fa-f]*)>\s*Tj/g)) {
      if (m[1]) font = fonts.get(m[1]);
      const hexes = m[2] !== undefined ? [...m[2].matchAll(/<([0-9A-Fa-f]*)>/g)].map((x) => x[1]!) : m[3] !== undefined ? [m[3]] : [];
      for (const hex of hexes) {
        const width = (font && [...font.keys()][0]?.length) || 4;
        for (let i = 0; i + width <= hex.length; i += width) out += font?.get(hex.slice(i, i + width).toUpperCase()) ?? "";
      }
    }
    return out;
  });
  return { pages: pages.length, text };
}
