// Reaching the host: Electron's preload bridge when there is one, else `tsuzuri serve` over HTTP.
import { createClient, type Client, type Transport } from "../../core/contract/index.js";
import { createHttpTransport } from "./http-transport.js";
import { takeToken } from "./token.js";

declare global {
  interface Window {
    /** Set by Electron's preload script: exactly the contract's Transport. */
    tsuzuriBridge?: Transport;
  }
}

/** The transport of the page's host: the Electron bridge if present, else HTTP with the serve token. */
export function chooseTransport(): Transport {
  const bridge = window.tsuzuriBridge;
  if (bridge && typeof bridge.call === "function" && typeof bridge.subscribe === "function") return bridge;
  return createHttpTransport(takeToken());
}

/** The typed client of the page's host. */
export function connect(transport: Transport = chooseTransport()): Client {
  return createClient(transport);
}
