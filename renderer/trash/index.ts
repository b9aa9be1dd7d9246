// The trash in the UI: the Trash dialog (restore, delete forever, empty) and the Undo toast after a delete.
export { openTrashDialog, type TrashDeps } from "./trash-dialog.js";
export { UndoToast } from "./undo-toast.js";
