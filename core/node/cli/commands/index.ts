// The table of commands. A new command is one file in this folder and one line here.
import type { Command } from "../command.js";
import { exportCommand } from "./export.js";
import { importCommand } from "./import.js";
import { search } from "./search.js";
import { serve } from "./serve.js";
import { tags } from "./tags.js";
import { hatena } from "./hatena.js";

/** Every command of the CLI, in the order help lists them. */
export const commands: readonly Command[] = [serve, exportCommand, importCommand, search, tags, hatena];
