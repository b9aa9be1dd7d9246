// Hatena Blog in the app: the dialog behind "Publish to Hatena Blog…" and "Sync with Hatena Blog…",
// over the contract's hatenaStatus, hatenaSetup and hatenaSync.
export { hatenaFlow, type HatenaDeps } from "./hatena-dialog.js";
