// Light and dark: the setting (system|light|dark) resolved against the OS preference, written to
// `data-theme` on <html>. Everything else (app CSS, editor, preview) follows that attribute.
import type { ThemeSetting } from "../../core/contract/index.js";

/** A theme as shown. */
export type Theme = "light" | "dark";

/** Applies the theme setting and keeps following the OS while it is "system". */
export class ThemeController {
  private readonly media = matchMedia("(prefers-color-scheme: dark)");
  private readonly listeners = new Set<(theme: Theme) => void>();
  private current: Theme = "light";

  constructor(private setting: ThemeSetting) {
    this.media.addEventListener("change", () => this.apply());
    this.apply();
  }

  /** The theme shown now. */
  get theme(): Theme {
    return this.current;
  }

  /** The setting. */
  get value(): ThemeSetting {
    return this.setting;
  }

  /** Changes the setting. */
  set(setting: ThemeSetting): void {
    this.setting = setting;
    this.apply();
  }

  /** Calls `listener` whenever the shown theme changes. */
  onChange(listener: (theme: Theme) => void): void {
    this.listeners.add(listener);
  }

  private apply(): void {
    const theme: Theme = this.setting === "system" ? (this.media.matches ? "dark" : "light") : this.setting;
    document.documentElement.dataset.theme = theme;
    document.documentElement.style.colorScheme = theme;
    if (theme === this.current) return;
    this.current = theme;
    for (const l of this.listeners) l(theme);
  }
}
