// Waiting for the user (or a service manager) to stop the process: the first SIGINT/SIGTERM starts an
// orderly shutdown; a second one during it exits at once.
import { EXIT_INTERRUPTED } from "./constants.js";

const SIGNALS = ["SIGINT", "SIGTERM"] as const;

/** Resolves with the name of the first stop signal; later signals end the process immediately. */
export function waitForStopSignal(onForced: () => void = () => {}): Promise<string> {
  return new Promise((resolve) => {
    let received = false;
    const handler = (signal: string) => {
      if (received) {
        onForced();
        process.exit(EXIT_INTERRUPTED);
      }
      received = true;
      resolve(signal);
    };
    for (const s of SIGNALS) process.on(s, handler);
  });
}
