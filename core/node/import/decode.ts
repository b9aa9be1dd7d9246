// Reading text that may not be UTF-8: old Japanese blogs exported in Shift_JIS or EUC-JP.
import { isUtf8 } from "node:buffer";
import { LEGACY_ENCODINGS } from "./constants.js";

/** The text of `bytes`: UTF-8 when valid (BOM dropped), else the legacy Japanese encoding that decodes cleanly. */
export function decodeText(bytes: Uint8Array): { text: string; encoding: string } {
  if (isUtf8(bytes)) return { text: new TextDecoder("utf-8").decode(bytes).replace(/^\uFEFF/, ""), encoding: "utf-8" };
  for (const encoding of LEGACY_ENCODINGS) {
    try {
      return { text: new TextDecoder(encoding, { fatal: true }).decode(bytes), encoding };
    } catch {
      // Not this one.
    }
  }
  return { text: new TextDecoder("utf-8").decode(bytes), encoding: "utf-8 (with invalid bytes replaced)" };
}
