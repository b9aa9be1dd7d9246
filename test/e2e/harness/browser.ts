// Chromium through Playwright, launched the way the e2e suite needs it on a CI box.
import { existsSync, mkdirSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright";

/** Debian's Chromium (or $CHROMIUM_PATH): the fast path, `apt-get install chromium fonts-noto-cjk`. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/** Where the Chromium shipped in the npm package @sparticuz/chromium is unpacked (once; kept out of /tmp). */
const BUNDLED_DIR = fileURLToPath(new URL("../../../node_modules/.cache/tsuzuri-chromium/", import.meta.url));

const ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** True when the e2e tests have a Chromium to drive: the system's, or the npm-shipped fallback. */
export const HAS_CHROMIUM = existsSync(CHROMIUM) || (!process.env.CHROMIUM_PATH && packageInstalled("@sparticuz/chromium"));

function packageInstalled(name: string): boolean {
  try {
    createRequire(import.meta.url).resolve(name);
    return true;
  } catch {
    return false;
  }
}

let bundled: Promise<string> | null = null;

/**
 * The Chromium inside @sparticuz/chromium, unpacked into node_modules/.cache on first use: for a bare
 * machine with no system Chromium (no download: the binary is in the npm package). It unpacks into
 * the temp folder, so TMPDIR points at the cache folder while it does.
 */
function bundledChromium(): Promise<string> {
  bundled ??= (async () => {
    mkdirSync(BUNDLED_DIR, { recursive: true });
    const saved = process.env.TMPDIR;
    process.env.TMPDIR = BUNDLED_DIR;
    try {
      const { default: packaged } = await import("@sparticuz/chromium");
      return await packaged.executablePath();
    } finally {
      if (saved === undefined) delete process.env.TMPDIR;
      else process.env.TMPDIR = saved;
    }
  })();
  return bundled;
}

/** The Chromium to drive: $CHROMIUM_PATH, else Debian's, else the npm-shipped one. Never a downloaded one. */
export async function chromiumPath(): Promise<string> {
  if (process.env.TSUZURI_BUNDLED_CHROMIUM !== "1") {
    if (existsSync(CHROMIUM)) return CHROMIUM;
    if (process.env.CHROMIUM_PATH) throw new Error(`No Chromium at CHROMIUM_PATH=${CHROMIUM}.`);
  }
  try {
    return await bundledChromium();
  } catch (err) {
    throw new Error(
      `No Chromium at ${CHROMIUM}, and the one in @sparticuz/chromium could not be unpacked (${(err as Error).message}). ` +
        "Install one: `sudo apt-get install chromium fonts-noto-cjk` (or set CHROMIUM_PATH to a Chromium binary).",
    );
  }
}

/** Launches headless Chromium, or fails saying how to install it. */
export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: await chromiumPath(), args: ARGS });
}

/** An app page and what it reported while the test ran. */
export interface AppPage {
  context: BrowserContext;
  page: Page;
  /** Uncaught exceptions thrown in the page (bugs a user may not see but should not happen). */
  pageErrors: string[];
  /** console.error messages of the page. */
  consoleErrors: string[];
}

/** Options of openPage. */
export interface PageOptions {
  viewport?: { width: number; height: number };
  colorScheme?: "light" | "dark";
  locale?: string;
}

/** Opens `url` in a fresh context (1400x900, light, en-US) and records page errors. */
export async function openPage(browser: Browser, url: string, options: PageOptions = {}): Promise<AppPage> {
  const context = await browser.newContext({
    viewport: options.viewport ?? { width: 1400, height: 900 },
    colorScheme: options.colorScheme ?? "light",
    locale: options.locale ?? "en-US",
  });
  context.setDefaultTimeout(15_000);
  const page = await context.newPage();
  const pageErrors: string[] = [];
  const consoleErrors: string[] = [];
  page.on("pageerror", (err) => pageErrors.push(err.stack ?? err.message));
  page.on("console", (msg) => {
    if (msg.type() === "error") consoleErrors.push(msg.text());
  });
  await page.goto(url);
  return { context, page, pageErrors, consoleErrors };
}
