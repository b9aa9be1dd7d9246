// The print view: the page an export of the post would be (its stylesheet carries the print rules),
// in a window of its own, then the browser's print dialog (where "Save as PDF" is). Where no window
// may open (a pop-up blocker, the desktop app), the page prints from a hidden frame instead.

/** A window made at once, while the key press or click still counts as the user's: filled when the page arrives. */
export interface PrintTarget {
  /** Shows `html` and opens the print dialog. */
  show(html: string): void;
  /** Closes the window (the page could not be made). */
  cancel(): void;
}

function printWhenLoaded(win: Window): void {
  const go = () => {
    win.focus();
    win.print();
  };
  if (win.document.readyState === "complete") setTimeout(go, 0);
  else win.addEventListener("load", () => setTimeout(go, 0), { once: true });
}

/** Prints `html` from a hidden frame of this page (no new window). */
function printInFrame(html: string): void {
  const frame = document.createElement("iframe");
  frame.setAttribute("aria-hidden", "true");
  frame.tabIndex = -1;
  frame.style.cssText = "position:fixed;width:0;height:0;border:0;visibility:hidden";
  frame.srcdoc = html;
  frame.addEventListener(
    "load",
    () => {
      const win = frame.contentWindow;
      if (!win) return frame.remove();
      win.addEventListener("afterprint", () => frame.remove(), { once: true });
      printWhenLoaded(win);
    },
    { once: true },
  );
  document.body.append(frame);
}

/** Opens the print view's window now (blank until `show`). */
export function openPrintTarget(): PrintTarget {
  const win = window.open("", "_blank");
  return {
    show(html) {
      if (!win || win.closed) return printInFrame(html);
      win.document.open();
      win.document.write(html);
      win.document.close();
      printWhenLoaded(win);
    },
    cancel() {
      win?.close();
    },
  };
}
