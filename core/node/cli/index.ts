// The `tsuzuri` command line: a table of commands (commands/), parsed with node:util parseArgs.
export { runCli } from "./run.js";
export { commands } from "./commands/index.js";
export type { Command, Io, OptionSpec, OptionSpecs, OptionValues } from "./command.js";

export { EXIT_FAILURE, EXIT_OK, EXIT_USAGE } from "./constants.js";
