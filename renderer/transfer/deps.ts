// What the export and import dialogs need of the app.
import type { Client, ExportDefaults, HostInfo } from "../../core/contract/index.js";

/** The host, and the app's few hooks. */
export interface TransferDeps {
  client: Client;
  host: HostInfo;
  /** Saves what the editor holds, so an export has the latest words. */
  saveAll(): Promise<void>;
  /** What an export starts with (the settings' export defaults). */
  exportDefaults?(): ExportDefaults;
}

/** The message of an error, for people. */
export { messageOf } from "../../core/common/error-message.js";

/** The error code the host answered with, if any. */
export function codeOf(e: unknown): string | null {
  return typeof e === "object" && e !== null && "code" in e && typeof e.code === "string" ? e.code : null;
}
