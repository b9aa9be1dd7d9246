// Server-sent events, and the orderly shutdown that lets an open page save before the server stops.
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { access, readFile } from "node:fs/promises";
import { get, type IncomingMessage } from "node:http";
import { join } from "node:path";
import { call, eventTicket, eventsPath, startHarness, type Harness } from "./harness.js";

/** An open event stream: its response and a way to wait for text in it. */
interface Stream {
  res: IncomingMessage;
  waitFor(text: string): Promise<string>;
  close(): void;
}

async function openEvents(h: Harness): Promise<Stream> {
  const path = eventsPath(await eventTicket(h));
  return new Promise((resolve, reject) => {
    const req = get({ host: "127.0.0.1", port: h.session.port, path }, (res) => {
      let buffer = "";
      const waiting = new Set<() => void>();
      res.setEncoding("utf8");
      res.on("data", (chunk: string) => {
        buffer += chunk;
        for (const w of waiting) w();
      });
      resolve({
        res,
        waitFor: (text) =>
          new Promise((done) => {
            const check = () => {
              if (buffer.includes(text)) {
                waiting.delete(check);
                done(buffer);
              }
            };
            waiting.add(check);
            check();
          }),
        close: () => req.destroy(),
      });
    });
    req.on("error", reject);
  });
}

describe("serve: events", () => {
  let h: Harness;
  before(async () => {
    h = await startHarness();
  });
  after(() => h.stop());

  test("the event stream opens with a ticket and carries app events as named SSE events", async () => {
    const stream = await openEvents(h);
    assert.equal(stream.res.statusCode, 200);
    assert.match(String(stream.res.headers["content-type"]), /^text\/event-stream/);
    await stream.waitFor(": connected");
    h.session.app.emit("command", { name: "newPost" });
    const text = await stream.waitFor("event: command");
    assert.ok(text.includes('event: command\ndata: {"name":"newPost"}\n\n'));
    stream.close();
  });
});

describe("serve: shutdown", () => {
  test("on shutdown an open page is told to flush, its save lands on disk, then the index is written", async () => {
    const h = await startHarness({ flushWaitMs: 10_000 });
    const created = (await call(h, "createPost", { title: "Draft" })).value as { path: string; hash: string };
    const stream = await openEvents(h);
    await stream.waitFor(": connected");
    // The page: when told to flush, it saves what it has.
    const saved = stream
      .waitFor("event: flush")
      .then(() => call(h, "savePost", { path: created.path, baseHash: created.hash, title: "Draft", body: "typed just before closing" }));
    await h.session.shutdown();
    const reply = await saved;
    assert.equal(reply.ok, true);
    const onDisk = await readFile(join(h.journalDir, ...created.path.split("/")), "utf8");
    assert.ok(onDisk.includes("typed just before closing"));
    await access(join(h.journalDir, ".tsuzuri", "index.json"));
    await h.stop();
  });
});
