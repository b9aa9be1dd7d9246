// 縦書き in the preview: themes/vertical.css turned on and off in the preview document, and the page
// scrolled the way vertical text reads. Columns run right to left, so the document scrolls sideways:
// the mouse wheel and the page keys move through it leftwards (the preview runs no script of its
// own; the app listens on its document).
import { VERTICAL_CSS, VERTICAL_KEY_STEP } from "./constants.js";

const LINK_ID = "tsuzuri-vertical-css";

/** Turns vertical text on or off in the preview document `doc`. */
export function setVerticalCss(doc: Document, on: boolean): void {
  const existing = doc.getElementById(LINK_ID);
  if (!on) {
    existing?.remove();
    return;
  }
  if (existing) return;
  const link = doc.createElement("link");
  link.id = LINK_ID;
  link.rel = "stylesheet";
  link.href = new URL(VERTICAL_CSS, location.href).href;
  doc.head.append(link);
}

/** Makes the wheel and the page keys scroll `doc` sideways while `active()` (vertical text). */
export function installVerticalScrolling(doc: Document, active: () => boolean): void {
  const scroller = () => doc.scrollingElement as HTMLElement | null;
  doc.addEventListener(
    "wheel",
    (e) => {
      if (!active() || e.ctrlKey || Math.abs(e.deltaX) >= Math.abs(e.deltaY)) return;
      const unit = e.deltaMode === WheelEvent.DOM_DELTA_LINE ? 16 : e.deltaMode === WheelEvent.DOM_DELTA_PAGE ? innerWidth : 1;
      // Forward (down) is to the left in vertical-rl, where scrollLeft counts down from 0.
      scroller()?.scrollBy({ left: -e.deltaY * unit });
      e.preventDefault();
    },
    { passive: false },
  );
  doc.addEventListener("keydown", (e) => {
    const el = scroller();
    if (!active() || !el || e.altKey || e.ctrlKey || e.metaKey) return;
    const page = el.clientWidth * VERTICAL_KEY_STEP;
    const by: Record<string, number> = {
      PageDown: -page,
      PageUp: page,
      " ": e.shiftKey ? page : -page,
      ArrowDown: -40,
      ArrowUp: 40,
    };
    if (e.key === "Home") el.scrollTo({ left: 0 });
    else if (e.key === "End") el.scrollTo({ left: -el.scrollWidth });
    else if (by[e.key] !== undefined) el.scrollBy({ left: by[e.key] });
    else return;
    e.preventDefault();
  });
}
