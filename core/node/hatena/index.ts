// The link between a journal and a Hatena Blog (AtomPub): pull every entry into posts, push posts
// to entries, images to Fotolife, and never overwrite an edit made on the other side.
export { HatenaClient, normaliseEndpoint, type AuthScheme, type ClientOptions, type UploadedImage } from "./client.js";
export { HatenaError, type HatenaErrorKind } from "./errors.js";
export { pull, type PullOptions } from "./pull.js";
export { push, type PushOptions } from "./push.js";
export { readSettings, writeSettings, type HatenaSettings, type RememberedImage } from "./settings.js";
export { reportLines, hasProblems, type SyncReport, type SyncItem, type SyncAction } from "./report.js";
export { linkOf, type EntryLink } from "./link.js";
export { wsseHeader } from "./wsse.js";
export type { RemoteEntry, FeedPage } from "./atom-entry.js";
export type { OutgoingEntry } from "./atom-build.js";
export { API_KEY_ENV, DEFAULT_FOTOLIFE, SETTINGS_FILE, type Syntax } from "./constants.js";
