// Fuzzing the Markdown pipeline with fast-check: bodies stitched from Markdown syntax, HTML fragments,
// corpus payloads and random text. For every body the pipeline must not throw, its HTML must hold nothing
// executable, survive being sanitised again unchanged (what mutation XSS breaks), and, where the fast path
// takes the body, be the DOM DOMPurify makes. Bounded in `npm test`; TSUZURI_FUZZ_RUNS (or TSUZURI_SOAK=1)
// runs more, TSUZURI_FUZZ_SEED replays a failure.
import { test } from "node:test";
import assert from "node:assert/strict";
import fc from "fast-check";
import { renderMarkdown } from "../../../core/node/markdown/index.js";
import { fastPathDifference, paths, shape, slowPath } from "./fast-path-compare.js";
import { dangers, parse } from "./inspect-html.js";
import { XSS_VECTORS } from "./xss-corpus.js";
import { fuzzBudget } from "./fuzz-budget.js";

const MARKDOWN_PIECES = [
  "# ",
  "## ",
  "###### ",
  "> ",
  "- ",
  "* ",
  "1. ",
  "7) ",
  "- [ ] ",
  "- [x] ",
  "```",
  "```js",
  "~~~",
  "    ",
  "\n",
  "\n\n",
  "  \n",
  "*",
  "_",
  "**",
  "__",
  "~~",
  "`",
  "``",
  "[",
  "]",
  "(",
  ")",
  "![",
  "](",
  "<",
  ">",
  "|",
  "|---|",
  "\n|:-:|\n",
  "---",
  "===",
  "[^1]",
  "\n\n[^1]: ",
  "^[",
  "[r]",
  "\n\n[r]: ",
  "&amp;",
  "&#x6A;",
  "&#106;",
  "&#0;",
  "&#13;",
  "&lt;",
  "&quot;",
  "&colon;",
  "&Tab;",
  "\\",
  '"',
  "'",
  " ",
  "\t",
  "\u0000",
  "\r",
  "\r\n",
  "\u00a0",
  "\u2028",
  "\u3000",
  "日本語",
  "見出し",
  "ｊ",
  "javascript:",
  "JaVaScRiPt:",
  "java\tscript:",
  "vbscript:",
  "data:",
  "data:text/html,",
  "data:image/png;base64,AA",
  "data:image/svg+xml,",
  "http://",
  "https://",
  "HTTPS://",
  "//",
  "\\\\",
  "mailto:",
  "file:///",
  "www.",
  "example.com",
  "@example.com",
  ":",
  "?",
  "#",
  "/",
  "alert(1)",
  "x.png",
  "a.md",
  ' "title"',
  " 'title'",
];

const HTML_PIECES = [
  "<img",
  "<a",
  "<p",
  "<div",
  "<span",
  "<b>",
  "</b>",
  "<script>",
  "</script>",
  "<svg>",
  "</svg>",
  "<math>",
  "<mtext>",
  "<mglyph>",
  "<style>",
  "</style>",
  "<form>",
  "</form>",
  "<input",
  "<textarea>",
  "<select>",
  "<option>",
  "<noscript>",
  "</noscript>",
  "<template>",
  "<iframe",
  "<embed",
  "<object",
  "<details open>",
  "<summary>",
  "<table>",
  "<tr>",
  "<td>",
  "</table>",
  "<xmp>",
  "<title>",
  "<br>",
  " src=",
  " href=",
  " onerror=",
  " onclick=",
  " style=",
  " name=",
  " id=",
  " title=",
  " class=",
  " srcset=",
  " type=checkbox",
  " checked",
  "=",
  '"',
  "'",
  "/>",
  ">",
  "<!--",
  "-->",
  "--!>",
  "<![CDATA[",
  "]]>",
  "<?",
  "<!DOCTYPE html>",
  "<tsuzuri-line-mark",
  ' data-tsuzuri-line="1"',
];

const text = fc.string({ maxLength: 6 });
const markdownPiece = fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...MARKDOWN_PIECES) }, { weight: 1, arbitrary: text });
const anyPiece = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom(...MARKDOWN_PIECES) },
  { weight: 4, arbitrary: fc.constantFrom(...HTML_PIECES) },
  { weight: 1, arbitrary: fc.constantFrom(...XSS_VECTORS.map((v) => v.markdown)) },
  { weight: 1, arbitrary: text },
);
/** Bodies of Markdown syntax only: mostly the fast path's. */
const markdownBody = fc.array(markdownPiece, { maxLength: 40 }).map((parts) => parts.join(""));
/** Bodies of Markdown and raw HTML mixed: mostly DOMPurify's. */
const mixedBody = fc.array(anyPiece, { maxLength: 30 }).map((parts) => parts.join(""));

/** What breaks the sanitiser's invariants in the pipeline's result for `body`; empty when nothing does. */
function invariantBreaks(body: string): string[] {
  const rendered = renderMarkdown(body);
  const found = dangers(rendered.html);
  if (parse(rendered.html).querySelector("tsuzuri-line-mark, [data-tsuzuri-line]")) found.push("internal line marks leaked");
  const lines = body.split(/\r\n?|\n/).length;
  if (!rendered.blockLines.every((l) => Number.isInteger(l) && l >= 0 && l < lines))
    found.push(`block lines out of range: ${JSON.stringify(rendered.blockLines)}`);
  // Sanitising the result again must change nothing: a result that mutates when parsed again is how mXSS starts.
  const again = slowPath(rendered.html).html;
  if (JSON.stringify(shape(parse(again))) !== JSON.stringify(shape(parse(rendered.html))))
    found.push(`not stable when sanitised again: ${again.slice(0, 200)}`);
  return found;
}

const budget = fuzzBudget();
const runs: Record<string, number> = {};

function fuzz(name: string, body: fc.Arbitrary<string>, check: (b: string) => void): void {
  runs[name] = 0;
  fc.assert(
    fc.property(body, (b) => {
      runs[name]!++;
      check(b);
    }),
    { numRuns: budget.runs, seed: budget.seed, interruptAfterTimeLimit: budget.ms, markInterruptAsFailure: false },
  );
}

test(
  `fuzz: the pipeline never throws and its result keeps the sanitiser's invariants (seed ${budget.seed})`,
  { timeout: budget.ms * 4 + 30_000 },
  () => {
    for (const [name, body] of [
      ["markdown", markdownBody],
      ["mixed", mixedBody],
    ] as const) {
      fuzz(`invariants/${name}`, body, (b) => assert.deepEqual(invariantBreaks(b), [], JSON.stringify(b)));
    }
    console.log(`fuzz invariants: ${runs["invariants/markdown"]} Markdown-only and ${runs["invariants/mixed"]} mixed bodies`);
  },
);

test(
  `fuzz: the fast path gives the DOM DOMPurify gives, on every body it takes (seed ${budget.seed})`,
  { timeout: budget.ms * 2 + 30_000 },
  () => {
    let taken = 0;
    fuzz("fast-path", markdownBody, (b) => {
      if (paths(b).fast !== null) taken++;
      assert.equal(fastPathDifference(b), null);
    });
    console.log(`fuzz fast path: ${runs["fast-path"]} bodies, ${taken} took the fast path`);
    assert.ok(
      taken > (runs["fast-path"] ?? 0) / 3,
      "most fuzzed Markdown-only bodies took the fast path, so the comparison means something",
    );
  },
);
