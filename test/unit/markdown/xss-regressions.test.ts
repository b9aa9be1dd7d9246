// Breaks the XSS corpus and the fuzzer found in the sanitiser, each with the payload that showed it.
import { test } from "node:test";
import assert from "node:assert/strict";
import { isOutsideRef, resolveLocalUrl } from "../../../core/common/export/local-url.js";
import { renderMarkdown } from "../../../core/node/markdown/index.js";

const html = (markdown: string): string => renderMarkdown(markdown).html;

test("a form whose control is named after a form property goes whole, as Chromium's DOMPurify drops it (the export kept an <img> the preview did not)", () => {
  assert.equal(html('<form name=x><input name="nodeName"><img src=x onerror=alert(1)></form>'), "");
  assert.equal(html("<form><input id=attributes>text</form><p>after</p>"), "<p>after</p>");
  assert.equal(html("<form action=/x>書いた文章 <input name=q></form>"), "書いた文章 ", "a form with ordinary names keeps its text");
});

test('an image or link to the journal folder itself (src="/") has no target in an export (the export kept it, and from disk it loaded file:///)', () => {
  for (const url of ["/", "/.", "../../", "./../../."]) assert.ok(isOutsideRef(resolveLocalUrl(url, "posts/2024/a.md")?.path ?? ""), url);
  assert.equal(resolveLocalUrl("/assets/a.png", "posts/2024/a.md")?.path, "assets/a.png", "a journal path from the root still resolves");
});

test("raw HTML that parses to another tree when read back (a table inside a paragraph, inside MathML) comes out as a fixed point of the sanitiser (the fuzzer's seed 1720265528)", async () => {
  const { JSDOM } = await import("jsdom");
  const { createNodeSanitizer } = await import("../../../core/node/markdown/index.js");
  const sanitize = createNodeSanitizer();
  for (const body of [
    "&lt;<table><math><mi><table></math><img src=x onerror=alert(1)>",
    "text <table><tr><td>a</td></tr></table> more",
    "<math><mi><table><tr><td><svg><style><img src=x onerror=alert(1)>",
  ]) {
    const out = html(body);
    assert.equal(sanitize(out), out, `stable: ${body}`);
    const doc = new JSDOM(`<body>${out}</body>`).window.document;
    assert.equal(doc.querySelector("[onerror], script"), null, `inert: ${body}`);
  }
});
