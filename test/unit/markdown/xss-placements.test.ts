// Every payload of the XSS corpus at every place a post body can hold it (as it is, in an image's alt, a
// link, a footnote, a code fence's info string, a heading) renders to HTML with nothing executable in it,
// and where the fast path takes the body, to the very DOM DOMPurify makes of it.
import { test } from "node:test";
import assert from "node:assert/strict";
import { renderMarkdown } from "../../../core/node/markdown/index.js";
import { fastPathDifference, paths } from "./fast-path-compare.js";
import { dangers, parse } from "./inspect-html.js";
import { XSS_VECTORS } from "./xss-corpus.js";
import { BODY_PLACES, placeInBody } from "./xss-placements.js";

test(`the corpus has at least 250 payloads with unique names (it has ${XSS_VECTORS.length})`, () => {
  assert.ok(XSS_VECTORS.length >= 250);
  assert.equal(new Set(XSS_VECTORS.map((v) => v.name)).size, XSS_VECTORS.length);
});

test(`every payload at each of the ${BODY_PLACES.length} places of a body leaves nothing executable, and the fast path agrees with DOMPurify`, () => {
  const found: string[] = [];
  const differ: string[] = [];
  let fast = 0;
  for (const vector of XSS_VECTORS) {
    for (const place of BODY_PLACES) {
      const body = placeInBody(vector.markdown, place);
      const out = renderMarkdown(body).html;
      const bad = dangers(out);
      if (parse(out).querySelector("tsuzuri-line-mark, [data-tsuzuri-line]")) bad.push("internal line marks leaked");
      if (bad.length) found.push(`${vector.name} @ ${place}: ${bad.join(", ")}\n  ${out.slice(0, 300)}`);
      if (paths(body).fast !== null) fast++;
      const difference = fastPathDifference(body);
      if (difference !== null) differ.push(`${vector.name} @ ${place}: ${difference}`);
    }
  }
  const total = XSS_VECTORS.length * BODY_PLACES.length;
  console.log(
    `${XSS_VECTORS.length} payloads × ${BODY_PLACES.length} body places = ${total} bodies; ${fast} took the fast path; ${found.length} executable; ${differ.length} fast/slow differences`,
  );
  assert.deepEqual(found, []);
  assert.deepEqual(differ, []);
  assert.ok(fast > 100, "a good share of the placements took the fast path, so the comparison means something");
});
