// What an app instance holds: the open journal, the settings, and the host's few capabilities.
import { resolve } from "node:path";
import type { PrintToPdf } from "../export/index.js";
import { TsuzuriError, type HostInfo, type JournalInfo, type PickPurpose } from "../../contract/index.js";
import { Finder } from "../search/index.js";
import { Journal, SettingsStore } from "../store/index.js";
import { TaskRunner, type EventSink } from "./tasks.js";

/** What a host tells the app about itself. */
export interface HostOptions {
  kind: HostInfo["kind"];
  lang: HostInfo["lang"];
  assetBase: string;
  /** Opens a URL in the system browser; hosts without one (serve) answer false. */
  openExternal?: (url: string) => Promise<boolean>;
  /** Asks the person for a path with a native dialog (null when they cancel); hosts without one (serve) leave it out. */
  pickPath?: (purpose: PickPurpose, suggestedName: string | undefined) => Promise<string | null>;
  /** Shows a file in the system's file manager; hosts without one (serve) leave it out. */
  showInFolder?: (path: string) => Promise<boolean>;
  /** Prints a page (the print view's HTML) to PDF bytes (Electron's printToPDF); hosts without one (serve) leave it out. */
  printToPdf?: PrintToPdf;
  /** Keeps secrets (the Hatena API key) encrypted outside the journal; hosts without safe storage (serve) leave it out. */
  secrets?: SecretStore;
}

/** A host's store of secrets, by name (Electron: safeStorage in the user-data folder). */
export interface SecretStore {
  /** False when the system offers no encryption (then nothing is stored). */
  available(): boolean;
  get(name: string): Promise<string | null>;
  /** Stores `value` under `name` (null: forgets it). */
  set(name: string, value: string | null): Promise<void>;
}

/** URL schemes `openExternal` will hand to the system. */
const EXTERNAL_SCHEMES = new Set(["http:", "https:", "mailto:"]);

/** The mutable heart of an app: swaps journals, forwards their changes as events. */
export class AppState {
  private current: Journal | null = null;
  private currentFinder: Finder | null = null;
  private unsubscribe: (() => void) | null = null;

  /** The running export or import. */
  readonly tasks: TaskRunner;

  constructor(
    readonly settings: SettingsStore,
    readonly host: HostOptions,
    private readonly emit: EventSink,
  ) {
    this.tasks = new TaskRunner(emit);
  }

  /** The open journal; fails with a clear message while none is open. */
  journal(): Journal {
    if (!this.current) throw new TsuzuriError("no-journal", "No journal is open.");
    return this.current;
  }

  /** The search index and tag catalog of the open journal. */
  finder(): Finder {
    if (!this.currentFinder) throw new TsuzuriError("no-journal", "No journal is open.");
    return this.currentFinder;
  }

  hostInfo(): HostInfo {
    return {
      kind: this.host.kind,
      platform: process.platform,
      lang: this.host.lang,
      assetBase: this.host.assetBase,
      pdf: this.host.printToPdf !== undefined,
    };
  }

  /** Opens (or creates) the journal at `dir`, closing the one open before. Emits `journalOpened` (with `post`, the one to show). */
  async openJournal(dir: string, options: { announce?: boolean; post?: string } = { announce: true }): Promise<JournalInfo> {
    if (this.tasks.current)
      throw new TsuzuriError(
        "busy",
        `Another journal cannot be opened while ${this.tasks.current === "hatena" ? "a sync with Hatena Blog" : `an ${this.tasks.current}`} is running: wait for it, or cancel it.`,
      );
    const next = await Journal.open(resolve(dir), { watch: true });
    const previous = this.current;
    const previousFinder = this.currentFinder;
    this.unsubscribe?.();
    this.current = next;
    // The finder listens first, so the catalog already has a change when the renderer hears of it.
    this.currentFinder = new Finder(next);
    this.currentFinder.startSoon();
    this.unsubscribe = next.onChange((change) => {
      // The renderer hears of other programs' changes; its own writes it knows of from their answers.
      if (change.origin !== "disk") return;
      if (change.type === "changed") this.emit("postChanged", { post: change.post });
      else this.emit("postRemoved", { path: change.path });
    });
    await Promise.all([previousFinder?.close(), previous?.close()]);
    const info = next.info();
    const same = this.settings.get().lastJournal === info.dir;
    await this.settings.update({ lastJournal: info.dir, ...(same ? {} : { lastPost: null }) });
    if (options.announce) this.emit("journalOpened", options.post === undefined ? info : { ...info, post: options.post });
    return info;
  }

  async openExternal(url: string): Promise<boolean> {
    let scheme: string;
    try {
      scheme = new URL(url).protocol;
    } catch {
      throw new TsuzuriError("invalid-argument", `Not a valid link: ${url}`);
    }
    if (!EXTERNAL_SCHEMES.has(scheme)) throw new TsuzuriError("invalid-argument", `Links of the kind "${scheme}" are not opened.`);
    return this.host.openExternal ? this.host.openExternal(url) : false;
  }

  /** Asks the host for a path; `supported: false` when it has no dialogs. */
  async pickPath(purpose: PickPurpose, suggestedName?: string): Promise<{ supported: boolean; path: string | null }> {
    if (!this.host.pickPath) return { supported: false, path: null };
    return { supported: true, path: await this.host.pickPath(purpose, suggestedName) };
  }

  /** Shows `path` in the file manager, if the host can. */
  async showInFolder(path: string): Promise<boolean> {
    return this.host.showInFolder ? this.host.showInFolder(path) : false;
  }

  /** Writes what is pending (the index cache, the search index) without closing. */
  async flush(): Promise<void> {
    await Promise.all([this.current?.flush(), this.currentFinder?.flush()]);
  }

  async close(): Promise<void> {
    this.tasks.cancelAll();
    this.unsubscribe?.();
    this.unsubscribe = null;
    const finder = this.currentFinder;
    this.currentFinder = null;
    const j = this.current;
    this.current = null;
    await Promise.all([finder?.close(), j?.close()]);
  }
}
