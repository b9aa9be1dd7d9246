// Hatena Blog bound to the session: the open post is the one published (what the editor holds is
// saved first), and the post details show the entry the open post is linked to.
import type { PostDetails } from "../post-details/index.js";
import { hatenaFlow, type HatenaDeps } from "../hatena/index.js";
import { tr } from "../i18n/index.js";
import type { Session } from "./session.js";

function deps(session: Session): HatenaDeps {
  return { client: session.ctx.client, host: session.ctx.host, saveAll: () => session.saveAll() };
}

/** "Publish to Hatena Blog…" for the open post. */
export async function publishCurrentPost(session: Session): Promise<void> {
  if (!session.current) return session.error(tr("hatena.noPost"));
  // Saved first: a save may rename the file, and the dialog names the post by its path.
  await session.saveAll();
  const doc = session.current;
  if (!doc) return session.error(tr("hatena.noPost"));
  await hatenaFlow(deps(session), { kind: "publish", path: doc.path, title: session.ctx.shell.titleInput.value.trim() });
}

/** "Sync with Hatena Blog…". */
export async function syncHatena(session: Session): Promise<void> {
  await hatenaFlow(deps(session), { kind: "sync" });
}

/** Keeps the details' blog link on the open post's entry: asked again whenever the post's file changes. */
export function followBlogLink(session: Session, details: PostDetails): () => void {
  let shownFor: string | null = null;
  return () => {
    const summary = session.current?.summary ?? null;
    const key = summary ? `${summary.path}\n${summary.hash}` : null;
    if (key === shownFor) return;
    shownFor = key;
    if (!summary) return details.showBlogLink(null);
    session.ctx.client
      .hatenaLink({ path: summary.path })
      .then((link) => shownFor === key && details.showBlogLink(link.url))
      .catch(() => shownFor === key && details.showBlogLink(null));
  };
}
