// Page paths and links of an exported site: stable, safe on every disk, percent-encoded in hrefs.
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { PathAllocator, postSlug, relativeHref, tagSegments, encodePath } from "../../../core/common/export/index.js";

describe("post slugs", () => {
  test("front-matter slug wins, else the file name without .md; Japanese stays", () => {
    assert.equal(postSlug("day-one", "posts/2019/2019-07-23-day-1.md"), "day-one");
    assert.equal(postSlug(undefined, "posts/2019/2019-07-24-カンファレンス2日目.md"), "2019-07-24-カンファレンス2日目");
    assert.equal(postSlug("  ", "notes/メモ.md"), "メモ");
    assert.equal(postSlug(2019, "a.md"), "2019");
  });

  test("slugs are safe file names: lower case, no separators or reserved names", () => {
    assert.equal(postSlug("My Post/Part 1?", "x.md"), "my-post-part-1");
    assert.equal(postSlug("CON", "x.md"), "_con");
    assert.equal(postSlug("..", "x.md"), "untitled");
    assert.equal(postSlug(undefined, "notes/.md"), "untitled");
  });
});

describe("tag page folders", () => {
  test("nested tags become folders, each level a safe name without dots", () => {
    assert.deepEqual(tagSegments("dev/frontend"), ["dev", "frontend"]);
    assert.deepEqual(tagSegments("勉強会"), ["勉強会"]);
    assert.deepEqual(tagSegments("node.js/v20"), ["node-js", "v20"]);
    assert.deepEqual(tagSegments("a:b/c*d"), ["a-b", "c-d"]);
  });
});

describe("PathAllocator", () => {
  test("paths that differ only in case or normalisation collide; later claims get numbered", () => {
    const paths = new PathAllocator();
    assert.equal(paths.claim("posts/Memo.html"), "posts/Memo.html");
    assert.equal(paths.claim("posts/memo.html"), "posts/memo-2.html");
    assert.equal(paths.claim("posts/MEMO.html"), "posts/MEMO-3.html");
    assert.equal(paths.claim("posts/caf\u00e9.html"), "posts/caf\u00e9.html");
    assert.equal(paths.claim("posts/cafe\u0301.html"), "posts/cafe\u0301-2.html");
    assert.equal(paths.reserve("tags/index.html"), true);
    assert.equal(paths.claim("tags/index.html"), "tags/index-2.html");
  });
});

describe("relative hrefs", () => {
  test("climb out of folders and percent-encode every segment", () => {
    assert.equal(relativeHref("index.html", "posts/a.html"), "posts/a.html");
    assert.equal(relativeHref("posts/a.html", "index.html"), "../index.html");
    assert.equal(relativeHref("posts/a.html", "posts/b.html"), "b.html");
    assert.equal(relativeHref("tags/dev/frontend.html", "tags/dev.html"), "../dev.html");
    assert.equal(relativeHref("tags/dev/frontend.html", "posts/日記.html"), "../../posts/%E6%97%A5%E8%A8%98.html");
    assert.equal(relativeHref("posts/a.html", "media/posts/img/画像 1.png"), "../media/posts/img/%E7%94%BB%E5%83%8F%201.png");
    assert.equal(relativeHref("posts/a.html", "posts/a.html", "x"), "a.html#x");
  });

  test("a name with a colon, # or % cannot be mistaken for a scheme, fragment or escape", () => {
    assert.equal(encodePath("a:b/c#d/50%"), "a%3Ab/c%23d/50%25");
    assert.equal(new URL(relativeHref("index.html", "posts/a:b.html"), "https://example.com/blog/").pathname, "/blog/posts/a%3Ab.html");
  });
});
