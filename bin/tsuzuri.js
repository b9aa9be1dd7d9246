#!/usr/bin/env node
// The `tsuzuri` command: starts the built CLI (dist/cli/tsuzuri.js, made by `npm run build`).
import { existsSync } from "node:fs";

const entry = new URL("../dist/cli/tsuzuri.js", import.meta.url);
if (!existsSync(entry)) {
  console.error("Tsuzuri is not built yet: run npm run build");
  process.exit(1);
}
await import(entry.href);
