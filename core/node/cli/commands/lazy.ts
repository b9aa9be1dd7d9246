// The commands a run needs, loaded on demand: `tsuzuri search` starts without loading the code (and
// the libraries) of serve, export and import. Help and unknown names load the whole table.
import type { Command } from "../command.js";

const LOADERS: Record<string, () => Promise<Command>> = {
  serve: async () => (await import("./serve.js")).serve,
  export: async () => (await import("./export.js")).exportCommand,
  import: async () => (await import("./import.js")).importCommand,
  search: async () => (await import("./search.js")).search,
  tags: async () => (await import("./tags.js")).tags,
  hatena: async () => (await import("./hatena.js")).hatena,
};

/** The command named `name` alone when there is one, else every command (for help and errors). */
export async function commandsFor(name: string | undefined): Promise<readonly Command[]> {
  const load = name === undefined ? undefined : LOADERS[name];
  if (load) return [await load()];
  return (await import("./index.js")).commands;
}
