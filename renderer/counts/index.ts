// The counts of the open post in the status bar (characters as read, manuscript sheets, selection).
export { CountsView } from "./counts-view.js";
