// The orders of the post list, shared by the host (search results) and the renderer (the full list):
// the one post order of core/common/post/order.ts.
export { POST_SORTS, comparePosts, type PostSort } from "../common/post/order.js";
