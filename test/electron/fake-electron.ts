// A stand-in for the `electron` module, just big enough to run electron/main against it in plain Node:
// it records what main registers (scheme, IPC handlers, menu, windows) so a test can drive them.
// The state lives on globalThis so the bundled main and the test see the same one.
import { EventEmitter } from "node:events";

type Handler = (...args: unknown[]) => unknown;

/** What the fake recorded. */
export interface FakeState {
  app: FakeApp;
  schemes: unknown[];
  protocolHandlers: Map<string, (request: Request) => Promise<Response>>;
  ipcHandlers: Map<string, Handler>;
  menuTemplate: unknown[] | null;
  windows: FakeWindow[];
  opened: string[];
  errors: string[];
  /** Every dialog shown: its kind and options. */
  dialogs: { kind: string; options: Record<string, unknown> }[];
  /** What the next dialogs answer (in order); an empty queue cancels. */
  answers: unknown[];
  /** Paths shown selected in their folder (shell.showItemInFolder). */
  shown: string[];
  /** Paths handed to shell.openPath (which launches what it is given). */
  launched: string[];
  /** The session's permission handlers and download listeners, as main installed them. */
  permissionRequest: ((contents: unknown, permission: string, callback: (granted: boolean) => void) => void) | null;
  permissionCheck: ((contents: unknown, permission: string, origin: string) => boolean) | null;
  sessionListeners: Map<string, Handler[]>;
  /** What app.whenReady waits on (a test may hold it, to send events "before ready"). */
  ready: Promise<void>;
  /** Every webContents.printToPDF call: its options and the page the window had loaded. */
  prints: { options: Record<string, unknown>; page: LoadedPage | null }[];
  /** What printToPDF answers (tests replace it to make printing fail); by default a small PDF. */
  printer: (options: Record<string, unknown>) => Promise<Buffer>;
  quit: boolean;
}

/** What a window loaded from the tsuzuri:// scheme, through the handler main registered. */
export interface LoadedPage {
  status: number;
  headers: Headers;
  body: string;
}

/** The bytes the stand-in printToPDF returns. */
export const FAKE_PDF = Buffer.from("%PDF-1.7\n% stand-in for Chromium's printToPDF\n%%EOF\n", "latin1");

class FakeWebContents extends EventEmitter {
  readonly sent: { channel: string; message: unknown }[] = [];
  readonly mainFrame = { parent: null, url: "tsuzuri://app/" };
  send(channel: string, message: unknown) {
    this.sent.push({ channel, message });
    this.emit("sent", channel, message);
  }
  isCrashed() {
    return false;
  }
  getURL() {
    return this.mainFrame.url;
  }
  /** The page loaded from tsuzuri:// (null for other URLs, or before a load). */
  loaded: LoadedPage | null = null;
  /** Like Electron's: prints the loaded page (here: records the call and answers state().printer). */
  printToPDF(options: Record<string, unknown>) {
    state().prints.push({ options, page: this.loaded });
    return state().printer(options);
  }
  openHandler: ((details: { url: string }) => { action: string }) | null = null;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }) {
    this.openHandler = handler;
  }
}

export class FakeWindow extends EventEmitter {
  readonly webContents = new FakeWebContents();
  destroyed = false;
  constructor(readonly options: Record<string, unknown>) {
    super();
    state().windows.push(this);
    state().app.emit("web-contents-created", {}, this.webContents);
  }
  /** Like Electron's: a tsuzuri:// URL is answered by the scheme's handler (as the real protocol.handle would). */
  async loadURL(url: string) {
    this.webContents.mainFrame.url = url;
    const handler = state().protocolHandlers.get("tsuzuri");
    if (url.startsWith("tsuzuri://") && handler) {
      const response = await handler(new Request(url));
      this.webContents.loaded = { status: response.status, headers: response.headers, body: await response.text() };
    }
    setImmediate(() => this.emit("ready-to-show"));
  }
  /** Like Electron's: the window goes at once, without "close". */
  destroy() {
    if (this.destroyed) return;
    this.destroyed = true;
    this.emit("closed");
  }
  isDestroyed() {
    return this.destroyed;
  }
  getNormalBounds() {
    return { x: 10, y: 20, width: 1000, height: 700 };
  }
  isMaximized() {
    return false;
  }
  isMinimized() {
    return false;
  }
  maximize() {}
  restore() {}
  focus() {}
  show() {}
  /** Like Electron: "close" may be prevented; otherwise the window goes, and the app may follow. */
  close() {
    let prevented = false;
    this.emit("close", { preventDefault: () => (prevented = true) });
    if (prevented || this.destroyed) return;
    this.destroyed = true;
    this.emit("closed");
    if (state().windows.every((w) => w.destroyed)) state().app.emit("window-all-closed");
  }
}

class FakeApp extends EventEmitter {
  isPackaged = false;
  private readonly paths = new Map<string, string>([["userData", "/nonexistent-user-data"]]);
  setPath(name: string, value: string) {
    this.paths.set(name, value);
  }
  getPath(name: string) {
    return this.paths.get(name) ?? `/nonexistent-${name}`;
  }
  requestSingleInstanceLock() {
    return true;
  }
  whenReady() {
    return state().ready;
  }
  getPreferredSystemLanguages() {
    return ["en-US"];
  }
  /** Like Electron: "before-quit" may be prevented; otherwise every window closes and the app ends. */
  quit() {
    let prevented = false;
    this.emit("before-quit", { preventDefault: () => (prevented = true) });
    if (prevented) return;
    for (const w of state().windows) w.close();
    state().quit = true;
    this.emit("quit");
  }
  exit() {
    state().quit = true;
  }
}

/** The shared state (created on first use). */
export function state(): FakeState {
  const g = globalThis as { __tsuzuriFakeElectron?: FakeState };
  g.__tsuzuriFakeElectron ??= {
    app: new FakeApp(),
    schemes: [],
    protocolHandlers: new Map(),
    ipcHandlers: new Map(),
    menuTemplate: null,
    windows: [],
    opened: [],
    errors: [],
    dialogs: [],
    answers: [],
    shown: [],
    launched: [],
    permissionRequest: null,
    permissionCheck: null,
    sessionListeners: new Map(),
    ready: Promise.resolve(),
    prints: [],
    printer: async () => FAKE_PDF,
    quit: false,
  };
  return g.__tsuzuriFakeElectron;
}

export const app = state().app;
export const BrowserWindow = FakeWindow;
export const protocol = {
  registerSchemesAsPrivileged: (schemes: unknown[]) => state().schemes.push(...schemes),
  handle: (scheme: string, handler: (request: Request) => Promise<Response>) => state().protocolHandlers.set(scheme, handler),
};
export const ipcMain = {
  handle: (channel: string, handler: Handler) => state().ipcHandlers.set(channel, handler),
  removeHandler: (channel: string) => state().ipcHandlers.delete(channel),
};
export const Menu = {
  buildFromTemplate: (template: unknown[]) => template,
  setApplicationMenu: (template: unknown[]) => (state().menuTemplate = template),
};
export const session = {
  defaultSession: {
    setPermissionRequestHandler: (handler: FakeState["permissionRequest"]) => void (state().permissionRequest = handler),
    setPermissionCheckHandler: (handler: FakeState["permissionCheck"]) => void (state().permissionCheck = handler),
    on: (name: string, listener: Handler) =>
      void state().sessionListeners.set(name, [...(state().sessionListeners.get(name) ?? []), listener]),
  },
};
export const shell = {
  openExternal: async (url: string) => void state().opened.push(url),
  showItemInFolder: (path: string) => void state().shown.push(path),
  openPath: async (path: string) => (state().launched.push(path), ""),
};

/** Records a dialog and returns the next scripted answer (undefined: cancelled). */
function shown(kind: string, args: unknown[]): unknown {
  state().dialogs.push({ kind, options: args.at(-1) as Record<string, unknown> });
  return state().answers.shift();
}

export const dialog = {
  showErrorBox: (title: string, message: string) => state().errors.push(`${title}: ${message}`),
  showOpenDialog: async (...args: unknown[]) => {
    const path = shown("open", args) as string | undefined;
    return path ? { canceled: false, filePaths: [path] } : { canceled: true, filePaths: [] };
  },
  showSaveDialog: async (...args: unknown[]) => {
    const path = shown("save", args) as string | undefined;
    return path ? { canceled: false, filePath: path } : { canceled: true, filePath: "" };
  },
  showMessageBox: async (...args: unknown[]) => {
    const response = shown("message", args) as number | undefined;
    return { response: response ?? (args.at(-1) as { cancelId: number }).cancelId };
  },
};
export const screen = {
  getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }],
};

/** safeStorage without system encryption (as on a Linux box with no keyring): nothing is stored. */
export const safeStorage = {
  isEncryptionAvailable: () => false,
  encryptString: (s: string) => Buffer.from(s, "utf8"),
  decryptString: (b: Buffer) => b.toString("utf8"),
};
