// The post model: pure helpers to read and write post files (front matter + Markdown body).
export { EXCERPT_LENGTH, MANAGED_KEYS } from "./constants.js";
export { parsePost, type ParsedPost } from "./parse.js";
export { splitFrontMatter, type SplitFile } from "./split.js";
export { readFrontMatter, normaliseTags } from "./front-matter.js";
export type { FrontMatter, FrontMatterStatus, PostMeta } from "./front-matter.js";
export { editFrontMatterYaml, sameValue, type FrontMatterChanges } from "./yaml-edit.js";
export { inlineYaml, type ManagedValue } from "./yaml-value.js";
export { newPostText, rewritePost, type SerialisedPost } from "./serialise.js";
export { resolveTitle, firstHeading, titleFromFileName } from "./title.js";
export { excerptOf } from "./excerpt.js";

export { countChars } from "./chars.js";
export { titleSlug, utf8ByteLength } from "./slug.js";
export { postFileName, datePrefixOf, numberedFileName, isNumberedVariant, isPostFileName, POST_EXTENSION } from "./file-name.js";
export { fileStemOf, fileStemProblem, FILE_STEM_MAX_BYTES, type FileStemProblem } from "./file-stem.js";
export { formatIsoWithOffset, formatYmd, parseIsoMs } from "./iso-date.js";
export {
  POST_SORTS,
  compareKeys,
  comparePosts,
  insertionIndex,
  orderKeys,
  sortPosts,
  type OrderKeys,
  type PostSort,
  type Sortable,
} from "./order.js";
export { encodeUlid, createUlidGenerator, isUlid, type RandomBytes } from "./ulid.js";
export { toLf, type Eol } from "./eol.js";
export { proseLines, type ProseLine } from "./blocks.js";
export { closesFence, fenceOf } from "./fence.js";
