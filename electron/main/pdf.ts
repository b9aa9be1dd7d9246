// Export post as PDF, Electron's part: the print view's page (core's printView HTML) printed by
// Chromium in a hidden window of its own, which is then destroyed. Everything else (rendering the page,
// checking the bytes, the atomic write) is core/node/export/export-pdf.ts.
//
// How the page is loaded: through the app's scheme, at an unguessable tsuzuri://print/<uuid>.html
// served from memory with the export's CSP as a header (protocol.ts). Not a data: URL, because
// Chromium refuses URLs over 2 MB and a post's embedded photos pass that easily; not a temp file,
// because that would put the post's text outside the journal and give the page a file:// origin; not
// a blob: URL, which only a page with script can make. tsuzuri://print is another origin than the app
// (tsuzuri://app), so the page reaches none of the app's storage, and the IPC handlers refuse it.
import { BrowserWindow } from "electron";
import { PDF_OPTIONS, PDF_TIMEOUT_MS } from "./constants.js";
import { printPages } from "./print-pages.js";

/** Fails after `ms` with a message naming `what`. */
function timeout(ms: number, what: string): { promise: Promise<never>; clear: () => void } {
  let timer: NodeJS.Timeout | undefined;
  const promise = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} took longer than ${ms / 1000} s`)), ms);
  });
  return { promise, clear: () => clearTimeout(timer) };
}

/** Prints `html` to PDF bytes (A4, backgrounds, the stylesheet's page size). */
export async function printToPdf(html: string): Promise<Uint8Array> {
  const url = printPages.add(html);
  // Written out here (not a shared constant) so electronegativity reads them: sandboxed, no preload,
  // no Node, no script at all, and no middle click asking for a window.
  const win = new BrowserWindow({
    show: false,
    webPreferences: {
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      javascript: false,
      webSecurity: true,
      spellcheck: false,
      navigateOnDragDrop: false,
      disableBlinkFeatures: "Auxclick",
    },
  });
  // The page goes nowhere: no link, redirect or refresh is followed (security.ts also denies new windows).
  win.webContents.on("will-navigate", (event) => event.preventDefault());
  win.webContents.on("will-redirect", (event) => event.preventDefault());
  const limit = timeout(PDF_TIMEOUT_MS, "Printing");
  try {
    await Promise.race([win.loadURL(url), limit.promise]);
    return await Promise.race([win.webContents.printToPDF(PDF_OPTIONS), limit.promise]);
  } finally {
    limit.clear();
    printPages.remove(url);
    if (!win.isDestroyed()) win.destroy();
  }
}
