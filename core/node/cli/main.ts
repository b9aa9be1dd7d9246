// Entry point of the `tsuzuri` command (bundled to dist/cli/tsuzuri.js, started by bin/tsuzuri.js).
import { runCli } from "./run.js";
import { commandsFor } from "./commands/lazy.js";

const code = await runCli(process.argv.slice(2), await commandsFor(process.argv[2]), {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
});
// Exit only once both streams have handed their output over (pipes may be asynchronous).
process.stdout.write("", () => process.stderr.write("", () => process.exit(code)));
