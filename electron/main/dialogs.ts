// The native dialogs behind the contract's pickPath and showInFolder. Importing takes a file (a
// Movable Type / Hatena export) or a folder (Markdown files): macOS has one dialog for both; on Linux
// and Windows a dialog picks files or folders, not both, so a short question comes first.
import { app, dialog, shell, type BrowserWindow, type OpenDialogOptions, type SaveDialogOptions } from "electron";
import { stat } from "node:fs/promises";
import { join } from "node:path";
import type { Translator } from "../../core/common/i18n/index.js";
import type { PickPurpose } from "../../core/contract/index.js";

/** Files the "Insert image…" dialog offers (the host checks the bytes of the one chosen). */
const IMAGE_EXTENSIONS = ["png", "jpg", "jpeg", "gif", "webp", "avif", "svg"];

/** What the dialogs need: the window to attach to and the UI's words. */
export interface DialogContext {
  window(): BrowserWindow | null;
  translator(): Promise<Translator>;
  /** The journal open now, where "Open Journal…" starts. */
  journalDir?(): string | undefined;
}

async function open(ctx: DialogContext, options: OpenDialogOptions): Promise<string | null> {
  const w = ctx.window();
  const choice = w ? await dialog.showOpenDialog(w, options) : await dialog.showOpenDialog(options);
  return choice.canceled ? null : (choice.filePaths[0] ?? null);
}

async function save(ctx: DialogContext, options: SaveDialogOptions): Promise<string | null> {
  const w = ctx.window();
  const choice = w ? await dialog.showSaveDialog(w, options) : await dialog.showSaveDialog(options);
  return choice.canceled || !choice.filePath ? null : choice.filePath;
}

/** Asks: a file or a folder to import? "file", "folder", or null when cancelled. */
async function importKind(ctx: DialogContext, t: Translator): Promise<"file" | "folder" | null> {
  const options = {
    type: "question" as const,
    message: t("menu.importKind"),
    detail: t("menu.importKindDetail"),
    buttons: [t("menu.importFile"), t("menu.importFolder"), t("dialog.cancel")],
    defaultId: 0,
    cancelId: 2,
  };
  const w = ctx.window();
  const { response } = w ? await dialog.showMessageBox(w, options) : await dialog.showMessageBox(options);
  return response === 0 ? "file" : response === 1 ? "folder" : null;
}

/** Shows the dialog for `purpose`; the chosen path, or null when the person cancelled. */
export async function pickPath(ctx: DialogContext, purpose: PickPurpose, suggestedName?: string): Promise<string | null> {
  const t = await ctx.translator();
  const documents = app.getPath("documents");
  if (purpose === "export-file")
    return save(ctx, {
      title: t("menu.exportFileTitle"),
      defaultPath: join(documents, suggestedName ?? "post.html"),
      filters: [{ name: t("menu.htmlFilter"), extensions: ["html"] }],
    });
  if (purpose === "export-pdf")
    return save(ctx, {
      title: t("exportPdf.title"),
      defaultPath: join(documents, suggestedName ?? "post.pdf"),
      filters: [{ name: "PDF", extensions: ["pdf"] }],
    });
  if (purpose === "export-folder") {
    return open(ctx, { title: t("menu.exportFolderTitle"), defaultPath: documents, properties: ["openDirectory", "createDirectory"] });
  }
  if (purpose === "journal") {
    return open(ctx, {
      title: t("menu.openJournalTitle"),
      defaultPath: ctx.journalDir?.() ?? documents,
      properties: ["openDirectory", "createDirectory"],
    });
  }
  if (purpose === "image") {
    return open(ctx, {
      title: t("menu.imageTitle"),
      defaultPath: app.getPath("pictures"),
      properties: ["openFile"],
      filters: [{ name: t("menu.imageFilter"), extensions: IMAGE_EXTENSIONS }],
    });
  }
  const files = { name: t("menu.importFilter"), extensions: ["txt", "xml"] };
  // One Markdown file imports too (as one post).
  const markdown = { name: "Markdown", extensions: ["md", "markdown"] };
  if (process.platform === "darwin")
    return open(ctx, {
      title: t("menu.importTitle"),
      defaultPath: documents,
      properties: ["openFile", "openDirectory"],
      filters: [files, markdown],
    });
  const kind = await importKind(ctx, t);
  if (kind === null) return null;
  return open(
    ctx,
    kind === "file"
      ? {
          title: t("menu.importTitle"),
          defaultPath: documents,
          properties: ["openFile"],
          filters: [files, markdown, { name: "*", extensions: ["*"] }],
        }
      : { title: t("menu.importTitle"), defaultPath: documents, properties: ["openDirectory"] },
  );
}

/**
 * Shows `path` selected in its folder in the file manager; false when it does not exist. A folder is
 * shown selected too, never opened: `shell.openPath` would launch what it is given (an `.app` on macOS).
 */
export async function showInFolder(path: string): Promise<boolean> {
  const st = await stat(path).catch(() => null);
  if (!st) return false;
  shell.showItemInFolder(path);
  return true;
}
