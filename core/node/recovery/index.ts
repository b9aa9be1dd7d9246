// Unsaved editor text kept on disk until it is saved, and offered again after a crash.
export { saveRecovery, dropRecovery, listRecoveries } from "./recovery-files.js";
export { RECOVERY_DIR } from "./constants.js";
