// The sidebar's list of posts.
export { PostList } from "./list.js";
export { compareNewestFirst, sortTime, sortPosts } from "./order.js";
