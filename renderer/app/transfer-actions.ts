// Export and import bound to the session: the open post is the one exported, and what the editor
// holds is saved first. Imported posts reach the list through the host's postChanged events.
import { exportPdfFlow, exportPostFlow, exportSiteFlow, importFlow, openJournalFlow, type TransferDeps } from "../transfer/index.js";
import { tr } from "../i18n/index.js";
import { openPrintTarget } from "../print/index.js";
import { messageOf } from "./errors.js";
import type { Session } from "./session.js";

function deps(session: Session): TransferDeps {
  return {
    client: session.ctx.client,
    host: session.ctx.host,
    saveAll: () => session.saveAll(),
    exportDefaults: () => session.ctx.settings.value.exportDefaults,
  };
}

/** "Export post as HTML…" for the open post. */
export async function exportCurrentPost(session: Session): Promise<void> {
  const path = session.current?.path;
  if (!path) return session.error(tr("exportPost.noPost"));
  await exportPostFlow(deps(session), path);
}

/**
 * "Export post as PDF…" for the open post: where the host prints PDFs (the desktop app) it writes the
 * file; elsewhere (serve) it says how and opens the print view, whose dialog has "Save as PDF".
 */
export async function exportCurrentPdf(session: Session): Promise<void> {
  const path = session.current?.path;
  if (!path) return session.error(tr("exportPost.noPost"));
  if (session.ctx.host.pdf) {
    try {
      await exportPdfFlow(deps(session), path);
    } catch (e) {
      session.error(tr("exportPdf.failed", { message: messageOf(e) }));
    }
    return;
  }
  const { banners } = session.ctx;
  banners.show("exportPdf:unsupported", tr("exportPdf.unsupported"), [{ label: tr("error.dismiss"), run: () => banners.hide() }]);
  await printCurrentPost(session);
}

/** "Export journal as site…". */
export async function exportSite(session: Session): Promise<void> {
  await exportSiteFlow(deps(session));
}

/** "Import…". */
export function importPosts(session: Session): void {
  importFlow(deps(session));
}

/** "Print…": the open post's print view (saved first, so it has the latest words). */
export async function printCurrentPost(session: Session): Promise<void> {
  const path = session.current?.path;
  if (!path) return session.error(tr("print.noPost"));
  const target = openPrintTarget();
  try {
    await session.saveAll();
    target.show((await session.ctx.client.printView({ path })).html);
  } catch (e) {
    target.cancel();
    session.error(tr("print.failed", { message: messageOf(e) }));
  }
}

/** "Open Journal…": another folder becomes the journal (the open post is saved first). */
export async function openJournal(session: Session): Promise<void> {
  const current = await session.ctx.client.getJournal().catch(() => null);
  await openJournalFlow(deps(session), current?.dir ?? "");
}
