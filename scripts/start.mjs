#!/usr/bin/env node
// `npm start` after the build: runs the Electron app. Electron's binary is not in its npm package; on
// first launch it is fetched from GitHub (Electron's own install script). When that cannot happen
// (offline, a blocked network), this ends with one sentence saying so and what else works, instead
// of Electron's stack trace.
import { spawn, spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import { join } from "node:path";
import { findElectronBinary } from "./electron-binary.mjs";

const root = join(import.meta.dirname, "..");
let found = findElectronBinary(root);
if (!found.path) {
  console.log("Fetching Electron's binary (first launch)…");
  const install = createRequire(import.meta.url).resolve("electron/install.js");
  const r = spawnSync(process.execPath, [install], { stdio: ["ignore", "ignore", "pipe"], encoding: "utf8", timeout: 10 * 60_000 });
  found = findElectronBinary(root);
  if (!found.path) {
    const why = (r.stderr ?? "")
      .split("\n")
      .find((l) => /Error|ENOTFOUND|ECONN|EAI_AGAIN|timed out/i.test(l))
      ?.trim();
    console.error(
      `Tsuzuri cannot start: Electron's binary could not be fetched from GitHub${why ? ` (${why.slice(0, 160)})` : ""}; ` +
        "connect to the internet and run `npm start` again, or use the same app in a browser: `npx tsuzuri serve`.",
    );
    process.exit(1);
  }
}
const child = spawn(found.path, [root, ...process.argv.slice(2)], { stdio: "inherit" });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => child.kill(signal));
child.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
