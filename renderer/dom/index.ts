// Small DOM helpers shared by the views.
export { h, isComposing, isMod, modLabel, isTextField } from "./h.js";
export { icon } from "./icons.js";
export type { IconName } from "./icons.js";
export { highlighted } from "./highlight.js";
export { Listbox } from "./listbox.js";
export { openPicker, type PickerOptions } from "./picker.js";
export { showModalOnce } from "./modal.js";
