// Commands: from the host's menu (the `command` event) and from our own keyboard shortcuts.
import type { CommandName } from "../../core/contract/index.js";
import { isComposing, isMod, isTextField } from "../dom/index.js";
import { openQuickSwitcher } from "../browse/index.js";
import { insertImage } from "./image-actions.js";
import { COMMAND_DEDUPE_MS } from "./constants.js";
import { deleteCurrent, newPost, openTrash } from "./post-actions.js";
import type { Session } from "./session.js";
import { exportCurrentPost, exportSite, importPosts } from "./transfer-actions.js";

/** Runs commands, once per key press even if both the page and a host menu saw the press. */
export class Commands {
  private last: { name: CommandName; at: number } | null = null;

  constructor(private readonly session: Session) {}

  /** Runs a command. `fromHost`: it came from a menu; skipped if we just ran it for the same key press. */
  run(name: CommandName, fromHost = false): void {
    const now = performance.now();
    if (fromHost && this.last?.name === name && now - this.last.at < COMMAND_DEDUPE_MS) return;
    if (!fromHost) this.last = { name, at: now };
    const { layout, editor } = this.session.ctx;
    switch (name) {
      case "newPost": void newPost(this.session); break;
      case "deletePost": void deleteCurrent(this.session); break;
      case "togglePreview": layout.togglePreview(); break;
      case "showEditorOnly": layout.set("editor"); break;
      case "showSplit": layout.set("split"); break;
      case "showPreviewOnly": layout.set("preview"); break;
      case "find":
        if (!this.session.current) break;
        if (!layout.editorVisible) layout.set("split");
        editor.openSearch();
        break;
      case "goToPost": this.goToPost(); break;
      case "searchJournal": this.focusSearch(); break;
      case "importSource": importPosts(this.session); break;
      case "exportPost": void exportCurrentPost(this.session); break;
      case "exportSite": void exportSite(this.session); break;
      case "showTrash": openTrash(this.session); break;
      case "insertImage": insertImage(this.session); break;
    }
  }

  /** Opens the quick switcher ("Go to post"). */
  goToPost(): void {
    openQuickSwitcher(() => this.session.ctx.list.posts(), (path) => void this.session.open(path, "body"));
  }

  /** Puts the caret in the search box. */
  focusSearch(): void {
    this.session.ctx.searchBox.focus();
  }

  /**
   * Keyboard shortcuts of the whole window: Mod+\ preview, Mod+N new post, Mod+S save now, Mod+F find,
   * Mod+P go to post, Mod+Shift+F (or / outside a text field) search, Mod+Shift+I insert image.
   */
  installShortcuts(): void {
    window.addEventListener("keydown", (e) => {
      if (isComposing(e) || e.defaultPrevented) return;
      if (e.key === "/" && !e.ctrlKey && !e.metaKey && !e.altKey && !isTextField(document.activeElement) && !document.querySelector("dialog[open]")) {
        e.preventDefault();
        this.focusSearch();
        return;
      }
      if (!isMod(e)) return;
      if (e.shiftKey) {
        const shifted = e.key.toLowerCase();
        if (shifted === "f") this.run("searchJournal");
        else if (shifted === "i") this.run("insertImage");
        else return;
        e.preventDefault();
        return;
      }
      const key = e.key.toLowerCase();
      if (key === "\\" || e.code === "Backslash" || e.code === "IntlYen" || e.code === "IntlRo") this.run("togglePreview");
      else if (key === "n") this.run("newPost");
      else if (key === "f") this.run("find");
      else if (key === "s") void this.session.saver.flush();
      else if (key === "p") this.run("goToPost");
      else return;
      e.preventDefault();
    });
  }
}
