// The inputs and reports of a Journal.
import type { Unreadable } from "./walk.js";

/** Options of Journal.open. */
export interface JournalOptions {
  /** Watch the folder and report changes made by other programs (see onChange). Default false. */
  watch?: boolean;
  /**
   * After opening, re-read every post in the background and correct entries whose content changed
   * without a new mtime or size (see verified). Default: as `watch`.
   */
  verify?: boolean;
}

/** What opening a journal found and put in order. */
export interface OpenReport {
  /** Post files and folders that could not be read (left out of the list), with why. */
  unreadable: Unreadable[];
  /** Temp files of interrupted writes removed. */
  tempsSwept: number;
  /** Posts an interrupted tag rename was finished in. */
  retagFinished: string[];
}

/** What a new post starts with. */
export interface CreateInput {
  title?: string;
  body?: string;
}

/** A save: the editor's title, body and tags, and the hash of the file the editor started from. */
export interface SaveInput {
  path: string;
  baseHash: string;
  title: string;
  body: string;
  tags?: string[];
  /** Write even if the file changed on disk since `baseHash`, or was deleted ("Keep mine"). */
  force?: boolean;
}
