// "Publish to Hatena Blog…" (the open post) and "Sync with Hatena Blog…" (pull, then push every
// linked post edited here): the blog's settings, a dry run that shows what would be created,
// updated, skipped and in conflict, then the sync with progress and Cancel, and its result.
import type { Client, HatenaStatus, HostInfo, OpArgs } from "../../core/contract/index.js";
import { messageOf } from "../../core/common/error-message.js";
import { h } from "../dom/index.js";
import { tr } from "../i18n/index.js";
import { button, TaskDialog } from "../transfer/index.js";
import { SetupFields } from "./setup-fields.js";
import { syncReportView } from "./sync-report.js";

/** What the Hatena dialog needs of the app. */
export interface HatenaDeps {
  client: Client;
  host: HostInfo;
  /** Saves what the editor holds, so the blog gets the latest words. */
  saveAll(): Promise<void>;
}

/** Which dialog: publish one post, or sync the journal. */
export type HatenaMode = { kind: "publish"; path: string; title: string } | { kind: "sync" };

/** Opens the dialog. */
export async function hatenaFlow(deps: HatenaDeps, mode: HatenaMode): Promise<void> {
  const { client } = deps;
  const dialog = new TaskDialog(client, "hatena", tr(mode.kind === "publish" ? "hatena.publishTitle" : "hatena.syncTitle"));
  let status: HatenaStatus;
  const close = button(tr("transfer.close"), () => dialog.close());
  try {
    status = await client.hatenaStatus();
  } catch (e) {
    dialog.setActions(close);
    dialog.open();
    dialog.showError(tr("hatena.failed", { message: messageOf(e) }));
    return;
  }
  const fields = new SetupFields(status);
  const what = mode.kind === "publish" ? tr("hatena.publishWhat", { title: mode.title || tr("hatena.untitled") }) : tr("hatena.syncWhat");
  dialog.form.append(h("p", { class: "dialog-hint hatena-what" }, what), fields.element);

  const preview = button(tr("hatena.preview"), () => void start(true));
  const go = button(tr(mode.kind === "publish" ? "hatena.publish" : "hatena.sync"), () => void start(false), true);
  const replace = button(tr("hatena.replace"), () => void start(false, true));
  const start = async (dryRun: boolean, force = false): Promise<void> => {
    if (dialog.running) return;
    const empty = fields.missing();
    if (empty) {
      dialog.showError(tr("hatena.fillIn", { field: empty.labels?.[0]?.textContent ?? "" }));
      empty.focus();
      return;
    }
    await deps.saveAll();
    if (fields.changed()) {
      const v = fields.values();
      try {
        status = await client.hatenaSetup({
          endpoint: v.endpoint,
          user: v.user,
          ...(v.fotolife ? { fotolife: v.fotolife } : {}),
          ...(v.apiKey ? { apiKey: v.apiKey } : {}),
        });
      } catch (e) {
        dialog.showError(tr("hatena.setupFailed", { message: messageOf(e) }));
        return;
      }
      fields.apiKey.value = "";
      fields.refresh(status);
    }
    const args: OpArgs<"hatenaSync"> =
      mode.kind === "publish"
        ? { direction: "push", paths: [mode.path], dryRun, ...(force ? { force } : {}) }
        : { direction: "both", dryRun };
    const result = await dialog.run(() => client.hatenaSync(args));
    if (!result.ok) {
      dialog.showError(tr("hatena.failed", { message: messageOf(result.error) }));
      return;
    }
    // Publishing a post whose entry changed on the blog: once merged by hand, the post may replace it.
    const conflict = mode.kind === "publish" && result.value.items.some((i) => i.direction === "push" && i.action === "conflict");
    dialog.show(syncReportView(result.value), conflict ? h("p", { class: "dialog-hint" }, tr("hatena.replaceNote")) : null);
    if (conflict) dialog.setActions(close, preview, replace, go);
    else if (!dryRun) dialog.setActions(button(tr("transfer.close"), () => dialog.close(), true));
  };
  dialog.setActions(close, preview, go);
  dialog.open(fields.missing() ?? preview);
}
