// `tsuzuri serve` refuses everyone but the page it printed the address for. The token travels only in
// the printed address, the page and request headers: never in a cookie, which browsers would send to
// every program listening on another port of 127.0.0.1.
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { RENDERER_CSP } from "../../../core/common/csp.js";
import { HTTP_EVENTS_TICKET_ROUTE } from "../../../core/contract/index.js";
import { EventTickets } from "../../../core/node/serve/tickets.js";
import { call, eventTicket, eventsPath, send, startHarness, statusOf, type Harness } from "./harness.js";

/** Every cookie name a browser would have kept from this or an older Tsuzuri, carrying the token. */
const tokenCookies = (h: Harness) =>
  `tsuzuri_token_${h.session.port}=${h.session.token}; tsuzuri_token=${h.session.token}; session=${h.session.token}`;

describe("serve: who may talk to the server", () => {
  let h: Harness;
  before(async () => {
    h = await startHarness();
  });
  after(() => h.stop());

  test("the address is loopback with a long random token", () => {
    assert.match(h.session.url, /^http:\/\/127\.0\.0\.1:\d+\/\?token=[A-Za-z0-9_-]{43}$/);
    assert.ok(h.session.port > 0);
  });

  test("the API and the event stream refuse requests without the token with 401", async () => {
    assert.equal((await send(h.session, "GET", "/api/events")).status, 401);
    assert.equal((await send(h.session, "GET", "/api/listPosts")).status, 401);
    assert.equal((await send(h.session, "POST", "/api/listPosts", { "Content-Type": "application/json" }, "{}")).status, 401);
    assert.equal((await send(h.session, "POST", HTTP_EVENTS_TICKET_ROUTE)).status, 401);
  });

  test("a wrong token of the right length is refused", async () => {
    const wrong = h.session.token.slice(1) + (h.session.token[0] === "A" ? "B" : "A");
    assert.equal((await send(h.session, "GET", `/?token=${wrong}`)).status, 401);
    assert.equal(
      (await send(h.session, "POST", "/api/listPosts", { "X-Tsuzuri-Token": wrong, "Content-Type": "application/json" }, "{}")).status,
      401,
    );
  });

  test("opening the printed address serves the page with the token in a meta tag, no cookie, and security headers", async () => {
    const page = await send(h.session, "GET", `/?token=${h.session.token}`);
    assert.equal(page.status, 200);
    assert.match(page.body, /<title>Tsuzuri test page<\/title>/);
    assert.ok(
      page.body.includes(`<meta name="tsuzuri-token" content="${h.session.token}">`),
      "the page learns the token for its API calls",
    );
    assert.equal(page.headers["set-cookie"], undefined, "no cookie is set");
    assert.equal(page.headers["content-security-policy"], RENDERER_CSP);
    assert.equal(page.headers["x-content-type-options"], "nosniff");
    assert.equal(page.headers["referrer-policy"], "no-referrer");
    assert.equal(page.headers["cross-origin-opener-policy"], "same-origin");
    assert.equal(page.headers["cache-control"], "no-store");
  });

  test("a reload (the page without ?token=) gets the page but not the token; the tab keeps its own copy", async () => {
    const page = await send(h.session, "GET", "/");
    assert.equal(page.status, 200);
    assert.ok(!page.body.includes(h.session.token), "the token is not in a page anyone on the machine can fetch");
    assert.ok(!page.body.includes("tsuzuri-token"), "no token meta tag");
    assert.equal(page.headers["set-cookie"], undefined);
  });

  test("the renderer's built files are public code; ?token= authorises nothing but the page", async () => {
    const js = await send(h.session, "GET", "/app.js");
    assert.equal(js.status, 200);
    assert.match(String(js.headers["content-type"]), /^text\/javascript/);
    assert.equal(js.headers["cache-control"], "no-store");
    assert.equal(js.headers["set-cookie"], undefined);
    assert.equal(
      (await send(h.session, "POST", `/api/listPosts?token=${h.session.token}`, { "Content-Type": "application/json" }, "{}")).status,
      401,
    );
    assert.equal((await send(h.session, "GET", `/api/events?token=${h.session.token}`)).status, 401);
  });

  test("a request carrying only a cookie with the token (no header) is refused everywhere and changes nothing", async () => {
    const Cookie = tokenCookies(h);
    const forged = await send(
      h.session,
      "POST",
      "/api/createPost",
      { Cookie, "Content-Type": "application/json" },
      JSON.stringify({ title: "Forged" }),
    );
    assert.equal(forged.status, 401);
    assert.equal((await send(h.session, "POST", "/api/listPosts", { Cookie, "Content-Type": "application/json" }, "{}")).status, 401);
    assert.equal((await send(h.session, "GET", "/api/events", { Cookie })).status, 401);
    assert.equal((await send(h.session, "POST", HTTP_EVENTS_TICKET_ROUTE, { Cookie })).status, 401);
    const page = await send(h.session, "GET", "/", { Cookie });
    assert.ok(!page.body.includes(h.session.token), "a cookie does not buy the page's token");
    const list = await call(h, "listPosts");
    assert.ok(!(list.value as { title: string }[]).some((p) => p.title === "Forged"));
  });

  test("a foreign Host header is refused with 403 (DNS rebinding)", async () => {
    const port = h.session.port;
    assert.equal((await send(h.session, "GET", `/?token=${h.session.token}`, { Host: `evil.example:${port}` })).status, 403);
    assert.equal((await send(h.session, "GET", "/app.js", { Host: `127.0.0.1:${port + 1}` })).status, 403);
    assert.equal((await send(h.session, "GET", "/", { Host: `evil.example:${port}` })).status, 403);
    assert.equal((await send(h.session, "GET", "/app.js", { Host: `localhost:${port}` })).status, 200);
  });

  test("a foreign Origin header is refused with 403; our own origins pass", async () => {
    const headers = { ...h.auth, "Content-Type": "application/json" };
    assert.equal((await send(h.session, "POST", "/api/listPosts", { ...headers, Origin: "http://evil.example" }, "{}")).status, 403);
    assert.equal((await send(h.session, "POST", "/api/listPosts", { ...headers, Origin: "null" }, "{}")).status, 403);
    assert.equal(
      (await send(h.session, "POST", "/api/listPosts", { ...headers, Origin: `http://127.0.0.1:${h.session.port + 1}` }, "{}")).status,
      403,
    );
    assert.equal(
      (await send(h.session, "POST", "/api/listPosts", { ...headers, Origin: `http://localhost:${h.session.port}` }, "{}")).status,
      200,
    );
    assert.equal(
      (await send(h.session, "POST", "/api/listPosts", { ...headers, Origin: `http://127.0.0.1:${h.session.port}` }, "{}")).status,
      200,
    );
  });
});

describe("serve: event-stream tickets", () => {
  let h: Harness;
  let other: Harness;
  before(async () => {
    // Two servers with the same token: a ticket still belongs to the one that made it.
    h = await startHarness();
    other = await startHarness({ token: h.session.token });
  });
  after(async () => {
    await h.stop();
    await other.stop();
  });

  test("a ticket is not the token, opens the stream once, and is refused the second time", async () => {
    const ticket = await eventTicket(h);
    assert.notEqual(ticket, h.session.token);
    assert.match(ticket, /^[A-Za-z0-9_-]{43}$/);
    assert.equal(await statusOf(h.session, eventsPath(ticket)), 200);
    assert.equal(await statusOf(h.session, eventsPath(ticket)), 401, "a used ticket");
  });

  test("a ticket is useless on another server, even one with the same token", async () => {
    const ticket = await eventTicket(h);
    assert.equal(await statusOf(other.session, eventsPath(ticket)), 401);
    assert.equal(await statusOf(h.session, eventsPath(ticket)), 200, "while it still works on its own server");
  });

  test("tickets are handed out only to POST with the token header", async () => {
    assert.equal((await send(h.session, "GET", HTTP_EVENTS_TICKET_ROUTE, h.auth)).status, 405);
    assert.equal((await send(h.session, "POST", HTTP_EVENTS_TICKET_ROUTE, { "X-Tsuzuri-Token": "x".repeat(43) })).status, 401);
  });

  test("a ticket expires unused; the oldest are dropped when too many are outstanding", () => {
    let now = 1_000;
    const tickets = new EventTickets(30_000, () => now);
    const late = tickets.issue();
    now += 30_000;
    assert.equal(tickets.redeem(late), false, "expired");
    const first = tickets.issue();
    for (let i = 0; i < 200; i++) tickets.issue();
    assert.equal(tickets.redeem(first), false, "dropped for newer ones");
    const fresh = tickets.issue();
    assert.equal(tickets.redeem(fresh), true);
    assert.equal(tickets.redeem(fresh), false);
    assert.equal(tickets.redeem(null), false);
    assert.equal(tickets.redeem(""), false);
  });
});
