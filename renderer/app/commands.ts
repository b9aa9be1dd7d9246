// Commands: from the host's menu (the `command` event), from the keyboard (the keys of COMMAND_KEYS)
// and from the command palette. Their labels and keys are in command-list.ts.
import { COMMAND_KEYS, type CommandName } from "../../core/contract/index.js";
import { isComposing, isTextField } from "../dom/index.js";
import { openQuickSwitcher } from "../browse/index.js";
import { openPalette } from "../palette/index.js";
import { isTypingChord, matchesChord, openShortcutSheet, parseAccelerator, type Chord } from "../shortcuts/index.js";
import { insertImage } from "./image-actions.js";
import { COMMAND_NAMES, commandKeys, paletteCommands, shortcutSections } from "./command-list.js";
import { tr } from "../i18n/index.js";
import { COMMAND_DEDUPE_MS } from "./constants.js";
import { deleteCurrent, newPost, openTrash } from "./post-actions.js";
import type { Session } from "./session.js";
import type { DeskToggles } from "./focus.js";
import { exportCurrentPdf, exportCurrentPost, exportSite, importPosts, openJournal, printCurrentPost } from "./transfer-actions.js";
import { publishCurrentPost, syncHatena } from "./hatena-actions.js";

/** Runs commands, once per key press even if both the page and a host menu saw the press. */
export class Commands {
  private last: { name: CommandName; at: number } | null = null;
  /** Focus mode's and typewriter scrolling's switches, once the desk is in the window. */
  desk: DeskToggles | null = null;

  constructor(private readonly session: Session) {}

  /** True when `name` can run now (Export as PDF runs everywhere: without the host's printer it opens the print view). */
  available(name: CommandName): boolean {
    switch (name) {
      // With the preview set off (a setting) the layouts that show it are not offered.
      case "togglePreview":
      case "showSplit":
      case "showPreviewOnly":
        return this.session.ctx.settings.value.previewPosition !== "off";
      default:
        return true;
    }
  }

  /** Runs a command. `fromHost`: it came from a menu; skipped if we just ran it for the same key press. */
  run(name: CommandName, fromHost = false): void {
    const now = performance.now();
    if (fromHost && this.last?.name === name && now - this.last.at < COMMAND_DEDUPE_MS) return;
    if (!fromHost) this.last = { name, at: now };
    if (!this.available(name)) return;
    const { layout, editor } = this.session.ctx;
    switch (name) {
      case "newPost":
        void newPost(this.session);
        break;
      case "savePost":
        void this.session.saver.flush();
        break;
      case "deletePost":
        void deleteCurrent(this.session);
        break;
      case "togglePreview":
        layout.togglePreview();
        break;
      case "showEditorOnly":
        layout.set("editor");
        break;
      case "showSplit":
        layout.set("split");
        break;
      case "showPreviewOnly":
        layout.set("preview");
        break;
      case "find":
        if (!this.session.current) break;
        if (!layout.editorVisible) layout.set("split");
        editor.openSearch();
        break;
      case "goToPost":
        this.goToPost();
        break;
      case "searchJournal":
        this.focusSearch();
        break;
      case "importSource":
        importPosts(this.session);
        break;
      case "openJournal":
        void openJournal(this.session);
        break;
      case "exportPost":
        void exportCurrentPost(this.session);
        break;
      case "exportSite":
        void exportSite(this.session);
        break;
      case "publishHatena":
        void publishCurrentPost(this.session);
        break;
      case "syncHatena":
        void syncHatena(this.session);
        break;
      case "showTrash":
        openTrash(this.session);
        break;
      case "insertImage":
        insertImage(this.session);
        break;
      case "commandPalette":
        openPalette(
          paletteCommands(
            (n) => this.available(n),
            (n) => this.run(n),
          ),
        );
        break;
      case "showShortcuts":
        openShortcutSheet(
          shortcutSections((n) => this.available(n)),
          tr("shortcuts.paletteOnly", { shortcut: commandKeys("commandPalette").join(" / ") }),
        );
        break;
      case "openSettings":
        this.session.ctx.settings.open();
        break;
      case "printPost":
        void printCurrentPost(this.session);
        break;
      case "exportPdf":
        void exportCurrentPdf(this.session);
        break;
      case "toggleFocus":
        this.desk?.toggleFocus();
        break;
      case "toggleTypewriter":
        this.desk?.toggleTypewriter();
        break;
    }
  }

  /** Opens the quick switcher ("Go to post"). */
  goToPost(): void {
    openQuickSwitcher(
      () => this.session.ctx.list.posts(),
      (path) => void this.session.open(path, "body"),
    );
  }

  /** Puts the caret in the search box. */
  focusSearch(): void {
    this.session.ctx.searchBox.focus();
  }

  /**
   * The window's keys: every key of COMMAND_KEYS (Mod+N new post, Mod+S save now, Mod+Shift+P the
   * palette, Mod+/ or F1 the shortcut sheet …). Listened for before the editor sees them (Mod+/ is
   * the sheet, not CodeMirror's comment toggle); a key that types a character ("/": search) only
   * outside text fields; none while a modal dialog is open or an IME is composing.
   */
  installShortcuts(): void {
    const chords: [Chord, CommandName][] = COMMAND_NAMES.flatMap((name) =>
      COMMAND_KEYS[name].map((k): [Chord, CommandName] => [parseAccelerator(k), name]),
    );
    window.addEventListener(
      "keydown",
      (e) => {
        if (isComposing(e) || e.defaultPrevented || document.querySelector("dialog[open]")) return;
        const hit = chords.find(
          ([chord, name]) =>
            matchesChord(e, chord) && this.available(name) && (!isTypingChord(chord) || !isTextField(document.activeElement)),
        );
        if (!hit) return;
        e.preventDefault();
        e.stopPropagation();
        this.run(hit[1]);
      },
      { capture: true },
    );
  }
}
