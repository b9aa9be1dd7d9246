// `tsuzuri serve` refuses everyone but the page it printed the address for.
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { RENDERER_CSP } from "../../../core/common/csp.js";
import { cookieName } from "../../../core/node/serve/index.js";
import { call, send, startHarness, type Harness } from "./harness.js";

describe("serve: who may talk to the server", () => {
  let h: Harness;
  let cookie: string;
  before(async () => {
    h = await startHarness();
    cookie = `${cookieName(h.session.port)}=${h.session.token}`;
  });
  after(() => h.stop());

  test("the address is loopback with a long random token", () => {
    assert.match(h.session.url, /^http:\/\/127\.0\.0\.1:\d+\/\?token=[A-Za-z0-9_-]{43}$/);
    assert.ok(h.session.port > 0);
  });

  test("requests without the token are refused with 401", async () => {
    assert.equal((await send(h.session, "GET", "/")).status, 401);
    assert.equal((await send(h.session, "GET", "/app.js")).status, 401);
    assert.equal((await send(h.session, "GET", "/api/events")).status, 401);
    assert.equal((await send(h.session, "POST", "/api/listPosts", { "Content-Type": "application/json" }, "{}")).status, 401);
  });

  test("a wrong token of the right length is refused", async () => {
    const wrong = h.session.token.slice(1) + (h.session.token[0] === "A" ? "B" : "A");
    assert.equal((await send(h.session, "GET", `/?token=${wrong}`)).status, 401);
    assert.equal((await send(h.session, "POST", "/api/listPosts", { "X-Tsuzuri-Token": wrong, "Content-Type": "application/json" }, "{}")).status, 401);
  });

  test("opening the printed address serves the page, sets an HttpOnly SameSite=Strict cookie and security headers", async () => {
    const page = await send(h.session, "GET", `/?token=${h.session.token}`);
    assert.equal(page.status, 200);
    assert.match(page.body, /<title>Tsuzuri test page<\/title>/);
    assert.ok(page.body.includes(`<meta name="tsuzuri-token" content="${h.session.token}">`), "the page learns the token for its API calls");
    const setCookie = String(page.headers["set-cookie"]);
    assert.ok(setCookie.startsWith(`${cookie};`));
    for (const attr of ["HttpOnly", "SameSite=Strict", "Path=/"]) assert.ok(setCookie.includes(attr), `cookie has ${attr}`);
    assert.equal(page.headers["content-security-policy"], RENDERER_CSP);
    assert.equal(page.headers["x-content-type-options"], "nosniff");
    assert.equal(page.headers["referrer-policy"], "no-referrer");
    assert.equal(page.headers["cross-origin-opener-policy"], "same-origin");
    assert.equal(page.headers["cache-control"], "no-store");
  });

  test("the cookie authorises the page's static files; ?token= works on the page only", async () => {
    const js = await send(h.session, "GET", "/app.js", { Cookie: cookie });
    assert.equal(js.status, 200);
    assert.match(String(js.headers["content-type"]), /^text\/javascript/);
    assert.equal(js.headers["cache-control"], "no-store");
    assert.equal((await send(h.session, "GET", `/app.js?token=${h.session.token}`)).status, 401);
    assert.equal((await send(h.session, "POST", `/api/listPosts?token=${h.session.token}`, { "Content-Type": "application/json" }, "{}")).status, 401);
  });

  test("a foreign Host header is refused with 403 (DNS rebinding)", async () => {
    const port = h.session.port;
    assert.equal((await send(h.session, "GET", `/?token=${h.session.token}`, { Host: `evil.example:${port}` })).status, 403);
    assert.equal((await send(h.session, "GET", "/app.js", { Host: `127.0.0.1:${port + 1}`, Cookie: cookie })).status, 403);
    assert.equal((await send(h.session, "GET", "/app.js", { Host: `localhost:${port}`, Cookie: cookie })).status, 200);
  });

  test("a foreign Origin header is refused with 403; our own origins pass", async () => {
    const headers = { ...h.auth, "Content-Type": "application/json" };
    assert.equal((await send(h.session, "POST", "/api/listPosts", { ...headers, Origin: "http://evil.example" }, "{}")).status, 403);
    assert.equal((await send(h.session, "POST", "/api/listPosts", { ...headers, Origin: "null" }, "{}")).status, 403);
    assert.equal((await send(h.session, "POST", "/api/listPosts", { ...headers, Origin: `http://localhost:${h.session.port}` }, "{}")).status, 200);
    assert.equal((await send(h.session, "POST", "/api/listPosts", { ...headers, Origin: `http://127.0.0.1:${h.session.port}` }, "{}")).status, 200);
  });

  test("a POST carrying only the cookie (a forged form or fetch) is refused and changes nothing", async () => {
    const forged = await send(h.session, "POST", "/api/createPost", { Cookie: cookie, "Content-Type": "application/json" }, JSON.stringify({ title: "Forged" }));
    assert.equal(forged.status, 403);
    const list = await call(h, "listPosts");
    assert.ok(!(list.value as { title: string }[]).some((p) => p.title === "Forged"));
  });
});
