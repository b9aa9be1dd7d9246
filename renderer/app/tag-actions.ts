// Renaming and deleting a tag from the tag sidebar: pending edits are saved first (the files must hold
// them), the host rewrites the posts, and every view follows — the list, the open post (its tags
// reload), the tag sidebar and the filter.
import type { TagEditResult } from "../../core/contract/index.js";
import { renameDialog } from "../tags/index.js";
import { tr } from "../i18n/index.js";
import { confirmDialog } from "./confirm-dialog.js";
import { messageOf } from "./errors.js";
import { postChanged } from "./host-events.js";
import type { Session } from "./session.js";

/** Brings every view in line with posts the host rewrote, and reports posts it had to leave alone. */
async function applied(session: Session, result: TagEditResult): Promise<void> {
  await Promise.all(result.changed.map((post) => postChanged(session, post)));
  if (result.skipped.length) {
    const reasons = result.skipped
      .slice(0, 3)
      .map((s) => `${s.path} (${s.reason})`)
      .join("; ");
    session.error(tr("tagEdit.skipped", { count: result.skipped.length, reasons }));
  }
  await session.ctx.browse.refreshTags();
  await session.ctx.browse.run(true);
}

/** Asks for a new name (showing how many posts will change), then renames the tag everywhere. */
export async function renameTag(session: Session, tag: string, nested: boolean): Promise<void> {
  const { client, browse } = session.ctx;
  const to = await renameDialog(tag, nested, (name) => client.renameTag({ from: tag, to: name, dryRun: true }));
  if (to === null) return;
  try {
    await session.saveAll();
    const result = await client.renameTag({ from: tag, to });
    browse.tagRenamed(tag, to);
    await applied(session, result);
  } catch (e) {
    session.error(tr("tagEdit.failed", { message: messageOf(e) }));
  }
}

/** Says how many posts carry the tag, asks, then removes it from all of them. */
export async function deleteTag(session: Session, tag: string): Promise<void> {
  const { client, browse } = session.ctx;
  try {
    const dry = await client.deleteTag({ tag, dryRun: true });
    const ok = await confirmDialog({
      title: tr("tagDelete.title", { tag }),
      body: tr("tagDelete.body", { count: dry.posts }),
      confirm: tr("tagDelete.confirm"),
      danger: true,
    });
    if (!ok) return;
    await session.saveAll();
    const result = await client.deleteTag({ tag });
    browse.tagRemoved(tag);
    await applied(session, result);
  } catch (e) {
    session.error(tr("tagEdit.failed", { message: messageOf(e) }));
  }
}
