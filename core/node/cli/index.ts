// The `tsuzuri` command line: a table of commands (commands/), parsed with node:util parseArgs.
export { runCli } from "./run.js";
export { commands } from "./commands/index.js";
export { defineCommand, UsageError, type Command, type Io, type OptionSpec, type OptionSpecs, type OptionValues } from "./command.js";
export { parseChoice, parseNonEmpty, parsePort } from "./option-values.js";
export { EXIT_FAILURE, EXIT_OK, EXIT_USAGE } from "./constants.js";
export { VERSION } from "./version.js";
