// Response headers both hosts send: with every answer, and with a journal file (an image a post shows).
import type { OutgoingHttpHeaders } from "node:http";
import { JOURNAL_FILE_CSP } from "../../common/csp.js";

/** Headers sent with every response. */
export const BASE_HEADERS: OutgoingHttpHeaders = {
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "no-referrer",
  "Cache-Control": "no-store",
  "Cross-Origin-Resource-Policy": "same-origin",
};

/** Headers of a journal file: shown inline, never sniffed, never active. */
export const JOURNAL_FILE_HEADERS: OutgoingHttpHeaders = {
  ...BASE_HEADERS,
  "Content-Security-Policy": JOURNAL_FILE_CSP,
  "Content-Disposition": "inline",
};
