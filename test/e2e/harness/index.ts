// The e2e harness: a served app in Chromium, IME typing, waits, and the journal on disk.
export { startEnv, type Env, type EnvOptions } from "./env.js";
export { startServe, type Served, type ServeOptions } from "./serve.js";
export { launchBrowser, openPage, chromiumPath, CHROMIUM, HAS_CHROMIUM, type AppPage, type PageOptions } from "./browser.js";
export {
  imeType,
  compose,
  startComposition,
  updateComposition,
  commitComposition,
  recordKeydowns,
  cdpOf,
  type ImeSegment,
  type ConfirmKey,
  type SeenKey,
} from "./ime.js";
export { waitFor, waitForValue, holdsFor, waitOnPurpose, DEFAULT_TIMEOUT, type WaitOptions } from "./wait.js";
export {
  ui,
  NAMES,
  waitForApp,
  editorText,
  statusText,
  waitForStatus,
  shownCharCount,
  openPost,
  startNewPost,
  listedTexts,
  listedTitles,
  waitForListed,
  waitForTitles,
  focusBodyEnd,
  newPostWithTitle,
} from "./ui.js";
export { markdownFiles, postFiles, writePosts, parsePostText, readPostFile, postText, postBodyTitled, type PostFile } from "./journal.js";
export { ROOT, tempDir, removeDir, assertBuilt } from "./paths.js";
