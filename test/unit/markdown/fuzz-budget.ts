// How much the fuzz tests run: bounded in `npm test`, many more runs in a soak run.

/** Runs per property, the time each property may take, and the seed. */
export interface FuzzBudget {
  runs: number;
  ms: number;
  seed: number;
}

/** Runs per property in `npm test` (each property also stops after DEFAULT_MS). */
const DEFAULT_RUNS = 2_000;
const DEFAULT_MS = 4_000;
/** Runs per property when TSUZURI_SOAK=1 and TSUZURI_FUZZ_RUNS is not set. */
const SOAK_RUNS = 50_000;
/** The seed of `npm test` (see fuzzBudget). */
const FIXED_SEED = 20_261_203;

/** The budget from the environment: TSUZURI_FUZZ_RUNS, TSUZURI_SOAK=1, TSUZURI_FUZZ_SEED. */
export function fuzzBudget(env: NodeJS.ProcessEnv = process.env): FuzzBudget {
  const soak = env.TSUZURI_SOAK === "1";
  const asked = Number(env.TSUZURI_FUZZ_RUNS);
  const runs = Number.isInteger(asked) && asked > 0 ? asked : soak ? SOAK_RUNS : DEFAULT_RUNS;
  const seedAsked = Number(env.TSUZURI_FUZZ_SEED);
  // npm test runs one fixed seed, so that a run fails only for a change in the code (a new seed's find is
  // a bug, but not the change's); the soak run, and TSUZURI_FUZZ_SEED=random, try new ones each time.
  const random = soak || env.TSUZURI_FUZZ_SEED === "random";
  const seed =
    Number.isInteger(seedAsked) && env.TSUZURI_FUZZ_SEED !== "" ? seedAsked : random ? Math.floor(Math.random() * 2 ** 31) : FIXED_SEED;
  // An explicit run count means "this many", however long it takes.
  const ms = runs === DEFAULT_RUNS ? DEFAULT_MS : 24 * 3600_000;
  return { runs, ms, seed };
}
