// Entry point of the `tsuzuri` command (bundled to dist/cli/tsuzuri.js, started by bin/tsuzuri.js).
import module from "node:module";
import { runCli } from "./run.js";
import { commandsFor } from "./commands/lazy.js";

// V8's compile cache (Node 22.1 and later; absent before): the command's chunks load without compiling again.
(module as { enableCompileCache?: () => unknown }).enableCompileCache?.();
// Lines written in one turn go out in one write (a search printing 8,000 posts made 8,000 system calls).
let pending: string[] = [];
const flush = (): void => {
  if (pending.length > 0) process.stdout.write(pending.join(""));
  pending = [];
};
const code = await runCli(process.argv.slice(2), await commandsFor(process.argv[2]), {
  out: (line) => {
    if (pending.length === 0) queueMicrotask(flush);
    pending.push(`${line}\n`);
  },
  err: (line) => {
    flush();
    process.stderr.write(`${line}\n`);
  },
});
flush();
// Exit only once both streams have handed their output over (pipes may be asynchronous).
process.stdout.write("", () => process.stderr.write("", () => process.exit(code)));
