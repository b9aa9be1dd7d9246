// The sidebar's list of posts.
export { PostList } from "./list.js";
