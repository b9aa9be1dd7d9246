// The "Rename tag" dialog: a field for the new name, checked as it is typed (the tag rules), and how
// many posts will change — counted by a dry run on the host — before anything is written. Renaming
// onto an existing tag says the two will become one.
import type { TagEditResult } from "../../core/contract/index.js";
import { normalizeTag, tagKey } from "../../core/common/tags/index.js";
import { h, isComposing } from "../dom/index.js";
import { tr } from "../i18n/index.js";
import { RENAME_PREVIEW_DEBOUNCE_MS } from "./constants.js";
import { tagProblemMessage } from "./problems.js";
import { messageOf } from "../../core/common/error-message.js";

/** Counts what renaming to `to` would change (a dry run). */
export type RenamePreview = (to: string) => Promise<TagEditResult>;

let nextId = 0;

/** Asks for a new name of `tag`; resolves with it once confirmed, or null when cancelled. */
export function renameDialog(tag: string, nested: boolean, preview: RenamePreview): Promise<string | null> {
  return new Promise((resolve) => {
    const id = ++nextId;
    const input = h("input", {
      type: "text",
      id: `rename-input-${id}`,
      class: "text-field",
      value: tag,
      autocomplete: "off",
      spellcheck: "false",
      "aria-describedby": `rename-note-${id} rename-error-${id}`,
    });
    const note = h("p", { id: `rename-note-${id}`, class: "dialog-note", role: "status" });
    const error = h("p", { id: `rename-error-${id}`, class: "field-error", role: "alert" });
    const cancel = h("button", { type: "button", class: "button" }, tr("dialog.cancel"));
    const ok = h("button", { type: "button", class: "button primary", disabled: true }, tr("tagRename.confirm"));
    const dialog = h(
      "dialog",
      { class: "dialog", "aria-labelledby": `rename-title-${id}` },
      h("h2", { id: `rename-title-${id}`, class: "dialog-title" }, tr("tagRename.title", { tag })),
      h("label", { class: "field-label", for: input.id }, tr("tagRename.label")),
      input,
      error,
      note,
      nested && h("p", { class: "dialog-hint" }, tr("tagRename.nested")),
      h("div", { class: "dialog-actions" }, cancel, ok),
    );
    let answer: string | null = null;
    let seq = 0;
    let timer = 0;

    const check = (): void => {
      const mine = ++seq;
      clearTimeout(timer);
      ok.disabled = true;
      const target = normalizeTag(input.value);
      error.textContent = "";
      input.setAttribute("aria-invalid", "false");
      if (!target.ok) {
        error.textContent = tagProblemMessage(target.problem);
        input.setAttribute("aria-invalid", "true");
        note.textContent = "";
        return;
      }
      if (target.tag === tag) {
        note.textContent = tr("tagRename.same");
        return;
      }
      note.textContent = tr("tagRename.counting");
      timer = window.setTimeout(async () => {
        let result: TagEditResult;
        try {
          result = await preview(target.tag);
        } catch (e) {
          if (mine !== seq) return;
          note.textContent = "";
          error.textContent = messageOf(e);
          return;
        }
        if (mine !== seq) return;
        const merged = result.merged && tagKey(target.tag) !== tagKey(tag);
        note.textContent = merged
          ? tr("tagRename.willMerge", { target: target.tag, count: result.posts })
          : tr("tagRename.willChange", { count: result.posts });
        ok.disabled = result.posts === 0;
      }, RENAME_PREVIEW_DEBOUNCE_MS);
    };

    input.addEventListener("input", (e) => {
      if (!(e as InputEvent).isComposing) check();
    });
    input.addEventListener("compositionend", check);
    input.addEventListener("keydown", (e) => {
      if (e.key !== "Enter" || isComposing(e)) return;
      e.preventDefault();
      if (!ok.disabled) ok.click();
    });
    cancel.addEventListener("click", () => dialog.close());
    ok.addEventListener("click", () => {
      answer = normalizeTag(input.value).ok ? input.value : null;
      dialog.close();
    });
    const opener = document.activeElement as HTMLElement | null;
    dialog.addEventListener("close", () => {
      clearTimeout(timer);
      dialog.remove();
      if (opener?.isConnected) opener.focus();
      resolve(answer);
    });
    document.body.append(dialog);
    dialog.showModal();
    input.focus();
    input.select();
    check();
  });
}
