// Parsing a command line with node:util parseArgs (strict), turning its errors into short UsageErrors.
import { parseArgs } from "node:util";
import { UsageError, type OptionSpecs } from "./command.js";

/** The options every command has. */
export const COMMON_OPTIONS = {
  help: { type: "boolean", short: "h", description: "Show this help." },
} as const satisfies OptionSpecs;

function quoted(message: string): string | undefined {
  return /'([^']+)'/.exec(message)?.[1];
}

/** The long form of an option as parseArgs quotes it ("-p, --port <value>" → "--port"). */
function optionName(message: string): string {
  const q = quoted(message) ?? "";
  return /--[\w-]+/.exec(q)?.[0] ?? q.split(" ")[0] ?? q;
}

/** Rewords a parseArgs error in one short line. */
function usageMessage(err: unknown): string {
  const e = err as { code?: string; message?: string };
  const message = e.message ?? String(err);
  switch (e.code) {
    case "ERR_PARSE_ARGS_UNKNOWN_OPTION":
      return `unknown option ${quoted(message) ?? message}`;
    case "ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL":
      return `unexpected argument "${quoted(message) ?? message}"`;
    case "ERR_PARSE_ARGS_INVALID_OPTION_VALUE":
      return /does not take an argument/.test(message)
        ? `option ${optionName(message)} takes no value`
        : `option ${optionName(message)} needs a value`;
    default:
      return message.split(/(?<=\.)\s/)[0] ?? message;
  }
}

/** Parses `argv` against `options` (plus --help); positionals only when `allowPositionals`. */
export function parseCommandLine(argv: string[], options: OptionSpecs, allowPositionals: boolean, command?: string) {
  const config: Record<string, { type: "string" | "boolean"; short?: string; multiple?: boolean }> = {};
  for (const [name, spec] of Object.entries<OptionSpecs[string]>({ ...options, ...COMMON_OPTIONS })) {
    config[name] = { type: spec.type, ...(spec.short ? { short: spec.short } : {}), ...(spec.multiple ? { multiple: true } : {}) };
  }
  try {
    const { values, positionals } = parseArgs({ args: argv, options: config, strict: true, allowPositionals });
    return { values: values as Record<string, string | string[] | boolean | undefined>, positionals };
  } catch (err) {
    throw new UsageError(usageMessage(err), command);
  }
}
