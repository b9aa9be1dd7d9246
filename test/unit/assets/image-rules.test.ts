// The pure rules of adding images: what the bytes are, whether an SVG is safe, names and links.
import { test } from "node:test";
import assert from "node:assert/strict";
import {
  imageAlt,
  imageFileName,
  imageLink,
  imageMarkdown,
  pastedImageStem,
  safeImageStem,
  sniffImage,
  svgProblem,
} from "../../../core/common/images/index.js";
import { AVIF_HEAD, GIF_HEAD, JPEG_HEAD, pngOf, WEBP_HEAD } from "./images.js";

const svg = (inner: string) =>
  new TextEncoder().encode(`<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10">${inner}</svg>`);

test("the bytes decide the kind of image, whatever the name says", () => {
  assert.equal(sniffImage(pngOf(2, 2))?.type, "image/png");
  assert.equal(sniffImage(JPEG_HEAD)?.type, "image/jpeg");
  assert.equal(sniffImage(GIF_HEAD)?.type, "image/gif");
  assert.equal(sniffImage(WEBP_HEAD)?.type, "image/webp");
  assert.equal(sniffImage(AVIF_HEAD)?.type, "image/avif");
  assert.equal(sniffImage(svg("<rect width='5' height='5'/>"))?.type, "image/svg+xml");
  assert.equal(sniffImage(new TextEncoder().encode("just some text\n")), null);
  assert.equal(
    sniffImage(new TextEncoder().encode("<html><body><svg></svg></body></html>")),
    null,
    "HTML with an svg inside is not an SVG file",
  );
  assert.equal(sniffImage(new Uint8Array([0x25, 0x50, 0x44, 0x46])), null, "a PDF");
  assert.equal(sniffImage(new Uint8Array()), null);
});

test("an SVG passes only without script, foreignObject, handlers or outside links", () => {
  const text = (b: Uint8Array) => new TextDecoder().decode(b);
  assert.equal(
    svgProblem(text(svg("<defs><linearGradient id='g'/></defs><rect fill='url(#g)' width='5' height='5'/><use href='#g'/>"))),
    null,
  );
  for (const bad of [
    "<script>alert(1)</script>",
    "<svg:script>alert(1)</svg:script>",
    "<foreignObject><div/></foreignObject>",
    "<rect onload='alert(1)'/>",
    "<a href='javascript:alert(1)'><text>x</text></a>",
    "<image href='https://example.com/x.png'/>",
    "<a xlink:href='&#106;avascript:alert(1)'/>",
    "<set attributeName='href' to='javascript:alert(1)'/>",
    "<style>@import url(https://example.com/a.css)</style>",
    "<rect style='fill:url(https://example.com/x)'/>",
  ]) {
    assert.notEqual(svgProblem(text(svg(bad))), null, bad);
  }
  assert.notEqual(svgProblem(`<!DOCTYPE svg [<!ENTITY x "y">]><svg/>`), null);
});

test("names: the image's own name made safe, the extension its bytes call for, a pasted one by the time", () => {
  const png = sniffImage(pngOf(1, 1))!;
  const jpeg = sniffImage(JPEG_HEAD)!;
  assert.equal(imageFileName("夕飯 の写真.PNG", png, "x"), "夕飯 の写真.png");
  assert.equal(imageFileName("photo.jpeg", jpeg, "x"), "photo.jpeg");
  assert.equal(imageFileName("photo.png", jpeg, "x"), "photo.jpg", "a JPEG called .png gets .jpg");
  assert.equal(imageFileName("../../etc/passwd", png, "x"), "passwd.png", "no folders");
  assert.equal(imageFileName("C:\\Users\\a\\shot.png", png, "x"), "shot.png");
  assert.equal(imageFileName('a<b>:c"d|e?f*g#h.png', png, "x"), "a-b--c-d-e-f-g-h.png");
  assert.equal(imageFileName(".hidden.png", png, "x"), "hidden.png", "no dot-files");
  assert.equal(imageFileName("con.png", png, "x"), "con_.png", "no Windows device names");
  assert.equal(imageFileName("", png, "image-20261203-091500"), "image-20261203-091500.png");
  assert.equal(imageFileName(undefined, png, "fallback"), "fallback.png");
  assert.equal(imageFileName("...", png, "fallback"), "fallback.png");
  assert.equal(Array.from(safeImageStem("あ".repeat(200))).length, 80, "long names are cut");
  assert.equal(pastedImageStem(new Date("2026-12-03T00:15:07Z"), 9 * 60), "image-20261203-091507");
});

test("links: relative from the post's folder, spaces and brackets encoded, Japanese kept", () => {
  assert.equal(
    imageLink("posts/2026/2026-12-03-dinner.md", "assets/2026-12-03-dinner/夕飯 の写真.png"),
    "../../assets/2026-12-03-dinner/夕飯%20の写真.png",
  );
  assert.equal(imageLink("note.md", "assets/note/a (1)#2.png"), "assets/note/a%20%281%29%232.png");
  assert.equal(imageAlt("夕飯 [1].png"), "夕飯 \\[1\\]");
  assert.equal(imageMarkdown(imageAlt("cake.jpg"), "x/cake.jpg"), "![cake](x/cake.jpg)");
});
