// The CLI's dispatcher: global flags, then one command from the table, with usage errors reported
// in one line (exit 2) and other failures in one line (exit 1).
import { UsageError, type Command, type Io, type OptionSpecs, type OptionValues } from "./command.js";
import { EXIT_FAILURE, EXIT_OK, EXIT_USAGE, PROGRAM } from "./constants.js";
import { commandHelp, programHelp, usageHint } from "./help.js";
import { parseCommandLine } from "./parse.js";
import { VERSION } from "./version.js";
import { messageOf } from "../../common/error-message.js";

/** Runs the CLI with `argv` (without node and the script); resolves to the exit code. */
export async function runCli(argv: string[], commands: readonly Command[], io: Io): Promise<number> {
  let commandName: string | undefined;
  try {
    const first = argv[0];
    if (first === undefined) throw new UsageError("missing command");
    if (first.startsWith("-")) {
      const { values } = parseCommandLine(argv, { version: { type: "boolean", description: "" } }, false);
      if (values.version) io.out(VERSION);
      else io.out(programHelp(commands, VERSION));
      return EXIT_OK;
    }
    if (first === "help") {
      // `tsuzuri help [command]`, as people often type it.
      const topic = argv[1] === undefined ? undefined : commands.find((c) => c.name === argv[1]);
      if (argv[1] !== undefined && !topic) throw new UsageError(`unknown command "${argv[1]}"`);
      io.out(topic ? commandHelp(topic) : programHelp(commands, VERSION));
      return EXIT_OK;
    }
    const command = commands.find((c) => c.name === first);
    if (!command) throw new UsageError(`unknown command "${first}"`);
    commandName = command.name;
    const { values, positionals } = parseCommandLine(argv.slice(1), command.options, command.args !== undefined, command.name);
    if (values.help) {
      io.out(commandHelp(command));
      return EXIT_OK;
    }
    return await command.run({ values: values as OptionValues<OptionSpecs>, positionals }, io);
  } catch (err) {
    if (err instanceof UsageError) {
      const where = err.command ?? commandName;
      io.err(`${PROGRAM}${where ? ` ${where}` : ""}: ${err.message} (${usageHint(where)})`);
      return EXIT_USAGE;
    }
    io.err(`${PROGRAM}${commandName ? ` ${commandName}` : ""}: ${messageOf(err)}`);
    return EXIT_FAILURE;
  }
}
