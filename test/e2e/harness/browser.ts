// Chromium through Playwright, launched the way the e2e suite needs it on a CI box.
import { existsSync } from "node:fs";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright";

/** The Chromium to drive: $CHROMIUM_PATH, else Debian's. Never a downloaded one. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

const ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

/** Launches headless Chromium, or fails saying how to install it. */
export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `No Chromium at ${CHROMIUM}. The e2e tests need a system Chromium and CJK fonts: ` +
        "`sudo apt-get install chromium fonts-noto-cjk` (or set CHROMIUM_PATH to a Chromium binary).",
    );
  }
  return chromium.launch({ executablePath: CHROMIUM, args: ARGS });
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
