// One fence rule for every prose scanner: a fence inside a deeply nested list item counts; it closes
// with its own character, at least as long, alone on its line.
import assert from "node:assert/strict";
import { test } from "node:test";
import { closesFence, fenceOf, proseLines } from "../../../core/common/post/index.js";
import { proseRanges } from "../../../core/common/import/index.js";

test("fences open at any indentation and close only with their own run", () => {
  assert.equal(fenceOf("```python"), "```");
  assert.equal(fenceOf("        ~~~~ yaml"), "~~~~");
  assert.equal(fenceOf("``"), null);
  assert.ok(closesFence("   ```", "```"));
  assert.ok(closesFence("````", "```"));
  assert.ok(!closesFence("~~~", "```"));
  assert.ok(!closesFence("``` not alone", "```"));
  assert.ok(!closesFence("~~~", "~~~~"));
});

test("titles/excerpts and the importers skip the same code in a list nested four deep", () => {
  const body = "- 一\n  - 二\n    - 三\n      - 四\n        ```sh\n        # not a heading\n        ```\n散文\n";
  const prose = [...proseLines(body)].map((l) => l.text);
  assert.ok(!prose.some((l) => l.includes("not a heading")));
  assert.ok(prose.includes("散文"));
  const ranges = proseRanges(body).map((r) => body.slice(r.start, r.end));
  assert.ok(!ranges.some((t) => t.includes("not a heading")));
  assert.ok(ranges.includes("散文"));
});
