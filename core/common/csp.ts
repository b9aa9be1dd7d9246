// Content Security Policies, in one place: the page's policy (sent by `tsuzuri serve` and by the Electron
// protocol handler, and mirrored by renderer/index.html's meta tag) and the policy of journal files.

/** The renderer page's policy: scripts only from the app itself, no plugins, no framing by others. */
export const RENDERER_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: https:; " +
  "connect-src 'self'; font-src 'self' data:; frame-src 'self' about:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/**
 * The policy sent with files of the journal (images): nothing may run or load, and a file opened
 * on its own (an SVG, say) becomes a sandboxed document of no origin.
 */
export const JOURNAL_FILE_CSP = "default-src 'none'; style-src 'unsafe-inline'; sandbox";

/** The page policy for documents of the app shown inside its own frames (they may be framed by the app itself). */
export const RENDERER_FRAME_CSP = RENDERER_CSP.replace("frame-ancestors 'none'", "frame-ancestors 'self'");
