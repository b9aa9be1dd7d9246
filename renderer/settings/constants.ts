// Tuning constants of the settings: the font stacks of the editor's families.
import type { EditorFont } from "../../core/contract/index.js";

/** The CSS font-family of each editor font (null: the app's own text font). 明朝 and ゴシック name the usual Japanese faces of each system first. */
export const FONT_STACKS: Readonly<Record<EditorFont, string | null>> = {
  system: null,
  serif: '"Hiragino Mincho ProN", "Yu Mincho", YuMincho, "Noto Serif CJK JP", "Noto Serif JP", "IPAexMincho", "MS PMincho", serif',
  sans: '"Hiragino Kaku Gothic ProN", "Hiragino Sans", "Yu Gothic", YuGothic, "Noto Sans CJK JP", "Noto Sans JP", Meiryo, sans-serif',
  mono: "var(--font-mono)",
};

/** The steps of the numeric fields. */
export const STEPS = { fontSize: 1, lineWidth: 1, lineHeight: 0.05, autosaveSeconds: 0.1 } as const;
