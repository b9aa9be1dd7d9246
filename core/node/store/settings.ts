// Personal settings (settings.json in the user-data folder, via lowdb). A corrupt file never stops
// the app: it is kept aside as settings.json.corrupt-<time> and the defaults are used.
import { copyFile, mkdir, rename } from "node:fs/promises";
import path from "node:path";
import { Low } from "lowdb";
import { JSONFile } from "lowdb/node";
import {
  EDITOR_FONTS,
  LANG_SETTINGS,
  LAYOUT_SETTINGS,
  POST_SORTS,
  PREVIEW_POSITIONS,
  SETTING_BOUNDS,
  TAGS_PANEL_SETTINGS,
  THEME_SETTINGS,
  type ExportDefaults,
  type Settings,
} from "../../contract/index.js";
import { fsError } from "./errors.js";
import { Mutex } from "./mutex.js";

/** The settings the store keeps: the contract's Settings, and the journal last opened (host-only). */
export interface StoredSettings extends Settings {
  /** Absolute folder of the journal opened last, to reopen at start. */
  lastJournal: string | null;
}

/** Settings of a first start. */
export const DEFAULT_SETTINGS: Readonly<StoredSettings> = Object.freeze({
  theme: "system",
  lang: "system",
  layout: "split",
  sort: "newest",
  tagsPanel: "auto",
  lastPost: null,
  lastJournal: null,
  editorFont: "system",
  fontSize: 16,
  lineWidth: 46,
  lineHeight: 1.85,
  previewPosition: "right",
  autosaveMs: 800,
  spellcheck: false,
  exportDefaults: Object.freeze({ siteTitle: "", author: "", lang: "", baseUrl: "", ogImage: "" }),
  postsPanel: "auto",
  outlinePanel: "auto",
  verticalPreview: false,
  typewriter: false,
  focusWidth: 40,
});

const CHOICES = {
  theme: THEME_SETTINGS,
  lang: LANG_SETTINGS,
  layout: LAYOUT_SETTINGS,
  sort: POST_SORTS,
  tagsPanel: TAGS_PANEL_SETTINGS,
  editorFont: EDITOR_FONTS,
  previewPosition: PREVIEW_POSITIONS,
  postsPanel: TAGS_PANEL_SETTINGS,
  outlinePanel: TAGS_PANEL_SETTINGS,
} as const;

type Raw = Record<string, unknown>;

/** The settings file. Reads never fail; writes fail with a TsuzuriError that says why. */
export class SettingsStore {
  private readonly lock = new Mutex();

  private constructor(
    readonly file: string,
    private readonly db: Low<Raw>,
    private current: StoredSettings,
    /** Where an unreadable settings file was kept aside at open, else null. */
    readonly recoveredTo: string | null,
  ) {}

  /** Opens the settings at `file` (missing → defaults; corrupt → kept aside, defaults). */
  static async open(file: string): Promise<SettingsStore> {
    const db = new Low<Raw>(new JSONFile<Raw>(file), {});
    let recoveredTo: string | null = null;
    try {
      await db.read();
      if (typeof db.data !== "object" || db.data === null || Array.isArray(db.data)) throw new Error("not an object");
    } catch (e) {
      db.data = {};
      if ((e as { code?: string }).code === undefined) recoveredTo = await keepAside(file);
    }
    return new SettingsStore(file, db, sanitise(db.data), recoveredTo);
  }

  /** The current settings. */
  get(): StoredSettings {
    return { ...this.current };
  }

  /** Changes some settings and writes the file; invalid values are ignored. Returns the new settings. */
  update(patch: Partial<StoredSettings>): Promise<StoredSettings> {
    return this.lock.run(async () => {
      const next = sanitise({ ...this.current, ...patch }, this.current);
      // Unknown keys written by a newer version are kept.
      this.db.data = { ...this.db.data, ...next };
      try {
        await mkdir(path.dirname(this.file), { recursive: true });
        await this.db.write();
      } catch (e) {
        throw fsError(e, "save settings to", this.file);
      }
      this.current = next;
      return this.get();
    });
  }
}

/** Moves an unreadable settings file to <file>.corrupt-<time> (or copies it); returns where, or null. */
async function keepAside(file: string): Promise<string | null> {
  const aside = `${file}.corrupt-${new Date().toISOString().replace(/[:.]/g, "-")}`;
  try {
    await rename(file, aside);
    return aside;
  } catch {
    try {
      await copyFile(file, aside);
      return aside;
    } catch {
      return null;
    }
  }
}

function sanitise(raw: Raw, base: StoredSettings = DEFAULT_SETTINGS): StoredSettings {
  const pick = <K extends keyof typeof CHOICES>(k: K): StoredSettings[K] =>
    ((CHOICES[k] as readonly string[]).includes(raw[k] as string) ? raw[k] : base[k]) as StoredSettings[K];
  const strOrNull = (v: unknown, fallback: string | null): string | null => (v === null || typeof v === "string" ? v : fallback);
  const num = (k: keyof typeof SETTING_BOUNDS): number => {
    const v = raw[k];
    const [min, max] = SETTING_BOUNDS[k];
    return typeof v === "number" && v >= min && v <= max ? v : base[k];
  };
  return {
    editorFont: pick("editorFont"),
    fontSize: num("fontSize"),
    lineWidth: num("lineWidth"),
    lineHeight: num("lineHeight"),
    previewPosition: pick("previewPosition"),
    autosaveMs: num("autosaveMs"),
    spellcheck: typeof raw.spellcheck === "boolean" ? raw.spellcheck : base.spellcheck,
    exportDefaults: exportDefaults(raw.exportDefaults, base.exportDefaults),
    theme: pick("theme"),
    lang: pick("lang"),
    layout: pick("layout"),
    // Files from before these settings lack them: the defaults (newest first, tags by window width).
    sort: pick("sort"),
    tagsPanel: pick("tagsPanel"),
    postsPanel: pick("postsPanel"),
    outlinePanel: pick("outlinePanel"),
    verticalPreview: typeof raw.verticalPreview === "boolean" ? raw.verticalPreview : base.verticalPreview,
    typewriter: typeof raw.typewriter === "boolean" ? raw.typewriter : base.typewriter,
    focusWidth: num("focusWidth"),
    lastPost: strOrNull(raw.lastPost, base.lastPost),
    lastJournal: strOrNull(raw.lastJournal, base.lastJournal),
  };
}

/** The export defaults of `raw`, each field a string or kept from `base`. */
function exportDefaults(raw: unknown, base: ExportDefaults): ExportDefaults {
  const r = (typeof raw === "object" && raw !== null ? raw : {}) as Raw;
  const str = (k: keyof ExportDefaults) => (typeof r[k] === "string" ? r[k] : base[k]);
  return { siteTitle: str("siteTitle"), author: str("author"), lang: str("lang"), baseUrl: str("baseUrl"), ogImage: str("ogImage") };
}
