// Writing responses: the headers every answer carries, and small helpers for text and JSON.
import type { OutgoingHttpHeaders, ServerResponse } from "node:http";
import { RENDERER_CSP, RENDERER_FRAME_CSP } from "../../common/csp.js";
import { BASE_HEADERS } from "../host/index.js";

/** Headers of the renderer's page (index.html). */
export const PAGE_HEADERS: OutgoingHttpHeaders = {
  ...BASE_HEADERS,
  "Content-Security-Policy": RENDERER_CSP,
  "Cross-Origin-Opener-Policy": "same-origin",
  "Content-Type": "text/html; charset=utf-8",
};

/** Headers of other HTML documents of the renderer (which the page may frame). */
export const FRAME_HEADERS: OutgoingHttpHeaders = { ...PAGE_HEADERS, "Content-Security-Policy": RENDERER_FRAME_CSP };

/** Headers of non-HTML answers (JSON, text): they may not be rendered as active documents. */
const DATA_HEADERS: OutgoingHttpHeaders = { ...BASE_HEADERS, "Content-Security-Policy": "default-src 'none'; frame-ancestors 'none'" };

/** Answers plain text (errors for people). */
export function sendText(res: ServerResponse, status: number, text: string, headers: OutgoingHttpHeaders = {}): void {
  const body = Buffer.from(text.endsWith("\n") ? text : `${text}\n`, "utf8");
  res.writeHead(status, { ...DATA_HEADERS, "Content-Type": "text/plain; charset=utf-8", "Content-Length": body.length, ...headers });
  res.end(body);
}

/** Answers a JSON value. */
export function sendJson(res: ServerResponse, status: number, value: unknown, headers: OutgoingHttpHeaders = {}): void {
  sendJsonText(res, status, JSON.stringify(value), headers);
}

/** Answers JSON text made already. */
export function sendJsonText(res: ServerResponse, status: number, json: string, headers: OutgoingHttpHeaders = {}): void {
  const body = Buffer.from(json, "utf8");
  res.writeHead(status, { ...DATA_HEADERS, "Content-Type": "application/json; charset=utf-8", "Content-Length": body.length, ...headers });
  res.end(body);
}
