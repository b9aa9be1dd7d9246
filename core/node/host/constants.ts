// Tuning constants both hosts share, in one place.

/** On close or quit: longest wait for the renderer's pending saves after `flush`. */
export const FLUSH_WAIT_MS = 2_000;
/** If no call starts within this long after `flush`, the renderer had nothing to save. */
export const FLUSH_QUIET_MS = 500;
/** Once a save completed, how long nothing may be in flight before the host closes. */
export const FLUSH_SETTLE_MS = 150;
