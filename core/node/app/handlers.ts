// One handler per contract operation, over the open journal and the settings store.
import type { OpName, OpParsedArgs, OpResult } from "../../contract/index.js";
import type { AppState } from "./state.js";

/** The implementation of every operation: the type makes a missing one a compile error. */
export type Handlers = { [N in OpName]: (args: OpParsedArgs<N>) => Promise<OpResult<N>> };

/** Builds the handlers over an app's state. */
export function createHandlers(state: AppState): Handlers {
  return {
    hostInfo: async () => state.hostInfo(),
    getJournal: async () => state.journal().info(),
    openJournal: async ({ dir }) => state.openJournal(dir),
    listPosts: async () => state.journal().list(),
    readPost: async ({ path }) => state.journal().read(path),
    createPost: async ({ title, body }) => state.journal().create({ title, body }),
    savePost: async (args) => state.journal().save(args),
    deletePost: async ({ path }) => state.journal().delete(path),
    listTrash: async () => state.journal().listTrash(),
    restorePost: async ({ trashPath }) => state.journal().restore(trashPath),
    getSettings: async () => state.settings.get(),
    updateSettings: async (patch) => state.settings.update(patch),
    openExternal: async ({ url }) => ({ opened: await state.openExternal(url) }),
  };
}
