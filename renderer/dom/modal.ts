// Showing a modal dialog made for one use: it goes into the page, takes the focus, and when it closes
// (Escape, a button) it leaves the page and the focus and the caret go back to where they were.

/**
 * Shows `dialog` modally with the focus on `first`; `closed` runs after it has gone and the focus is back.
 *
 * The dialog leaves the page the moment it closes (a mutation observer on its `open` attribute: in
 * the same task as the Escape or the click), not on its `close` event, which Chromium queues: it came
 * 10–60 ms after Escape, more on a busy renderer. Until then the closed dialog was still in the page,
 * and a second one of its kind (Ctrl+Shift+P pressed again at once) was refused as already open while
 * its key press was taken: the press was lost.
 *
 * The caret goes back too: focusing an editable element puts the caret at its start, and the editor
 * only puts its own caret back a moment later, so text typed at once (an IME composition) landed at
 * the top of the post. The selection of the moment the dialog opened is put back with the focus.
 */
export function showModalOnce(dialog: HTMLDialogElement, first: HTMLElement, closed?: () => void): void {
  const opener = document.activeElement as HTMLElement | null;
  const selection = document.getSelection();
  const caret = opener?.isContentEditable && selection?.rangeCount ? selection.getRangeAt(0).cloneRange() : null;
  document.body.append(dialog);
  dialog.showModal();
  const gone = new MutationObserver(() => {
    if (dialog.open) return;
    gone.disconnect();
    dialog.remove();
    if (opener?.isConnected) {
      opener.focus({ preventScroll: true });
      // The range is live: it is still where it was unless the editor redrew those lines meanwhile.
      if (caret && selection && opener.contains(caret.startContainer) && opener.contains(caret.endContainer)) {
        selection.removeAllRanges();
        selection.addRange(caret);
      }
    }
    closed?.();
  });
  gone.observe(dialog, { attributes: true, attributeFilter: ["open"] });
  first.focus();
}
