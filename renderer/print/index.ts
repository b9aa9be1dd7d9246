// Printing the open post: the print view (the export's page and print stylesheet).
export { openPrintTarget, type PrintTarget } from "./print-view.js";
