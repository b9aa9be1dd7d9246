// "Open Journal…": another folder becomes the journal. Where the host has dialogs (the desktop app)
// its folder dialog asks; elsewhere (serve, a browser) a path is typed, starting from the journal open
// now. What the editor holds is saved first; the host's journalOpened event then lists the new posts.
import { h } from "../dom/index.js";
import { tr } from "../i18n/index.js";
import { messageOf, type TransferDeps } from "./deps.js";
import { pathField } from "./path-field.js";
import { button, TaskDialog } from "./task-dialog.js";

/** Asks for a journal folder and opens it; `currentDir` is the journal open now. */
export async function openJournalFlow(deps: TransferDeps, currentDir: string): Promise<void> {
  const { client, host } = deps;
  await deps.saveAll();
  if (host.kind === "electron") {
    const picked = await client.pickPath({ purpose: "journal" }).catch(() => null);
    if (picked?.supported) {
      if (picked.path) await openOrSay(deps, picked.path);
      return;
    }
  }
  const dialog = new TaskDialog(client, "import", tr("openJournal.title"));
  const folder = pathField(client, host, {
    label: tr("openJournal.folder"),
    purpose: "journal",
    value: currentDir,
    hint: tr("openJournal.hint"),
    onEnter: () => open.click(),
  });
  dialog.form.append(folder.element);
  const open = button(
    tr("openJournal.open"),
    async () => {
      const dir = folder.value();
      if (dir === null) return;
      open.disabled = true;
      try {
        await client.openJournal({ dir });
        dialog.close();
      } catch (e) {
        dialog.showError(tr("openJournal.failed", { message: messageOf(e) }));
        folder.input.focus();
      } finally {
        open.disabled = false;
      }
    },
    true,
  );
  dialog.setActions(
    button(tr("dialog.cancel"), () => dialog.close()),
    open,
  );
  dialog.open(folder.input);
  folder.input.select();
}

/** Opens `dir`; a failure is told in a dialog of its own. */
async function openOrSay(deps: TransferDeps, dir: string): Promise<void> {
  try {
    await deps.client.openJournal({ dir });
  } catch (e) {
    const dialog = new TaskDialog(deps.client, "import", tr("openJournal.title"));
    dialog.showError(tr("openJournal.failed", { message: messageOf(e) }));
    dialog.form.append(h("p", { class: "dialog-hint" }, dir));
    dialog.setActions(button(tr("transfer.close"), () => dialog.close(), true));
    dialog.open();
  }
}
