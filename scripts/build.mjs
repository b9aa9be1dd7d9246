#!/usr/bin/env node
// Builds everything into dist/ with esbuild: the renderer (browser bundle), the Electron main process
// (ESM) and preload (CommonJS, sandboxed), and the CLI. Type checking is separate: npm run typecheck.
import { build } from "esbuild";
import { cpSync, mkdirSync, rmSync } from "node:fs";
import { join } from "node:path";

const root = join(import.meta.dirname, "..");
const out = join(root, "dist");
const watch = process.argv.includes("--watch");
const common = { bundle: true, sourcemap: "linked", logLevel: "warning", absWorkingDir: root, legalComments: "none" };
const nodeCommon = { ...common, platform: "node", target: "node20", format: "esm", packages: "external" };

rmSync(out, { recursive: true, force: true });
mkdirSync(join(out, "renderer"), { recursive: true });

await Promise.all([
  // Split: the app loads only what it needs to start; code languages (of the editor and of the preview's
  // highlighting) and rarely used panels are chunks under chunks/, imported when first needed.
  build({
    ...common,
    entryPoints: { app: "renderer/main.ts" },
    outdir: "dist/renderer",
    splitting: true,
    chunkNames: "chunks/[name]-[hash]",
    platform: "browser",
    format: "esm",
    target: "chrome120",
    minify: !watch,
  }),
  build({ ...nodeCommon, entryPoints: ["electron/main/main.ts"], outfile: "dist/electron/main.js", external: ["electron"] }),
  build({
    ...common,
    entryPoints: ["electron/preload/preload.ts"],
    outfile: "dist/electron/preload.cjs",
    platform: "node",
    format: "cjs",
    target: "node20",
    external: ["electron"],
    minify: true,
  }),
  // Split, so that each command loads only its own code (tsuzuri search starts in a fraction of the time).
  build({
    ...nodeCommon,
    entryPoints: { tsuzuri: "core/node/cli/main.ts" },
    outdir: "dist/cli",
    splitting: true,
    chunkNames: "chunks/[name]-[hash]",
  }),
]);

// Static files of the renderer, and the content theme shared by the preview and exported pages.
cpSync(join(root, "renderer/index.html"), join(out, "renderer/index.html"));
cpSync(join(root, "renderer/styles"), join(out, "renderer/styles"), { recursive: true });
cpSync(join(root, "resources/themes"), join(out, "renderer/themes"), { recursive: true });
cpSync(join(root, "resources/icons"), join(out, "renderer/icons"), { recursive: true });
