// Post details and the trash, over the open journal: the search index and tag catalog hear of every
// post that changes path, changes or goes, as they do for saves.
import type { OpParsedArgs, OpResult } from "../../contract/index.js";
import type { AppState } from "./state.js";

/** Changes a post's date, draft state or file name; the finder follows a rename. */
export async function updatePostMeta(state: AppState, args: OpParsedArgs<"updatePostMeta">): Promise<OpResult<"updatePostMeta">> {
  const result = await state.journal().updateMeta(args);
  if (result.status === "saved") {
    if (result.previousPath !== result.post.path) void state.finder().removed(result.previousPath);
    await state.finder().changed(result.post);
  }
  return result;
}

/** Removes a post left empty right after New post (only that). */
export async function discardPost(state: AppState, { path, baseHash }: OpParsedArgs<"discardPost">): Promise<OpResult<"discardPost">> {
  const discarded = await state.journal().discard(path, baseHash);
  if (!state.journal().list().some((p) => p.path === path)) await state.finder().removed(path);
  return { discarded };
}

/** Deletes one post of the trash for good. */
export async function purgeTrash(state: AppState, { trashPath }: OpParsedArgs<"purgeTrash">): Promise<OpResult<"purgeTrash">> {
  await state.journal().purgeTrash(trashPath);
  return { purged: true };
}

/** Deletes every post of the trash for good. */
export async function emptyTrash(state: AppState): Promise<OpResult<"emptyTrash">> {
  return { purged: await state.journal().emptyTrash() };
}
