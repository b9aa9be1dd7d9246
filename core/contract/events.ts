// Events a host pushes to the renderer. Like operations, this object is the only list of them.
import type { CommandName, JournalInfo, PostSummary, TaskKind } from "./types.js";

function ev<P>(): { payload?: P } {
  return {};
}

/** Every event, by name. */
export const events = {
  /** A post was added or changed by another program (or restored from the trash). */
  postChanged: ev<{ post: PostSummary }>(),
  /** A post's file disappeared (deleted or moved by another program, or by us). */
  postRemoved: ev<{ path: string }>(),
  /** Another journal was opened (from the menu, or to open a file of it): the renderer reloads everything, then opens `post` if given. */
  journalOpened: ev<JournalInfo & { post?: string }>(),
  /** Open this post of the open journal (a file handed to the app: its command line, a second launch, the file manager). */
  openPost: ev<{ path: string }>(),
  /** A menu command to run in the renderer. */
  command: ev<{ name: CommandName }>(),
  /** How far the running export or import has come (at most ten a second): `done` of `total` steps of `phase`. */
  taskProgress: ev<{ task: TaskKind; phase: string; done: number; total: number }>(),
  /** The host is about to close: save what is pending now. */
  flush: ev<Record<string, never>>(),
} as const;

export type Events = typeof events;
export type EventName = keyof Events;
export type EventPayload<E extends EventName> = NonNullable<Events[E]["payload"]>;
export const eventNames = Object.keys(events) as EventName[];
