// Server-sent events: every app event goes to every connected page, with keep-alive comments
// so proxies and the browser do not drop an idle stream.
import type { ServerResponse } from "node:http";
import { SSE_KEEPALIVE_MS, SSE_RETRY_MS } from "./constants.js";
import { BASE_HEADERS } from "../host/index.js";

/** The set of open event streams. */
export class EventStream {
  private readonly clients = new Set<ServerResponse>();
  private timer: ReturnType<typeof setInterval> | null = null;

  /** How many pages are connected. */
  get size(): number {
    return this.clients.size;
  }

  /** Turns `res` into an event stream until the client goes away. */
  open(res: ServerResponse): void {
    res.writeHead(200, {
      ...BASE_HEADERS,
      "Content-Type": "text/event-stream; charset=utf-8",
      Connection: "keep-alive",
      "X-Accel-Buffering": "no",
    });
    res.write(`retry: ${SSE_RETRY_MS}\n: connected\n\n`);
    this.clients.add(res);
    res.on("close", () => {
      this.clients.delete(res);
      if (!this.clients.size) this.stopKeepAlive();
    });
    this.startKeepAlive();
  }

  /** Sends one event to every page. */
  send(event: string, payload: unknown): void {
    const frame = `event: ${event}\ndata: ${JSON.stringify(payload ?? {})}\n\n`;
    for (const res of this.clients) res.write(frame);
  }

  /** Ends every stream (on shutdown). */
  closeAll(): void {
    for (const res of this.clients) res.end();
    this.clients.clear();
    this.stopKeepAlive();
  }

  private startKeepAlive(): void {
    if (this.timer) return;
    this.timer = setInterval(() => {
      for (const res of this.clients) res.write(": keep-alive\n\n");
    }, SSE_KEEPALIVE_MS);
    this.timer.unref();
  }

  private stopKeepAlive(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }
}
