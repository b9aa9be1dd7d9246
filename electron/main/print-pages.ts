// The pages a PDF export is printing, each at a URL of its own under tsuzuri://print/ while its
// hidden window prints it (see pdf.ts for why the page goes through the app's scheme).
import { randomUUID } from "node:crypto";
import { PRINT_ORIGIN } from "./constants.js";

/** Pages by URL, kept only while they print. */
export class PrintPages {
  private readonly pages = new Map<string, string>();

  /** Keeps `html` and returns the URL it is served at (unguessable, one per print). */
  add(html: string): string {
    const url = `${PRINT_ORIGIN}/${randomUUID()}.html`;
    this.pages.set(url, html);
    return url;
  }

  /** The page at `url`, or null (never added, or already printed). */
  get(url: string): string | null {
    return this.pages.get(url) ?? null;
  }

  /** Forgets the page at `url`. */
  remove(url: string): void {
    this.pages.delete(url);
  }
}

/** The app's one set of pages being printed. */
export const printPages = new PrintPages();
