// What a command is: its name, its options (from which parsing and help are both derived), and its run.

/** One option of a command. */
export interface OptionSpec {
  type: "string" | "boolean";
  short?: string;
  /** The option may be given several times (string options): its value is then a list. */
  multiple?: boolean;
  /** Placeholder of the value in help, e.g. "DIR". */
  value?: string;
  description: string;
}

/** A command's options, by long name. */
export type OptionSpecs = Record<string, OptionSpec>;

/** Parsed option values, typed after their specs. */
export type OptionValues<O extends OptionSpecs> = {
  [K in keyof O]?: O[K] extends { multiple: true }
    ? string[]
    : O[K]["type"] extends "string"
      ? string
      : O[K]["type"] extends "boolean"
        ? boolean
        : string | boolean;
};

/** Where a command writes: whole lines to stdout and stderr. */
export interface Io {
  out(line: string): void;
  err(line: string): void;
}

/** A command of the CLI. */
export interface Command<O extends OptionSpecs = OptionSpecs> {
  name: string;
  /** One line, for the command list. */
  summary: string;
  /** Positional arguments in the usage line, e.g. "QUERY"; none when absent. */
  args?: string;
  /** A paragraph or two for `tsuzuri <command> --help`. */
  description?: string;
  options: O;
  /** Runs the command; resolves to the exit code. Throw UsageError for a bad argument value. */
  run(input: { values: OptionValues<O>; positionals: string[] }, io: Io): Promise<number>;
}

/** Declares a command with its option types inferred. */
export function defineCommand<O extends OptionSpecs>(command: Command<O>): Command<O> {
  return command;
}

/** A mistake in the command line: reported in one line with a hint, exit code 2. */
export class UsageError extends Error {
  constructor(
    message: string,
    readonly command?: string,
  ) {
    super(message);
    this.name = "UsageError";
  }
}
