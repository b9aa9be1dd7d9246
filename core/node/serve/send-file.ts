// Streaming a file from disk as a response, without buffering it whole.
import { createReadStream } from "node:fs";
import type { OutgoingHttpHeaders, ServerResponse } from "node:http";
import { pipeline } from "node:stream/promises";

/** Sends `file` (already checked to exist and be allowed) with `headers`; a HEAD request gets headers only. */
export async function sendFile(
  res: ServerResponse,
  file: string,
  size: number,
  headers: OutgoingHttpHeaders,
  head: boolean,
): Promise<void> {
  res.writeHead(200, { ...headers, "Content-Length": size });
  if (head) {
    res.end();
    return;
  }
  try {
    await pipeline(createReadStream(file), res);
  } catch {
    // The client went away, or the file vanished mid-read: the connection is closed either way.
    res.destroy();
  }
}
