// Images bound to the app's session: the open post is the one images go to, what the editor holds is
// saved first, messages go to the error banner, and a dropped Markdown file is offered to be opened
// (a post of the journal with that file name) or imported.
import { baseOf } from "../../core/common/import/index.js";
import { tr } from "../i18n/index.js";
import { pickImage, type ImageDeps } from "../images/index.js";
import type { BannerAction } from "../status/index.js";
import type { Session } from "./session.js";
import { importPosts } from "./transfer-actions.js";

/** Offers what can be done with dropped Markdown files. */
function offerMarkdown(session: Session, names: string[]): void {
  const { banners, list } = session.ctx;
  const actions: BannerAction[] = [];
  const posts = Array.from(list.posts());
  for (const name of names) {
    const post = posts.find((p) => baseOf(p.path) === name);
    if (post)
      actions.push({
        label: tr("images.markdownOpen", { title: post.title || name }),
        run: () => {
          banners.hide();
          void session.open(post.path, "body");
        },
      });
  }
  actions.push({
    label: tr("images.markdownImport"),
    primary: actions.length === 0,
    run: () => {
      banners.hide();
      importPosts(session);
    },
  });
  actions.push({ label: tr("error.dismiss"), run: () => banners.hide() });
  banners.show(`images:markdown:${names.join("/")}`, tr("images.markdownFile", { name: names.join("”, “") }), actions, "warning");
}

/** What adding images needs, from the session (read when used: the editor is built before the session). */
export function imageDeps(app: () => Session): ImageDeps {
  return {
    client: () => app().ctx.client,
    post: () => app().current?.path ?? null,
    save: () => app().saver.flush(),
    error: (message) => app().error(message),
    markdownDropped: (names) => offerMarkdown(app(), names),
  };
}

/** Insert image… for the open post of `session`, at the editor's cursor. */
export function insertImage(session: Session): void {
  void pickImage(
    session.ctx.editor.view,
    imageDeps(() => session),
  );
}
