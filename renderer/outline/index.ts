// The outline of the open post: its headings, a click to jump, the current section, folding.
export { OutlineView } from "./outline-view.js";

export type { Heading } from "./headings.js";
export { OUTLINE_SHOWN_MIN_WIDTH } from "./constants.js";
