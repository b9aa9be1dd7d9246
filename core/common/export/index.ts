// HTML export, the pure part: page paths and links, templates, the Atom feed, language detection,
// selection and the site plan. Node's core/node/export reads the journal and writes the files.
export * from "./constants.js";
export { escapeAttr, escapeHtml } from "./escape.js";
export { detectLang, langTag, postLang } from "./lang.js";
export { instantOf, displayDate, rfc3339, parseDateBound, inDateRange, type DateBound } from "./dates.js";
export type { Labels } from "./labels.js";
export { postSlug, tagSegments, mediaPath, PathAllocator, encodePath, relativeHref } from "./paths.js";
export { resolveLocalUrl, isPostTarget, isOutsideRef, outsidePath, imageTypeOf, type LocalTarget } from "./local-url.js";
export { rewriteBody, urlsInBody, type BodyRewrite, type UrlRewrite } from "./rewrite-html.js";
export type { ExportPost } from "./model.js";

export { selectPosts, type Selection } from "./select.js";
export type { Page } from "./pagination.js";
export { planSite, type SitePlan, type PlannedPost, type PlannedTag, type TagRef, type PlanOptions } from "./site-plan.js";
export { renderFeed, uuidUrn, type FeedEntry, type FeedInput } from "./feed.js";
export type { PageInput, SiteNav } from "./templates/layout.js";
export type { PostArticle, TitledLink } from "./templates/post.js";
export type { ListedPost, Pager, TagTreeItem } from "./templates/lists.js";
export { localRefs, linkedRefs, exportBody, type ExportTarget, type TargetMap } from "./body-links.js";
export { postPageInput, renderPostPage, renderIndexPages, renderTagPage, renderTagsIndex } from "./site-pages.js";
export type { SiteInfo, SitePage, Neighbour, PostPageInput } from "./site-pages.js";
export { renderSinglePost, type SinglePostInput } from "./single-page.js";
