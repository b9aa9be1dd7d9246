// The contract's implementation, shared by both hosts (Electron main and `tsuzuri serve`).
// A host creates an app, transports `dispatch` calls and forwards events; nothing more.
import { join } from "node:path";
import type { EventName, EventPayload, Reply } from "../../contract/index.js";
import { SettingsStore, defaultJournalDir } from "../store/index.js";
import { createHandlers } from "./handlers.js";
import { dispatch } from "./dispatch.js";
import { AppState, type HostOptions } from "./state.js";

export type { HostOptions, SecretStore } from "./state.js";

export type { Handlers } from "./handlers.js";

/** A listener of app events. */
export type AppEventListener = (event: EventName, payload: EventPayload<EventName>) => void;

/** A running app: one journal open at a time. */
export interface App {
  /** Runs an operation with untrusted arguments; never throws. */
  dispatch(op: string, rawArgs: unknown): Promise<Reply>;
  /** Emits an event to the listeners (hosts use it for `command` and `flush`). */
  emit<E extends EventName>(event: E, payload: EventPayload<E>): void;
  onEvent(listener: AppEventListener): () => void;
  /** Opens another journal (e.g. from a host's dialog); the renderer is told by `journalOpened`, and then shows `post` if given. */
  openJournal(dir: string, post?: string): Promise<void>;
  flush(): Promise<void>;
  close(): Promise<void>;
}

/** Options of createApp. */
export interface AppOptions {
  /** The journal to open; else the last one opened, else the default in the user's documents folder. */
  journalDir?: string | null;
  /** Where settings.json lives. */
  userDataDir: string;
  host: HostOptions;
}

/** Opens settings and the journal, and returns the app. */
export async function createApp(options: AppOptions): Promise<App> {
  const listeners = new Set<AppEventListener>();
  const emit = <E extends EventName>(event: E, payload: EventPayload<E>) => {
    for (const l of listeners) l(event, payload);
  };
  const settings = await SettingsStore.open(join(options.userDataDir, "settings.json"));
  const state = new AppState(settings, options.host, emit);
  await state.openJournal(options.journalDir ?? settings.get().lastJournal ?? defaultJournalDir(), { announce: false });
  const handlers = createHandlers(state);
  return {
    dispatch: (op, rawArgs) => dispatch(handlers, op, rawArgs),
    emit,
    onEvent(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    openJournal: async (dir, post) => {
      await state.openJournal(dir, { announce: true, post });
    },
    flush: () => state.flush(),
    close: () => state.close(),
  };
}
