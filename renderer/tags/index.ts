// Tags in the UI: the open post's tag editor, the tag sidebar, and the rename dialog.
export { TagEditor, type SuggestTags } from "./tag-editor.js";
export { TagPane, type TagPaneActions } from "./tag-pane.js";
export { renameDialog, type RenamePreview } from "./rename-dialog.js";
export { openMenu, type MenuAction } from "./tag-menu.js";
