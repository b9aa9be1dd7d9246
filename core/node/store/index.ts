// The journal store: posts as Markdown files in a folder the user owns, an index cache, a trash,
// a watcher for changes made elsewhere, and the app's settings file.
export {
  Journal,
  type JournalChange,
  type JournalOptions,
  type CreateInput,
  type SaveInput,
  type OpenReport,
  type Unreadable,
} from "./journal.js";
export type { MetaInput } from "./post-meta.js";
export type { TagChange, RetagResult, RetagOutcome } from "./retag.js";
export { SettingsStore, DEFAULT_SETTINGS, type StoredSettings } from "./settings.js";
export { defaultJournalDir, defaultUserDataDir, type DirsEnvironment } from "./default-dirs.js";
export { makeDir } from "./make-dir.js";
export { mapLimit } from "./pool.js";
export { atomicWrite, type AtomicWriteFs, type AtomicWriteOptions } from "./atomic-write.js";
export { walkPosts } from "./walk.js";
export { writeUniqueFile } from "./unique-path.js";
export { fsError } from "./errors.js";
export { INDEX_FILE, INDEX_VERSION, TRASH_DIR, POSTS_DIR, MAX_POST_BYTES } from "./constants.js";
