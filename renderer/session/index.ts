// The session of each open post: its save state machine, saving, autosave timing and the cache of
// opened posts. Depends on nothing of the app: what it needs is passed in.
export { PostSession, type PostPhase, type SaveStatus } from "./post-session.js";
export { savePostSession, type PostContent, type SaveDeps, type SaveOutcome } from "./save-post.js";
export { Autosave, autosaveTiming, type AutosaveTiming } from "./autosave.js";
export { DocCache } from "./doc-cache.js";
export { AUTOSAVE_DEBOUNCE_MS, AUTOSAVE_MAX_WAIT_MS, MAX_CACHED_STATES } from "./constants.js";
