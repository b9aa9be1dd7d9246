// Markdown files handed to the app — its command line, a second launch, macOS's open-file — opened by
// core's rule (core/node/app/open-file.ts): a post of the open journal opens, a post of another
// journal opens that journal at it, a file in no journal is offered for import, anything else is
// refused with a message. This file only asks the dialogs and passes the answers on.
import { basename } from "node:path";
import { dialog, type BrowserWindow } from "electron";
import { messageOf } from "../../core/common/error-message.js";
import type { Translator } from "../../core/common/i18n/index.js";
import type { ImportReport } from "../../core/contract/index.js";
import type { App } from "../../core/node/app/index.js";
import { resolveOpenTarget, type OpenTarget } from "../../core/node/app/open-file.js";

/** What opening files needs of the shell. */
export interface OpenFilesContext {
  app: App;
  /** The journal open right now. */
  journalDir(): string;
  window(): BrowserWindow | null;
  translator(): Promise<Translator>;
  /** Lets the renderer save what it has before another journal opens. */
  flush(): Promise<void>;
}

type Refusal = Extract<OpenTarget, { kind: "refused" }>;

const REFUSALS = {
  "not-markdown": "openFile.notMarkdown",
  missing: "openFile.missing",
  "not-a-file": "openFile.notFile",
  "not-a-post": "openFile.notPost",
  "markdown-extension": "openFile.markdownExtension",
} as const satisfies Record<Refusal["reason"], string>;

/** Opens files for a window whose renderer is running (it hears `openPost` and `journalOpened`). */
export class FileOpener {
  constructor(private readonly ctx: OpenFilesContext) {}

  /**
   * Before the window exists (at launch): a post is made the one the window starts at (its journal
   * opened, `lastPost` set), so nothing waits on the renderer. Returns the files left for `open`.
   */
  async prepare(files: readonly string[]): Promise<string[]> {
    const rest: string[] = [];
    for (const file of files) {
      const target = await resolveOpenTarget(file, this.ctx.journalDir()).catch(() => null);
      if (target?.kind !== "post") {
        rest.push(file);
        continue;
      }
      try {
        if (!target.current) await this.ctx.app.openJournal(target.journal);
        const reply = await this.ctx.app.dispatch("updateSettings", { lastPost: target.path });
        if (!reply.ok) throw new Error(reply.error.message);
      } catch {
        rest.push(file);
      }
    }
    return rest;
  }

  /** Opens each file in turn, with a message for each that cannot be. */
  async open(files: readonly string[]): Promise<void> {
    for (const file of files) {
      try {
        await this.openOne(file);
      } catch (err) {
        await this.error((await this.ctx.translator())("openFile.failed", { path: file, message: messageOf(err) }));
      }
    }
  }

  private async openOne(file: string): Promise<void> {
    const t = await this.ctx.translator();
    const target = await resolveOpenTarget(file, this.ctx.journalDir());
    if (target.kind === "refused") return this.error(t(REFUSALS[target.reason], { path: target.file }));
    if (target.kind === "import") return this.offerImport(t, target.file);
    if (target.current) return this.ctx.app.emit("openPost", { path: target.path });
    await this.ctx.flush().catch(() => {});
    await this.ctx.app.openJournal(target.journal, target.path);
  }

  /** Asks whether to import `file` into the open journal; imports it and opens the post. */
  private async offerImport(t: Translator, file: string): Promise<void> {
    const name = basename(file);
    const options = {
      type: "question" as const,
      title: t("openFile.title"),
      message: t("openFile.importAsk", { name }),
      detail: t("openFile.importDetail", { journal: basename(this.ctx.journalDir()) }),
      buttons: [t("openFile.import"), t("dialog.cancel")],
      defaultId: 0,
      cancelId: 1,
    };
    const w = this.ctx.window();
    const { response } = w ? await dialog.showMessageBox(w, options) : await dialog.showMessageBox(options);
    if (response !== 0) return;
    const reply = await this.ctx.app.dispatch("importSource", { source: file });
    if (!reply.ok) throw new Error(reply.error.message);
    const report = reply.value as ImportReport;
    const item = report.items[0];
    if (!item?.path) throw new Error(report.failed[0]?.reason ?? item?.reason ?? "nothing was imported");
    if (item.action === "skip") await this.error(t("openFile.importedBefore", { name, path: item.path }), "info");
    this.ctx.app.emit("openPost", { path: item.path });
  }

  private async error(message: string, type: "warning" | "info" = "warning"): Promise<void> {
    const t = await this.ctx.translator();
    const options = { type, title: t("openFile.title"), message };
    const w = this.ctx.window();
    await (w ? dialog.showMessageBox(w, options) : dialog.showMessageBox(options));
  }
}
