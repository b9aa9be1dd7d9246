// Types of scripts/electron-binary.mjs.

/** Finds the Electron binary without triggering its download. */
export function findElectronBinary(projectRoot?: string): { path: string; reason?: undefined } | { path: null; reason: string };
