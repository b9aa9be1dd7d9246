// The "More actions" menu of the sidebar: images, import, export, Hatena Blog and the trash, for the session.
import { tr } from "../i18n/index.js";
import { openMenu } from "../tags/index.js";
import { insertImage } from "./image-actions.js";
import { openTrash } from "./post-actions.js";
import type { Session } from "./session.js";
import { exportCurrentPost, exportSite, importPosts } from "./transfer-actions.js";
import { publishCurrentPost, syncHatena } from "./hatena-actions.js";

/** Opens the "More actions" menu under its button. */
export function openMoreMenu(session: Session, anchor: HTMLElement): void {
  openMenu(anchor, tr("more.label"), [
    { label: tr("images.insert"), run: () => insertImage(session) },
    { label: tr("more.import"), run: () => importPosts(session) },
    { label: tr("more.exportPost"), run: () => void exportCurrentPost(session) },
    { label: tr("more.exportSite"), run: () => void exportSite(session) },
    { label: tr("more.publishHatena"), run: () => void publishCurrentPost(session) },
    { label: tr("more.syncHatena"), run: () => void syncHatena(session) },
    { label: tr("more.trash"), run: () => openTrash(session) },
  ]);
}
