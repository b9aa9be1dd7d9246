// The settings as stored, applied live to the views: the editor's look and spellchecking, the
// autosave delay, where the preview goes. Changes from the settings dialog are saved through the
// host first (it validates them), then applied.
import type { Client, Settings } from "../../core/contract/index.js";
import type { Editor } from "../editor/index.js";
import { autosaveTiming, type Autosave } from "../session/index.js";
import { applyEditorLook, openSettingsDialog } from "../settings/index.js";
import type { LayoutController } from "./layout.js";
import type { Shell } from "./shell.js";

/** What the settings change (read when used: the views are built after the settings). */
export interface SettingsTargets {
  client: Client;
  shell: Shell;
  editor: Editor;
  layout: LayoutController;
  saver: Autosave;
}

/** The current settings and what they change. */
export class AppSettings {
  private current: Settings;

  constructor(
    private readonly targets: () => SettingsTargets,
    initial: Settings,
  ) {
    this.current = initial;
  }

  /** The settings as last stored. */
  get value(): Settings {
    return this.current;
  }

  /** Saves `patch` (the host validates it), applies the result, and returns it. */
  async change(patch: Partial<Settings>): Promise<Settings> {
    const next = await this.targets().client.updateSettings(patch);
    const before = this.current;
    this.current = next;
    this.apply(before);
    return next;
  }

  /** Applies the settings to the views (at start, `before` is null). */
  apply(before: Settings | null = null): void {
    const ctx = this.targets();
    const s = this.current;
    applyEditorLook(ctx.shell.editorHost, s);
    ctx.saver.retime(autosaveTiming(s.autosaveMs));
    // The spellcheck attribute is read at the editor's next update.
    if (!before || before.spellcheck !== s.spellcheck) ctx.editor.view.dispatch({});
    ctx.shell.root.dataset.previewPosition = s.previewPosition;
    if (s.previewPosition === "off") ctx.layout.set("editor");
    else if (before?.previewPosition === "off" && ctx.layout.value === "editor") ctx.layout.set("split");
  }

  /** Opens the settings dialog. */
  open(): void {
    openSettingsDialog(this.current, (patch) => this.change(patch));
  }
}
