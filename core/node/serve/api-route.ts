// POST /api/<op>: one route per contract operation, JSON in, the app's Reply out.
import type { IncomingMessage, ServerResponse } from "node:http";
import { httpRoute, type OpName, type Reply } from "../../contract/index.js";
import { opNames } from "../../contract/schema.js";
import type { App } from "../app/index.js";
import type { Activity } from "../host/index.js";
import { MAX_BODY_BYTES } from "./constants.js";
import { BodyTooLargeError, readBody } from "./read-body.js";
import { sendJson, sendJsonText } from "./respond.js";

/** Route path → operation, derived from the contract. */
const ROUTES = new Map<string, OpName>(opNames.map((op) => [httpRoute(op), op]));

/** The operation of a route path, if it is one. */
export function opOfRoute(path: string): OpName | undefined {
  return ROUTES.get(path);
}

const failure = (message: string): Reply => ({ ok: false, error: { code: "invalid-argument", message } });

/** Search results as JSON, by result object: identical searches in flight share one result (see Finder), so they share its text too. */
const searchJson = new WeakMap<object, string>();

/** The JSON of `reply`; a search's result is serialised once however many requests share it. */
function replyJson(op: OpName, reply: Reply): string {
  if (op !== "search" || !reply.ok || typeof reply.value !== "object" || reply.value === null) return JSON.stringify(reply);
  let json = searchJson.get(reply.value);
  if (json === undefined) {
    json = JSON.stringify(reply.value);
    searchJson.set(reply.value, json);
  }
  return `{"ok":true,"value":${json}}`;
}

/** True when the Content-Type header names JSON (parameters such as charset allowed). */
function isJson(req: IncomingMessage): boolean {
  const type = req.headers["content-type"];
  return typeof type === "string" && type.split(";")[0]!.trim().toLowerCase() === "application/json";
}

/** Runs operation `op` for a POST request and answers its Reply (200 also for the operation's own errors). */
export async function handleOperation(req: IncomingMessage, res: ServerResponse, app: App, activity: Activity, op: OpName): Promise<void> {
  if (req.method !== "POST") return sendJson(res, 405, failure(`Use POST for ${httpRoute(op)}.`), { Allow: "POST" });
  if (!isJson(req)) return sendJson(res, 415, failure("The body must be JSON (Content-Type: application/json)."));
  const end = activity.begin(op);
  try {
    let text: string;
    try {
      text = await readBody(req, MAX_BODY_BYTES);
    } catch (err) {
      if (err instanceof BodyTooLargeError) return sendJson(res, 413, failure(err.message), { Connection: "close" });
      throw err;
    }
    let args: unknown;
    try {
      args = text.trim() === "" ? undefined : JSON.parse(text);
    } catch (err) {
      return sendJson(res, 400, failure(`Malformed JSON: ${(err as Error).message}`));
    }
    sendJsonText(res, 200, replyJson(op, await app.dispatch(op, args)));
  } finally {
    end();
  }
}
