// Autosave with a ceiling: while someone types without a pause, the text still reaches disk at least
// every 2 s, so a renderer that dies mid-sentence loses at most the last couple of seconds.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { AUTOSAVE_DEBOUNCE_MS, AUTOSAVE_MAX_WAIT_MS } from "../../renderer/session/index.js";
import { cdpOf, postFiles, readPostFile, startEnv, startNewPost, ui, waitForStatus, type Env } from "./harness/index.js";

let env: Env;

before(
  async () => {
    env = await startEnv();
  },
  { timeout: 60_000 },
);

after(
  async () => {
    await env?.close();
  },
  { timeout: 30_000 },
);

/** Time allowed for a save to travel to the host and be written, on top of the ceiling. */
const SAVE_SLACK_MS = 700;

test("typing without a pause reaches disk every 2 s; a killed renderer loses at most the last 2 s", { timeout: 60_000 }, async () => {
  const { page } = env;
  const u = ui(page);
  await startNewPost(page);
  await page.keyboard.insertText("止まらない日記");
  await u.body.click();
  await waitForStatus(page, "Saved");
  const [file] = await postFiles(env.server.journalDir);
  assert.ok(file, "the new post has a file");

  // One character every 100 ms for 6 s: never a quiet moment long enough for the debounce alone.
  const chars = "きょうはとてもながいぶんしょうをいっきにかきつづけてみるのでとちゅうでとまらないようにはやくうつ";
  const typedAt: number[] = [];
  for (const ch of chars.slice(0, 60)) {
    await page.keyboard.insertText(ch);
    typedAt.push(Date.now());
    await page.waitForTimeout(100);
  }
  assert.ok(100 < AUTOSAVE_DEBOUNCE_MS, "the typing never pauses for the debounce");

  // The renderer dies at once: no blur, no pagehide, no flush.
  const killedAt = Date.now();
  const cdp = await cdpOf(page);
  const crashed = page.waitForEvent("crash", { timeout: 10_000 });
  void cdp.send("Page.crash").catch(() => undefined);
  await crashed;
  // Give a save already on the wire the time to land.
  await new Promise((r) => setTimeout(r, SAVE_SLACK_MS));

  const body = (await readPostFile(join(env.server.journalDir, file))).body.trim();
  const typed = chars.slice(0, 60);
  assert.ok(typed.startsWith(body), `the file holds a prefix of what was typed: ${JSON.stringify(body)}`);
  assert.ok(body.length > 0, "something reached disk while typing went on");
  const lastSaved = typedAt[body.length - 1]!;
  const lost = killedAt - lastSaved;
  assert.ok(lost <= AUTOSAVE_MAX_WAIT_MS + SAVE_SLACK_MS, `lost the last ${lost} ms of typing (${typed.length - body.length} characters)`);
});
