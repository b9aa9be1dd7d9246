// The contract's validating side, for hosts only: the operations with their zod schemas. The
// renderer and the preload import index.ts, which carries no zod (types and names only).
export { operations, opNames, isOpName } from "./operations.js";
