// Request paths are split into decoded segments; anything that could climb out of a folder is refused.
import { test } from "node:test";
import assert from "node:assert/strict";
import { safeSegments } from "../../../core/node/host/index.js";

test("plain and percent-encoded segments are decoded", () => {
  assert.deepEqual(safeSegments("/journal/images/%E7%8C%AB%20a.png"), ["journal", "images", "猫 a.png"]);
});

test("dot segments, encoded separators, NUL and empty segments make the path invalid", () => {
  for (const path of ["/a/../b", "/a/./b", "/%2e%2e/x", "/a%2fb", "/a%5cb", "/a%00b", "/a//b", "/a/", "relative", "/%E0%A4%A"]) {
    assert.equal(safeSegments(path), null, path);
  }
});
