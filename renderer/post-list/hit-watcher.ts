// Noticing search results scrolled into view whose snippet has not been fetched yet (only the first
// page of hits comes with a search; the rest are fetched as they are seen).

/** Calls back once for each watched item that comes near the visible part of its scroller. */
export class HitWatcher {
  private observer: IntersectionObserver | null = null;

  constructor(private readonly root: () => Element | null, private readonly onSeen: (li: HTMLLIElement) => void) {}

  /** Starts watching an item. */
  watch(li: HTMLLIElement): void {
    this.observer ??= new IntersectionObserver((entries) => {
      for (const e of entries) {
        if (!e.isIntersecting) continue;
        this.observer?.unobserve(e.target);
        this.onSeen(e.target as HTMLLIElement);
      }
    }, { root: this.root(), rootMargin: "200px 0px" });
    this.observer.observe(li);
  }

  /** Stops watching an item (its hit came). */
  unwatch(li: HTMLLIElement): void {
    this.observer?.unobserve(li);
  }

  /** Stops watching everything. */
  clear(): void {
    this.observer?.disconnect();
    this.observer = null;
  }
}
