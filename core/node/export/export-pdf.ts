// Exporting one post as a PDF: the print view's page (renderPostPage: the export's stylesheet with its
// print rules, images embedded) turned into PDF bytes by the host (Electron's printToPDF), then
// written atomically. The host only prints; checking and writing are here, where they can be tested.
import path from "node:path";
import { TsuzuriError, type ExportPdfReport } from "../../contract/index.js";
import { messageOf } from "../../common/error-message.js";
import { atomicWrite, makeDir } from "../store/index.js";
import { exportError } from "./errors.js";
import { renderPostPage } from "./export-post.js";
import type { JournalSource } from "./read-posts.js";

/** A host's printer: the page's HTML in, the PDF's bytes out. */
export type PrintToPdf = (html: string) => Promise<Uint8Array>;

/** Every PDF starts so (the header of ISO 32000). */
const PDF_MAGIC = "%PDF-";

/** True when `bytes` begin like a PDF. */
function isPdf(bytes: Uint8Array): boolean {
  return bytes.length > PDF_MAGIC.length && Buffer.from(bytes.subarray(0, PDF_MAGIC.length)).toString("latin1") === PDF_MAGIC;
}

/**
 * Prints the post at journal path `postPath` with `print` and writes the PDF to `outFile` (replacing
 * it: the save dialog already asked). A failed print or write leaves no file, and no temp file.
 */
export async function exportPostPdf(
  journal: JournalSource,
  postPath: string,
  outFile: string,
  print: PrintToPdf,
  options: { signal?: AbortSignal } = {},
): Promise<ExportPdfReport> {
  const file = path.resolve(outFile);
  const { page, warnings } = await renderPostPage(journal, postPath, options);
  let bytes: Uint8Array;
  try {
    bytes = await print(page);
  } catch (e) {
    throw new TsuzuriError("io", `The page could not be printed to PDF: ${messageOf(e)}`);
  }
  if (!isPdf(bytes)) throw new TsuzuriError("io", "The page could not be printed to PDF: what came back is not a PDF.");
  options.signal?.throwIfAborted();
  try {
    await makeDir(path.dirname(file));
    await atomicWrite(file, bytes, { label: file });
  } catch (e) {
    throw exportError(e, "write", file, "");
  }
  return { file, bytes: bytes.length, warnings };
}
