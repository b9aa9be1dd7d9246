// Focus mode (a centred column, typewriter scrolling) and the narrow-window layout constants.
export { FocusMode } from "./focus-mode.js";
export { typewriterScrolling, centreCursor } from "./typewriter.js";
export { NARROW_MAX_WIDTH } from "./constants.js";
