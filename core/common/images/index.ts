// Images in posts, the pure parts: which image a file is by its bytes, whether an SVG is safe to add,
// the file name it gets in the journal and the Markdown that shows it.
export { IMAGE_TYPES, MAX_IMAGE_BYTES, MAX_IMAGE_BASE64, ASSETS_DIR } from "./constants.js";
export { sniffImage, type ImageKind, type ImageType } from "./image-kind.js";
export { svgProblem } from "./svg-safety.js";
export { imageFileName, pastedImageStem, safeImageStem } from "./image-name.js";
export { imageAlt, imageLink, imageMarkdown } from "./image-link.js";
