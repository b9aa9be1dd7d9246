// Code blocks: Enter keeps the line's indentation and no more, the closing fence lands at the
// opening fence's indentation, nothing after the block inherits indentation; Tab indents code.
import { test } from "node:test";
import assert from "node:assert/strict";
import { markdownEnter } from "../../../renderer/editor/enter.js";
import { closeFenceOnInput } from "../../../renderer/editor/fence-close.js";
import { tabCommand } from "../../../renderer/editor/tab.js";
import { marked, run, stateOf } from "./helpers.js";

const enter = (text: string) => run(markdownEnter, text);
const tab = (text: string) => run((s) => tabCommand(s, false), text);
const shiftTab = (text: string) => run((s) => tabCommand(s, true), text);

/** Types `char` at the cursor as the input handler sees it; the text after (realigned or not). */
function type(text: string, char: string): string {
  const state = stateOf(text);
  const at = state.selection.main.head;
  const spec = closeFenceOnInput(state, at, at, char);
  return marked(state.update(spec ?? { changes: { from: at, insert: char }, selection: { anchor: at + 1 } }).state);
}

test("Enter in Python code keeps the line's indentation, never more", () => {
  assert.equal(enter("```python\ndef f(x):▮"), "```python\ndef f(x):\n▮");
  assert.equal(enter("```python\ndef f(x):\n    if x:▮"), "```python\ndef f(x):\n    if x:\n    ▮");
  assert.equal(enter("```python\ndef f(x):\n    return x▮\n```"), "```python\ndef f(x):\n    return x\n    ▮\n```");
  assert.equal(enter("```python▮"), "```python\n▮", "the first line of code starts at the fence's margin");
});

test("Enter in JavaScript and YAML code keeps nested indentation", () => {
  assert.equal(enter("```js\nfunction f() {\n  if (a) {\n    go();▮"), "```js\nfunction f() {\n  if (a) {\n    go();\n    ▮");
  assert.equal(
    enter("```yaml\nserver:\n  ports:\n    - 80▮\n```"),
    "```yaml\nserver:\n  ports:\n    - 80\n    ▮\n```",
    "a YAML list in code is code, not a Markdown list",
  );
});

test("a closing fence typed at an indented line is put at the opening fence's indentation", () => {
  assert.equal(type("```python\ndef f():\n    return 1\n    ``▮", "`"), "```python\ndef f():\n    return 1\n```▮");
  assert.equal(type("~~~\n  x\n  ~~▮", "~"), "~~~\n  x\n~~~▮");
  assert.equal(type("- item\n  ```js\n  x;\n      ``▮", "`"), "- item\n  ```js\n  x;\n  ```▮", "in a list item, at the item's fence");
  assert.equal(type("```\nx\n``▮", "`"), "```\nx\n```▮", "already in place: typed as it is");
  assert.equal(type("````\nx\n    ``▮", "`"), "````\nx\n    ```▮", "three backticks do not close a four-backtick fence");
  assert.equal(type("para ``▮", "`"), "para ```▮", "outside code nothing happens");
});

test("Enter on a closing fence that drifted puts it back and starts the next line at the margin", () => {
  assert.equal(enter("```python\ndef f():\n    pass\n    ```▮"), "```python\ndef f():\n    pass\n```\n▮");
});

test("Enter after a closing fence: the next line inherits no indentation", () => {
  assert.equal(enter("```js\n  indented();\n```▮"), "```js\n  indented();\n```\n▮");
  assert.equal(enter("```js\n  indented();\n```\n▮"), "```js\n  indented();\n```\n\n▮");
  assert.equal(enter("- item\n  ```\n  code\n  ```▮"), "- item\n  ```\n  code\n  ```\n  ▮", "in a list item, the item's margin");
});

test("Enter on a line of spaces in code empties it and keeps the indentation on the new line", () => {
  assert.equal(enter("```py\nif x:\n    ▮"), "```py\nif x:\n\n    ▮");
});

test("Enter in an indented code block keeps the indentation", () => {
  assert.equal(enter("text\n\n    code();▮"), "text\n\n    code();\n    ▮");
});

test("Tab in code inserts the language's indentation up to the next stop; Shift-Tab removes one", () => {
  assert.equal(tab("```python\ndef f():\n▮"), "```python\ndef f():\n    ▮");
  assert.equal(tab("```js\nif (a) {\n▮"), "```js\nif (a) {\n  ▮");
  assert.equal(tab("```yaml\nkey:\n ▮"), "```yaml\nkey:\n  ▮", "to the next stop, not a full unit more");
  assert.equal(tab("```go\nfunc f() {\n▮"), "```go\nfunc f() {\n\t▮");
  assert.equal(shiftTab("```python\ndef f():\n        x▮"), "```python\ndef f():\n    x▮");
  assert.equal(shiftTab("```python\nif a:\n        ▮"), "```python\nif a:\n    ▮", "on a new, still empty line too");
  assert.equal(shiftTab("```python\nx▮"), "```python\nx▮", "nothing to remove: the key is still taken, nothing changes");
});

test("Tab on several lines of code indents each; Shift-Tab never moves code left of its fence", () => {
  assert.equal(tab("```js\n⟨a();\nb();⟩\n```"), "```js\n  ⟨a();\n  b();⟩\n```");
  assert.equal(shiftTab("- item\n  ```js\n  ⟨  a();\n  b();⟩\n  ```"), "- item\n  ```js\n  ⟨a();\n  b();⟩\n  ```");
});

test("Tab on a fence line itself is not taken (spaces there would break the fence)", () => {
  assert.equal(tab("```js▮\nx\n```"), null);
});
