// Post details and the trash, over the open journal (the search index and tag catalog follow through
// the journal's change events, as for saves).
import type { OpParsedArgs, OpResult } from "../../contract/index.js";
import type { AppState } from "./state.js";

/** Changes a post's date, draft state or file name. */
export function updatePostMeta(state: AppState, args: OpParsedArgs<"updatePostMeta">): Promise<OpResult<"updatePostMeta">> {
  return state.journal().updateMeta(args);
}

/** Removes a post left empty right after New post (only that). */
export async function discardPost(state: AppState, { path, baseHash }: OpParsedArgs<"discardPost">): Promise<OpResult<"discardPost">> {
  return { discarded: await state.journal().discard(path, baseHash) };
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
