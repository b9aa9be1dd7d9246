// Tsuzuri's Electron main process: a thin shell. Everything about journals is core/node/app; this file
// only wires the window, the menu, the tsuzuri:// scheme and IPC to it, and quits in order
// (renderer saves → index written → exit).
import { app, dialog, type BrowserWindow } from "electron";
import { resolveLang, createTranslator } from "../../core/common/i18n/index.js";
import type { CommandName, Settings } from "../../core/contract/index.js";
import { createApp, type App } from "../../core/node/app/index.js";
import { Activity } from "../../core/node/host/index.js";
import { parseLaunchArgs } from "./args.js";
import { ASSET_BASE } from "./constants.js";
import { pickPath, showInFolder } from "./dialogs.js";
import { openExternal } from "./external.js";
import { printToPdf } from "./pdf.js";
import { wireIpc } from "./ipc.js";
import { installMenu } from "./menu.js";
import { FileOpener } from "./open-files.js";
import { RENDERER_DIR } from "./paths.js";
import { createSecretStore } from "./secrets.js";
import { handleScheme, registerScheme } from "./protocol.js";
import { installSecurity } from "./security.js";
import { createWindow, type AppWindow } from "./window.js";
import { messageOf } from "../../core/common/error-message.js";

/** Where the app's own arguments start: after the executable, and after the script when Electron runs one. */
const FIRST_ARG = app.isPackaged ? 1 : 2;
const launch = parseLaunchArgs(process.argv, process.cwd(), FIRST_ARG);
if (launch.userData) app.setPath("userData", launch.userData);
registerScheme();
installSecurity();

// macOS hands files to open (Finder's "Open With", a double-click) as open-file events, the first
// ones before `ready`: they wait here until the app can open them.
const earlyFiles: string[] = [];
let openLater: ((files: string[]) => void) | null = null;
app.on("open-file", (event, path) => {
  event.preventDefault();
  if (openLater) openLater([path]);
  else earlyFiles.push(path);
});

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  void start().catch((err: unknown) => {
    dialog.showErrorBox("Tsuzuri cannot start", messageOf(err));
    app.exit(1);
  });
}

async function start(): Promise<void> {
  await app.whenReady();
  const userDataDir = app.getPath("userData");
  let current: AppWindow | null = null;
  const win = (): BrowserWindow | null => (current && !current.win.isDestroyed() ? current.win : null);
  // The dialogs speak the UI language, which the app knows: they ask it once it exists.
  let made: App | null = null;
  const dialogs = {
    window: win,
    translator: async () => createTranslator(made ? await uiLang(made) : "en"),
    journalDir: () => journalDir,
  };
  const tsuzuri = await createApp({
    journalDir: launch.journal,
    userDataDir,
    host: {
      kind: "electron",
      lang: null,
      assetBase: ASSET_BASE,
      openExternal,
      showInFolder,
      secrets: createSecretStore(userDataDir),
      pickPath: (purpose, suggestedName) => pickPath(dialogs, purpose, suggestedName),
      printToPdf,
    },
  });
  made = tsuzuri;
  let journalDir = await currentJournalDir(tsuzuri);
  tsuzuri.onEvent((event, payload) => {
    if (event === "journalOpened") journalDir = (payload as { dir: string }).dir;
  });
  handleScheme(RENDERER_DIR, () => journalDir);

  const activity = new Activity();

  // "Open Journal…" is the renderer's command (it saves, asks through pickPath, opens); with no window
  // open (macOS keeps running without one) the menu asks here, and the window that opens shows it.
  const openJournalWithoutWindow = async () => {
    const dir = await pickPath(dialogs, "journal");
    if (!dir) return;
    try {
      await tsuzuri.openJournal(dir);
      await open();
    } catch (err) {
      dialog.showErrorBox(createTranslator(await uiLang(tsuzuri))("menu.openJournal"), messageOf(err));
    }
  };
  const menuActions = {
    command: (name: CommandName) =>
      name === "openJournal" && !win() ? void openJournalWithoutWindow() : tsuzuri.emit("command", { name }),
  };
  const refreshMenu = async () => installMenu(createTranslator(await uiLang(tsuzuri)), menuActions, !app.isPackaged);
  await refreshMenu();
  wireIpc({ app: tsuzuri, window: win, activity, afterCall: (op) => op === "updateSettings" && void refreshMenu() });

  const open = async () => {
    current = await createWindow({ app: tsuzuri, activity, userDataDir });
  };
  const files = new FileOpener({
    app: tsuzuri,
    journalDir: () => journalDir,
    window: win,
    translator: dialogs.translator,
    flush: async () => current?.flush(),
  });
  /** Opens files in the window, making (or showing) it first; a window made for them starts at the post. */
  const openFiles = async (paths: string[]) => {
    const w = win();
    if (w) {
      if (w.isMinimized()) w.restore();
      w.focus();
      return files.open(paths);
    }
    const rest = await files.prepare(paths);
    await open();
    await files.open(rest);
  };
  // The files of the command line (and macOS's early open-file events) decide where the window starts.
  const atLaunch = await files.prepare([...launch.files, ...earlyFiles.splice(0)]);
  await open();
  openLater = (paths) => void openFiles(paths);
  void files.open([...atLaunch, ...earlyFiles.splice(0)]);

  app.on("second-instance", (_event, argv, workingDirectory) => {
    const wanted = parseLaunchArgs(argv, workingDirectory, FIRST_ARG);
    void (async () => {
      if (wanted.journal && wanted.journal !== journalDir) {
        await current?.flush().catch(() => {});
        await tsuzuri.openJournal(wanted.journal).catch((err: unknown) => dialog.showErrorBox("Tsuzuri", messageOf(err)));
      }
      await openFiles(wanted.files);
    })();
  });
  app.on("activate", () => {
    if (!win()) void open();
  });
  app.on("window-all-closed", () => {
    if (process.platform !== "darwin") app.quit();
  });

  let quitting: "no" | "closing" | "done" = "no";
  app.on("before-quit", (event) => {
    if (quitting === "done") return;
    event.preventDefault();
    if (quitting === "closing") return;
    quitting = "closing";
    void (async () => {
      await current?.prepareToClose().catch(() => {});
      await tsuzuri.close().catch(() => {});
      quitting = "done";
      app.quit();
    })();
  });
}

async function currentJournalDir(tsuzuri: App): Promise<string> {
  const reply = await tsuzuri.dispatch("getJournal", {});
  if (!reply.ok) throw new Error(reply.error.message);
  return (reply.value as { dir: string }).dir;
}

/** The UI language: the setting, else the system's. */
async function uiLang(tsuzuri: App) {
  const reply = await tsuzuri.dispatch("getSettings", {});
  const setting = reply.ok ? (reply.value as Settings).lang : "system";
  return resolveLang(setting, app.getPreferredSystemLanguages());
}
