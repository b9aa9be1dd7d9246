// All 652 examples of the CommonMark spec (npm commonmark-spec 0.31.2).
//
// 1. Markup: each example goes through the pipeline's markdown-it built in "spec" mode — the same parser
//    and options as posts use, with the extensions that legitimately change CommonMark markup switched off
//    (linkify, GFM tables and strikethrough, task lists, footnotes, heading ids, highlighting, CJK line
//    breaks, line marks; typographer is off in both modes). The HTML must equal the spec's after a
//    normalisation that only ignores what HTML ignores: `<br />` vs `<br>`, and white space between
//    block-level tags (the spec writes an empty blockquote as "<blockquote>\n</blockquote>").
//    Expected: 652/652; there are no deliberate exceptions.
// 2. Safety: each example also goes through the full pipeline, sanitiser included. It must not throw, and
//    the text a reader sees must be the text the spec renders — except the content of elements the
//    sanitiser removes together with their content on purpose (script, style, iframe, noscript, template,
//    svg, math …: see SANITIZE_CONFIG and DOMPurify's FORBID_CONTENTS).
import { test } from "node:test";
import assert from "node:assert/strict";
import { createRequire } from "node:module";
import { JSDOM } from "jsdom";
import { createMarkdownIt } from "../../core/common/markdown/index.js";
import { renderMarkdown } from "../../core/node/markdown/index.js";

interface Example {
  markdown: string;
  html: string;
  section: string;
  number: number;
}

const require = createRequire(import.meta.url);
const spec = require("commonmark-spec") as { tests: Example[] };
/** The spec writes tabs as "→". */
const examples = spec.tests.map((e) => ({ ...e, markdown: e.markdown.replace(/→/g, "\t"), html: e.html.replace(/→/g, "\t") }));

const EXPECTED_TOTAL = 652;
/** How many examples must pass in spec mode. Lower it only together with a documented, deliberate exception above. */
const EXPECTED_PASS = 652;

const BLOCK_TAG =
  /\s*(<\/?(?:address|article|aside|blockquote|details|div|dl|dd|dt|figure|h[1-6]|hr|li|ol|p|section|table|tbody|td|tfoot|th|thead|tr|ul)(?:\s[^>]*)?>)\s*/g;
function normalise(html: string): string {
  return html.replace(/ \/>/g, ">").replace(BLOCK_TAG, "$1");
}

test(`CommonMark spec: the markup of all ${EXPECTED_TOTAL} examples`, () => {
  assert.equal(examples.length, EXPECTED_TOTAL);
  const md = createMarkdownIt("spec");
  const failed: string[] = [];
  for (const e of examples) {
    const actual = md.render(e.markdown);
    if (normalise(actual) !== normalise(e.html)) {
      failed.push(
        `#${e.number} (${e.section}): ${JSON.stringify(e.markdown)}\n  expected ${JSON.stringify(e.html)}\n  actual   ${JSON.stringify(actual)}`,
      );
    }
  }
  const passed = examples.length - failed.length;
  console.log(`CommonMark spec: ${passed}/${EXPECTED_TOTAL} pass`);
  assert.ok(passed >= EXPECTED_PASS, `only ${passed}/${EXPECTED_TOTAL} pass:\n${failed.join("\n")}`);
});

const { document } = new JSDOM("<!DOCTYPE html>").window;
/** Elements whose content the sanitiser drops on purpose. */
const DROPPED_WITH_CONTENT = "script, style, iframe, noscript, noembed, noframes, template, title, xmp, svg, math, select, video, audio";

function visibleText(html: string, dropped: string | null): string {
  const template = document.createElement("template");
  template.innerHTML = html;
  if (dropped) for (const el of template.content.querySelectorAll(dropped)) el.remove();
  return (template.content.textContent ?? "").replace(/\s+/g, " ").trim();
}

test("CommonMark spec: every example survives the full pipeline with its text intact", () => {
  const md = createMarkdownIt("spec");
  const lost: string[] = [];
  for (const e of examples) {
    const rendered = renderMarkdown(e.markdown);
    assert.equal(typeof rendered.html, "string");
    const expected = visibleText(md.render(e.markdown), DROPPED_WITH_CONTENT);
    const actual = visibleText(rendered.html, null);
    if (actual !== expected) lost.push(`#${e.number}: ${JSON.stringify(expected)} became ${JSON.stringify(actual)}`);
  }
  assert.deepEqual(lost, []);
});
