// The Nu Html Checker (vnu-jar, on the machine's Java) and axe-core (in Chromium) over exported pages.
import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { promisify } from "node:util";
import type { Browser } from "playwright";

const run = promisify(execFile);

/** A message of the Nu checker. */
export interface VnuMessage {
  type: string;
  subType?: string;
  url: string;
  lastLine?: number;
  message: string;
}

/** Whether `java` runs here, and what to install when it does not. */
export async function javaProblem(): Promise<string | null> {
  try {
    await run("java", ["-version"]);
    return null;
  } catch {
    return "the Nu Html Checker needs Java: apt-get install -y default-jre-headless";
  }
}

/** Every message vnu has about `files` (errors, warnings, info). */
export async function vnu(files: readonly string[]): Promise<VnuMessage[]> {
  const jar = createRequire(import.meta.url)("vnu-jar") as string;
  // vnu exits 1 when it found errors; its JSON report is on stderr either way.
  const result = await run("java", ["-Xss2m", "-jar", jar, "--format", "json", ...files], { maxBuffer: 64 * 1024 * 1024 }).catch(
    (e: { stderr?: string }) => ({ stderr: e.stderr ?? "" }),
  );
  return (JSON.parse(result.stderr) as { messages: VnuMessage[] }).messages;
}

/** An axe-core violation, shortened. */
export interface AxeViolation {
  id: string;
  impact: string | null;
  nodes: string[];
}

const AXE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

/**
 * axe-core's violations on `url` in `colorScheme`. The pages' CSP forbids every script, axe included,
 * so the check runs in a browser context that does not apply CSP (Playwright's bypassCSP): the page
 * is byte for byte the exported file, only the browser lets the checker in.
 */
export async function axe(browser: Browser, url: string, colorScheme: "light" | "dark"): Promise<AxeViolation[]> {
  const context = await browser.newContext({ colorScheme, bypassCSP: true });
  try {
    const page = await context.newPage();
    await page.goto(url);
    await page.addScriptTag({ content: AXE });
    return await page.evaluate(async () => {
      const w = window as unknown as {
        axe: {
          run(
            c: Document,
            o: object,
          ): Promise<{ violations: { id: string; impact: string | null; nodes: { target: string[]; failureSummary?: string }[] }[] }>;
        };
      };
      const result = await w.axe.run(document, { resultTypes: ["violations"] });
      return result.violations.map((v) => ({
        id: v.id,
        impact: v.impact,
        nodes: v.nodes.map((n) => `${n.target.join(" ")}: ${n.failureSummary ?? ""}`),
      }));
    });
  } finally {
    await context.close();
  }
}
