// Saving when the window stops being used: blur, hidden, closed (best effort), and the host's flush.
import type { Session } from "./session.js";

/** Saves pending edits whenever the page loses the user's attention or is going away. */
export function installLifecycleSaves(session: Session): void {
  const flush = () => void session.saver.flush();
  window.addEventListener("blur", flush);
  document.addEventListener("visibilitychange", () => {
    if (document.visibilityState === "hidden") flush();
  });
  window.addEventListener("pagehide", flush);
  window.addEventListener("beforeunload", flush);
}
