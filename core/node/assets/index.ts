// Images of posts in the journal: added by paste, drop or Insert image… (the contract's saveImage),
// and by the importer's image downloads, all through the same checks and naming.
export { saveImageBytes, writePostImage, type ImageInput } from "./save-image.js";
export { saveImageOp } from "./save-image-op.js";
