// Tags: what a tag may be, when two tags are the same, counting and nesting them across a journal,
// suggesting them as the user types, and renaming or removing one in a post's list.
export { MAX_TAG_LENGTH } from "./constants.js";
export { normalizeTag, readTag, tagKey, tagAndAncestors, isTagOrDescendant } from "./normalize.js";
export type { NormalizedTag, ReadTag, TagProblem } from "./normalize.js";
export { TagCatalog, type TaggedPost, type TagNode, type TagSort } from "./catalog.js";
export type { TagInfo } from "./tag-info.js";
export type { SuggestOptions, TagSuggestion, SuggestionMatch } from "./suggest.js";
export { numeronymOf, numeronymMatches } from "./numeronym.js";
export { renameTagInTags, removeTagFromTags, type TagEditOptions } from "./rename.js";

export { hiraganaCode, isFoldedKatakana, KANA_OFFSET } from "./kana.js";
