// Importing posts from elsewhere, the pure parts: reading Movable Type (Hatena Blog) exports and the
// front matter of Markdown folders (Jekyll, Hugo, Obsidian), dates in a zone, tags, identities that
// make re-imports skip what is already there, link rewriting, and the text of an imported post.
export {
  IMPORTED_FROM_KEY,
  MT_ENTRY_SEPARATOR,
  MT_SECTION_SEPARATOR,
  DEFAULT_MT_ZONE,
  MORE_MARKER,
  MARKDOWN_EXTENSIONS,
} from "./constants.js";
export { isTimeZone, type WallTime } from "./zone.js";
export { parseMtDate, parseLooseDate } from "./dates.js";
export { mtIdentity, numberRepeats, oneFileIdentity } from "./identity.js";
export { tagsFromValue, parseMtTags } from "./tag-list.js";
export { parseMtExport, parseFeedback, type MtRawEntry, type MtField, type MtSection, type MtFeedback } from "./mt-parse.js";
export { mtEntryToPost, type MtPost, type MtEntryResult, type MtFeedbackItem } from "./mt-entry.js";
export { mtBodyKind, breaksToHtml, joinMoreHtml, type MtBodyKind } from "./mt-body.js";
export { readSourceFrontMatter, type SourceFrontMatter, type SourceFrontMatterKind } from "./source-front-matter.js";
export { markdownFileToPost, type MarkdownFileInput, type MarkdownPost, type MarkdownPostResult } from "./markdown-post.js";
export { inlineTags } from "./inline-tags.js";
export { proseRanges, mapProse, type Range } from "./markdown-scan.js";
export { rewriteUrls, splitUrl, isExternalUrl, type UrlKind, type UrlMapper } from "./links.js";
export { convertWikilinks, type WikiTarget, type ResolvedWiki } from "./wikilinks.js";
export { replaceSiteRefs, stripSiteUrlVariables, type SiteRef } from "./site-refs.js";
export { feedbackSection, feedbackLang, escapeInline, type FeedbackEntry, type FeedbackLang } from "./feedback.js";
export { importedPostText, type ImportedPost } from "./post-text.js";
export { dirOf, baseOf, withoutExtension, extensionOf, joinRelative, relativeLink, encodeLinkPath } from "./paths.js";
