// @doyensec/electronegativity, Doyensec's scanner for Electron security misconfigurations, run over
// electron/ and renderer/ together (its global checks need the whole app in view). Every finding of
// medium severity or above must be explained in electronegativity-allowlist.json; a new one fails.
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";

const root = join(import.meta.dirname, "../..");
const require = createRequire(import.meta.url);

interface Finding {
  id: string;
  file: string;
  severity: { value: number; name: string };
  location: { line: number; column: number };
  description: string;
}
interface ScanResult {
  globalChecks: number;
  atomicChecks: number;
  errors: unknown[];
  issues: Finding[];
}
interface Allowlist {
  excludedChecks: Record<string, string>;
  accepted: { id: string; file: string; reason: string }[];
}

const MEDIUM = 2;
const SCANNER = "@doyensec/electronegativity";

/** The scanner's runner, kept offline: it fetches translations with `got` on start, which is stubbed to fail at once. */
function loadRunner(): (options: Record<string, unknown>) => Promise<ScanResult> {
  const scannerDir = join(require.resolve(`${SCANNER}/package.json`), "..", "dist", "locales");
  const gotPath = require.resolve("got", { paths: [scannerDir] });
  require.cache[gotPath] ??= {
    id: gotPath,
    filename: gotPath,
    loaded: true,
    exports: () => Promise.reject(new Error("offline")),
  } as unknown as NodeJS.Module;
  return require(SCANNER) as (options: Record<string, unknown>) => Promise<ScanResult>;
}

const electronVersion = async () =>
  (JSON.parse(await readFile(join(root, "node_modules", "electron", "package.json"), "utf8")) as { version: string }).version;

async function scan(input: string, excluded: string[]): Promise<ScanResult> {
  const quiet = console.log;
  console.log = () => {};
  try {
    return await loadRunner()({
      input,
      customScan: [],
      excludeFromScan: excluded.map((c) => c.toLowerCase().replaceAll("_", "")),
      isRelative: true,
      isVerbose: false,
      electronVersionOverride: await electronVersion(),
      parserPlugins: [],
    });
  } finally {
    console.log = quiet;
  }
}

describe("electronegativity over electron/ and renderer/", () => {
  let dir: string;
  let allow: Allowlist;
  let result: ScanResult;
  before(
    async () => {
      allow = JSON.parse(await readFile(join(import.meta.dirname, "electronegativity-allowlist.json"), "utf8")) as Allowlist;
      dir = await mkdtemp(join(tmpdir(), "tsuzuri-electronegativity-"));
      await cp(join(root, "electron"), join(dir, "app", "electron"), { recursive: true });
      await cp(join(root, "renderer"), join(dir, "app", "renderer"), { recursive: true });
      // A known-bad window beside the app, scanned on its own: proves the scanner reads our TypeScript.
      await writeFile(
        join(dir, "bad.ts"),
        `import { BrowserWindow } from "electron";\nnew BrowserWindow({ webPreferences: { nodeIntegration: true, contextIsolation: false, sandbox: false } });\n`,
      );
      result = await scan(join(dir, "app"), Object.keys(allow.excludedChecks));
    },
    { timeout: 120_000 },
  );
  after(() => rm(dir, { recursive: true, force: true }));

  test("the scan ran its checks over every file without a parse error", () => {
    assert.ok(
      result.globalChecks + result.atomicChecks >= 30,
      `checks loaded: ${result.globalChecks} global, ${result.atomicChecks} atomic`,
    );
    assert.deepEqual(result.errors, []);
  });

  test("it finds a window with Node integration (the scanner works on TypeScript)", { timeout: 60_000 }, async () => {
    const bad = await scan(join(dir, "bad.ts"), Object.keys(allow.excludedChecks));
    const ids = bad.issues.map((i) => i.id);
    assert.ok(ids.includes("NODE_INTEGRATION_JS_CHECK") || ids.includes("CONTEXT_ISOLATION_JS_CHECK"), `found: ${ids.join(", ")}`);
  });

  test("every finding of medium severity or above has a written reason", (t) => {
    const serious = result.issues.filter((i) => i.severity.value >= MEDIUM);
    const unexplained = serious.filter(
      (i) => !allow.accepted.some((a) => a.id === i.id && a.file === i.file && a.reason.trim().length >= 40),
    );
    for (const i of result.issues)
      t.diagnostic(`${i.severity.name} ${i.id} ${i.file}:${i.location.line} ${i.severity.value >= MEDIUM ? "(explained)" : ""}`);
    assert.deepEqual(
      unexplained.map((i) => `${i.severity.name} ${i.id} at ${i.file}:${i.location.line}: ${i.description}`),
      [],
    );
  });

  test("every reason in the allowlist still matches a finding (none left over)", () => {
    const stale = allow.accepted.filter((a) => !result.issues.some((i) => i.id === a.id && i.file === a.file));
    assert.deepEqual(stale, []);
  });
});
