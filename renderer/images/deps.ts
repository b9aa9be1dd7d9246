// What adding images needs of the app.
import type { Client } from "../../core/contract/index.js";

/** The host and the app's few hooks, read when an image is added (not when the editor is built). */
export interface ImageDeps {
  client(): Client;
  /** The open post's journal path, or null when none is open. */
  post(): string | null;
  /** Saves what the editor holds first, so a new post has its file name before its images get a folder. */
  save(): Promise<void>;
  /** Shows a message in the app's error banner. */
  error(message: string): void;
  /** Markdown files were dropped: offer to open them (posts of the journal) or to import them. */
  markdownDropped(names: string[]): void;
}
