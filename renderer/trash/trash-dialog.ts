// The Trash: a dialog listing the posts in the journal's .trash/ (title, where each was, when it was
// deleted), each with Restore and Delete forever, and Empty trash. Deleting for good asks first.
import type { TrashEntry } from "../../core/contract/index.js";
import { h } from "../dom/index.js";
import { formatDate, lang, tr } from "../i18n/index.js";

/** What the dialog asks of the app. */
export interface TrashDeps {
  list(): Promise<TrashEntry[]>;
  /** Puts the post back and opens it (the dialog closes first). */
  restore(entry: TrashEntry): Promise<void>;
  purge(entry: TrashEntry): Promise<void>;
  /** Deletes every post in the trash for good; resolves with how many. */
  empty(): Promise<number>;
  confirm(options: { title: string; body: string; confirm: string; danger?: boolean }): Promise<boolean>;
  /** The message of an error, for people. */
  messageOf(e: unknown): string;
}

let nextId = 0;

/** When a post was deleted, as its deleter's clock read (date and HH:MM). */
function deletedWhen(iso: string): string {
  const time = /T(\d{2}:\d{2})/.exec(iso)?.[1] ?? "";
  return `${formatDate(iso, lang())} ${time}`.trim();
}

/** Opens the Trash dialog (focus goes into it, and back where it was when it closes). */
export function openTrashDialog(deps: TrashDeps): HTMLDialogElement {
  const titleId = `trash-title-${++nextId}`;
  const list = h("ul", { class: "trash-list", "aria-label": tr("trash.entries") });
  const empty = h("p", { class: "trash-empty", hidden: true }, tr("trash.empty"));
  const problem = h("p", { class: "task-error", role: "alert", hidden: true });
  const emptyAll = h("button", { type: "button", class: "button danger", disabled: true }, tr("trash.emptyAll"));
  const close = h("button", { type: "button", class: "button primary" }, tr("trash.close"));
  const dialog = h(
    "dialog",
    { class: "dialog trash-dialog", "aria-labelledby": titleId },
    h("h2", { id: titleId, class: "dialog-title" }, tr("trash.title")),
    problem,
    list,
    empty,
    h("div", { class: "dialog-actions" }, emptyAll, close),
  );
  let entries: TrashEntry[] = [];
  let refocusOpener = true;
  const opener = document.activeElement as HTMLElement | null;

  const say = (message: string | null) => {
    problem.textContent = message ?? "";
    problem.hidden = message === null;
  };
  const render = (focusIndex: number | null) => {
    list.replaceChildren(...entries.map((entry, i) => row(entry, i)));
    list.hidden = entries.length === 0;
    empty.hidden = entries.length > 0;
    emptyAll.disabled = entries.length === 0;
    if (focusIndex === null) return;
    // After a row goes, the focus moves to the row now in its place (or the last), else to Close.
    const buttons = list.querySelectorAll<HTMLButtonElement>(".trash-restore");
    (buttons[Math.min(focusIndex, buttons.length - 1)] ?? close).focus();
  };
  const reload = async (focusIndex: number | null) => {
    try {
      entries = await deps.list();
      render(focusIndex);
    } catch (e) {
      say(tr("trash.loadFailed", { message: deps.messageOf(e) }));
    }
  };
  const row = (entry: TrashEntry, index: number): HTMLLIElement => {
    const id = `${titleId}-entry-${index}`;
    const title = entry.title || tr("postList.untitled");
    const restore = h("button", { type: "button", class: "button trash-restore", "aria-describedby": id }, tr("trash.restore"));
    const purge = h("button", { type: "button", class: "button trash-purge", "aria-describedby": id }, tr("trash.purge"));
    restore.addEventListener("click", async () => {
      say(null);
      try {
        refocusOpener = false;
        dialog.close();
        await deps.restore(entry);
        dialog.remove();
      } catch (e) {
        refocusOpener = true;
        dialog.showModal();
        say(tr("trash.restoreFailed", { message: deps.messageOf(e) }));
        await reload(index);
      }
    });
    purge.addEventListener("click", async () => {
      say(null);
      const ok = await deps.confirm({
        title: tr("trash.purgeTitle", { title }),
        body: tr("trash.purgeBody"),
        confirm: tr("trash.purge"),
        danger: true,
      });
      if (!ok) return;
      try {
        await deps.purge(entry);
      } catch (e) {
        say(tr("trash.purgeFailed", { message: deps.messageOf(e) }));
      }
      await reload(index);
    });
    return h(
      "li",
      { class: "trash-item" },
      h(
        "div",
        { class: "trash-text", id },
        h("span", { class: "trash-title" }, title),
        h(
          "span",
          { class: "trash-meta" },
          tr("trash.from", { path: entry.originalPath }),
          " · ",
          tr("trash.deletedAt", { when: deletedWhen(entry.deletedAt) }),
        ),
      ),
      h("div", { class: "trash-actions" }, restore, purge),
    );
  };

  emptyAll.addEventListener("click", async () => {
    say(null);
    const ok = await deps.confirm({
      title: tr("trash.emptyTitle"),
      body: tr("trash.emptyBody", { count: entries.length }),
      confirm: tr("trash.emptyAll"),
      danger: true,
    });
    if (!ok) return;
    try {
      await deps.empty();
    } catch (e) {
      say(tr("trash.purgeFailed", { message: deps.messageOf(e) }));
    }
    await reload(0);
  });
  close.addEventListener("click", () => dialog.close());
  dialog.addEventListener("close", () => {
    if (!refocusOpener) return;
    dialog.remove();
    if (opener?.isConnected) opener.focus();
  });
  document.body.append(dialog);
  dialog.showModal();
  close.focus();
  void reload(0);
  return dialog;
}
