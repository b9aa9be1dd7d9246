// The version of Tsuzuri, from package.json (the bundler inlines just this field).
import { version } from "../../../package.json";

/** The version of this build, e.g. "0.1.0". */
export const VERSION: string = version;
