// Validates a raw request against the contract and runs its handler, answering a wire Reply.
import { TsuzuriError, type Reply } from "../../contract/index.js";
import { isOpName, operations } from "../../contract/schema.js";
import type { Handlers } from "./handlers.js";
import { messageOf } from "../../common/error-message.js";

/** Runs operation `op` with untrusted `rawArgs`; never throws. */
export async function dispatch(handlers: Handlers, op: string, rawArgs: unknown): Promise<Reply> {
  if (!isOpName(op)) return { ok: false, error: { code: "invalid-argument", message: `Unknown operation: ${op}` } };
  const parsed = operations[op].args.safeParse(rawArgs ?? {});
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? ` (${issue.path.join(".")})` : "";
    return {
      ok: false,
      error: { code: "invalid-argument", message: `Invalid argument for ${op}${where}: ${issue?.message ?? "rejected"}` },
    };
  }
  try {
    const handler = handlers[op] as (args: unknown) => Promise<unknown>;
    return { ok: true, value: await handler(parsed.data) };
  } catch (err) {
    if (err instanceof TsuzuriError) return { ok: false, error: { code: err.code, message: err.message } };
    const message = messageOf(err);
    return { ok: false, error: { code: "internal", message: `Something went wrong in ${op}: ${message}` } };
  }
}
