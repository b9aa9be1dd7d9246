// The details row of the open post: date and time, draft ⇄ published, file name.
export { PostDetails, type ApplyDetails, type MetaPatch } from "./post-details.js";
export type { DateField } from "./date-value.js";
