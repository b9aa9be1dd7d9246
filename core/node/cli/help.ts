// Help texts, made from the command table and each command's option specs.
import type { Command, OptionSpecs } from "./command.js";
import { PROGRAM } from "./constants.js";
import { COMMON_OPTIONS } from "./parse.js";

function optionRows(options: OptionSpecs): [string, string][] {
  return Object.entries(options).map(([name, spec]) => {
    const flag = `${spec.short ? `-${spec.short}, ` : ""}--${name}${spec.type === "string" ? ` ${spec.value ?? "VALUE"}` : ""}`;
    return [flag, spec.description];
  });
}

function table(rows: [string, string][]): string[] {
  const width = Math.max(...rows.map(([left]) => left.length));
  return rows.map(([left, right]) => `  ${left.padEnd(width)}  ${right}`);
}

/** `tsuzuri --help`. */
export function programHelp(commands: readonly Command[], version: string): string {
  return [
    `Tsuzuri ${version}: a Markdown journal you write offline and publish as HTML.`,
    "",
    `Usage: ${PROGRAM} <command> [options]`,
    "",
    "Commands:",
    ...table(commands.map((c) => [c.name, c.summary])),
    "",
    "Options:",
    ...table([
      ["-h, --help", "Show this help."],
      ["--version", "Print the version."],
    ]),
    "",
    `Run \`${PROGRAM} <command> --help\` (or \`${PROGRAM} help <command>\`) for the options of a command.`,
  ].join("\n");
}

/** `tsuzuri <command> --help`. */
export function commandHelp(command: Command): string {
  const usage = `Usage: ${PROGRAM} ${command.name} [options]${command.args ? ` ${command.args}` : ""}`;
  return [
    usage,
    "",
    command.summary,
    ...(command.description ? ["", command.description] : []),
    "",
    "Options:",
    ...table(optionRows({ ...command.options, ...COMMON_OPTIONS })),
  ].join("\n");
}

/** The hint after a usage error. */
export function usageHint(command?: string): string {
  return command ? `try \`${PROGRAM} ${command} --help\`` : `try \`${PROGRAM} --help\``;
}
