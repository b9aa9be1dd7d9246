// The settings as stored, applied live to the views: the editor's look and spellchecking, the
// autosave delay, where the preview goes. Changes from the settings dialog are saved through the
// host first (it validates them), then applied.
import type { Settings } from "../../core/contract/index.js";
import { autosaveTiming } from "../session/index.js";
import { applyEditorLook, openSettingsDialog } from "../settings/index.js";
import type { AppContext } from "./context.js";
import type { Session } from "./session.js";

/** The current settings and what they change. */
export class AppSettings {
  private current: Settings;

  constructor(private readonly session: Session, initial: Settings) {
    this.current = initial;
  }

  /** The settings as last stored. */
  get value(): Settings {
    return this.current;
  }

  /** Saves `patch` (the host validates it), applies the result, and returns it. */
  async change(patch: Partial<Settings>): Promise<Settings> {
    const next = await this.session.ctx.client.updateSettings(patch);
    const before = this.current;
    this.current = next;
    this.apply(before);
    return next;
  }

  /** Applies the settings to the views (at start, `before` is null). */
  apply(before: Settings | null = null): void {
    const ctx: AppContext = this.session.ctx;
    const s = this.current;
    applyEditorLook(ctx.shell.editorHost, s);
    this.session.saver.retime(autosaveTiming(s.autosaveMs));
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
