// Showing a modal dialog made for one use: it goes into the page, takes the focus, and when it closes
// (Escape, a button) it leaves the page and the focus goes back to where it was.

/** Shows `dialog` modally with the focus on `first`; `closed` runs after it has gone and the focus is back. */
export function showModalOnce(dialog: HTMLDialogElement, first: HTMLElement, closed?: () => void): void {
  const opener = document.activeElement as HTMLElement | null;
  dialog.addEventListener("close", () => {
    dialog.remove();
    if (opener?.isConnected) opener.focus();
    closed?.();
  });
  document.body.append(dialog);
  dialog.showModal();
  first.focus();
}
