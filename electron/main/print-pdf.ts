// "Export post as PDF…" in the desktop app: the post's print view (the printView operation: the
// export's page with its print stylesheet) loaded into a hidden window with nothing enabled, printed
// by Chromium's printToPDF, and written where the user chose. Not wired into main.ts and the menu yet
// (electron/** is another owner's); until then the renderer does not offer its exportPdf command.
import { BrowserWindow } from "electron";
import { writeFile } from "node:fs/promises";

/** Page size of the PDF (margins: Chromium's default, about 1 cm). */
const PDF_OPTIONS: Electron.PrintToPDFOptions = { pageSize: "A4", printBackground: true };

/** Prints the page `html` to the PDF file `file`; resolves to its size in bytes. */
export async function printHtmlToPdf(html: string, file: string): Promise<number> {
  const win = new BrowserWindow({
    show: false,
    webPreferences: { javascript: false, sandbox: true, contextIsolation: true, nodeIntegration: false, spellcheck: false },
  });
  try {
    // The page is self-contained (images embedded) and runs nothing (its own CSP forbids scripts).
    await win.loadURL(`data:text/html;charset=utf-8,${encodeURIComponent(html)}`);
    const pdf = await win.webContents.printToPDF(PDF_OPTIONS);
    await writeFile(file, pdf);
    return pdf.length;
  } finally {
    win.destroy();
  }
}
