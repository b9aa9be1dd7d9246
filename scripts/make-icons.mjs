#!/usr/bin/env node
// Renders resources/icons/icon.svg into every icon the installers need, with Chromium (no image tools
// needed): png/NxN.png (Linux icon set, 16–1024), icon.ico (Windows, PNG-compressed entries up to 256)
// and icon.icns (macOS, PNG entries up to 1024). Run after changing the SVG: node scripts/make-icons.mjs
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { chromium } from "playwright";

const dir = join(import.meta.dirname, "..", "resources", "icons");
const SIZES = [16, 24, 32, 48, 64, 128, 256, 512, 1024];
const ICO_SIZES = [16, 24, 32, 48, 64, 128, 256];
/** icns entry types holding PNG data, by pixel size. */
const ICNS_TYPES = [
  ["icp4", 16],
  ["icp5", 32],
  ["icp6", 64],
  ["ic07", 128],
  ["ic08", 256],
  ["ic09", 512],
  ["ic10", 1024],
];

const svg = await readFile(join(dir, "icon.svg"), "utf8");
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu"],
});
const png = new Map();
try {
  const page = await browser.newPage();
  for (const size of SIZES) {
    await page.setViewportSize({ width: size, height: size });
    const sized = svg.replace(/width="512" height="512"/, `width="${size}" height="${size}"`);
    await page.setContent(`<!doctype html><style>html,body{margin:0;background:transparent}svg{display:block}</style>${sized}`);
    png.set(size, await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } }));
  }
} finally {
  await browser.close();
}

await mkdir(join(dir, "png"), { recursive: true });
for (const [size, data] of png) await writeFile(join(dir, "png", `${size}x${size}.png`), data);

// ICO: a 6-byte header, a 16-byte entry per image, then the PNGs.
const icoHeader = Buffer.alloc(6 + 16 * ICO_SIZES.length);
icoHeader.writeUInt16LE(0, 0);
icoHeader.writeUInt16LE(1, 2);
icoHeader.writeUInt16LE(ICO_SIZES.length, 4);
let offset = icoHeader.length;
ICO_SIZES.forEach((size, i) => {
  const at = 6 + 16 * i;
  const data = png.get(size);
  icoHeader.writeUInt8(size >= 256 ? 0 : size, at);
  icoHeader.writeUInt8(size >= 256 ? 0 : size, at + 1);
  icoHeader.writeUInt16LE(1, at + 4);
  icoHeader.writeUInt16LE(32, at + 6);
  icoHeader.writeUInt32LE(data.length, at + 8);
  icoHeader.writeUInt32LE(offset, at + 12);
  offset += data.length;
});
await writeFile(join(dir, "icon.ico"), Buffer.concat([icoHeader, ...ICO_SIZES.map((s) => png.get(s))]));

// ICNS: "icns" + total length, then per entry its type, length (with its 8-byte head) and PNG data.
const entries = ICNS_TYPES.map(([type, size]) => {
  const data = png.get(size);
  const head = Buffer.alloc(8);
  head.write(type, 0, "ascii");
  head.writeUInt32BE(data.length + 8, 4);
  return Buffer.concat([head, data]);
});
const icnsHead = Buffer.alloc(8);
icnsHead.write("icns", 0, "ascii");
icnsHead.writeUInt32BE(8 + entries.reduce((n, e) => n + e.length, 0), 4);
await writeFile(join(dir, "icon.icns"), Buffer.concat([icnsHead, ...entries]));
console.log(`icons written to ${dir}: png/ (${SIZES.join(", ")}), icon.ico, icon.icns`);
