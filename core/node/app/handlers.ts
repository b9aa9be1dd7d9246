// One handler per contract operation, over the open journal and the settings store.
import type { OpName, OpParsedArgs, OpResult } from "../../contract/index.js";
import { saveImageOp } from "../assets/index.js";
import { dropRecovery, listRecoveries, saveRecovery } from "../recovery/index.js";
import { HatenaLinkOps } from "./hatena.js";
import { discardPost, emptyTrash, purgeTrash, updatePostMeta } from "./post-details.js";
import type { AppState } from "./state.js";
import { deleteTag, renameTag } from "./tag-edits.js";
import { exportPdfTask, exportPostTask, exportSiteTask, importTask, userPath } from "./transfer.js";
import { WriteBarrier } from "./write-barrier.js";
import { renderPostPage } from "../export/index.js";
import { sortPosts } from "../../common/post/index.js";

/** The implementation of every operation: the type makes a missing one a compile error. */
export type Handlers = { [N in OpName]: (args: OpParsedArgs<N>) => Promise<OpResult<N>> };

/** Builds the handlers over an app's state. */
export function createHandlers(state: AppState): Handlers {
  // Writes are tracked from the moment they arrive; searches and tag lists wait for those under way,
  // so they answer with every write asked for before them (the renderer may send both at once).
  const writes = new WriteBarrier();
  const hatena = new HatenaLinkOps(state);
  const write =
    <A, R>(handler: (args: A) => Promise<R>) =>
    (args: A): Promise<R> =>
      writes.track(handler(args));
  const read =
    <A, R>(handler: (args: A) => R | Promise<R>) =>
    async (args: A): Promise<R> => {
      await writes.settled();
      return handler(args);
    };
  return {
    hostInfo: async () => state.hostInfo(),
    getJournal: async () => state.journal().info(),
    openJournal: async ({ dir }) => state.openJournal(userPath(dir)),
    listPosts: async ({ sort, limit }) => {
      const all = state.journal().list();
      const ordered = sort && sort !== "newest" ? sortPosts(all, sort) : all;
      return limit === undefined ? ordered : ordered.slice(0, limit);
    },
    readPost: async ({ path }) => state.journal().read(path),
    // The search index and tags follow every write through the journal's change events (finder.ts).
    createPost: write(({ title, body }) => state.journal().create({ title, body })),
    savePost: write((args) => state.journal().save(args)),
    deletePost: write(({ path }) => state.journal().delete(path)),
    listTrash: async () => state.journal().listTrash(),
    restorePost: write(({ trashPath }) => state.journal().restore(trashPath)),
    saveRecovery: async (args) => (await saveRecovery(state.journal().dir, args), { kept: true as const }),
    listRecoveries: async () => listRecoveries(state.journal().dir),
    dropRecovery: async ({ path }) => ({ dropped: await dropRecovery(state.journal().dir, path) }),
    updatePostMeta: write((args) => updatePostMeta(state, args)),
    discardPost: write((args) => discardPost(state, args)),
    purgeTrash: write((args) => purgeTrash(state, args)),
    emptyTrash: write(() => emptyTrash(state)),
    getSettings: async () => state.settings.get(),
    updateSettings: async (patch) => state.settings.update(patch),
    openExternal: async ({ url }) => ({ opened: await state.openExternal(url) }),
    listTags: read(({ sort }) => state.finder().tags(sort)),
    suggestTags: read(({ prefix, exclude, limit }) => state.finder().suggest(prefix, exclude, limit)),
    renameTag: write((args) => renameTag(state.journal(), state.finder(), args)),
    deleteTag: write((args) => deleteTag(state.journal(), state.finder(), args)),
    search: read((args) => state.finder().find(args)),
    exportPost: (args) => exportPostTask(state.tasks, state.journal(), args),
    printView: read(async ({ path }) => {
      const { page, warnings } = await renderPostPage(state.journal(), path);
      return { html: page, warnings };
    }),
    exportPdf: async (args) => exportPdfTask(state.tasks, state.journal(), state.host.printToPdf, args),
    exportSite: (args) => exportSiteTask(state.tasks, state.journal(), args),
    importSource: (args) => importTask(state.tasks, state.journal(), args),
    hatenaStatus: () => hatena.status(),
    hatenaSetup: (args) => hatena.setup(args),
    hatenaSync: (args) => hatena.sync(args),
    hatenaLink: ({ path }) => hatena.link(path),
    cancelTask: async ({ task }) => ({ cancelled: state.tasks.cancel(task) }),
    saveImage: (args) => saveImageOp(state.journal().dir, { ...args, file: args.file === undefined ? undefined : userPath(args.file) }),
    pickPath: async ({ purpose, suggestedName }) => state.pickPath(purpose, suggestedName),
    showInFolder: async ({ path }) => ({ shown: await state.showInFolder(userPath(path)) }),
  };
}
