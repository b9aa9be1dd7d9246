// The key type of the catalog, derived from the English messages.
import type { en } from "./messages-en.js";

/** A key of the message catalog. */
export type MessageKey = keyof typeof en;
