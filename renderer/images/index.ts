// Images in the editor: paste, drop and Insert image… add image files to the open post (through the
// host's saveImage, into assets/<post>/) and insert `![alt](link)` where they were put.
export { imageInput } from "./image-input.js";
export { pickImage } from "./pick-image.js";
export type { ImageSource } from "./insert-images.js";
export type { ImageDeps } from "./deps.js";
