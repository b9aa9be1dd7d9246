// Focus mode: only the text, in a centred column of a chosen width. The sidebars, outline, preview
// and post header step aside (CSS on data-focus of the app root), the layout the writer had comes back
// on leaving. Typewriter scrolling is an option of it.
/** Focus mode's state on the app root. */
export class FocusMode {
  private on = false;
  private typewriter: boolean;

  constructor(
    private readonly root: HTMLElement,
    typewriter: boolean,
    width: number,
  ) {
    this.typewriter = typewriter;
    root.style.setProperty("--focus-width", `${width}em`);
    this.render();
  }

  /** True while focus mode is on. */
  get active(): boolean {
    return this.on;
  }

  /** True when typewriter scrolling is on (it acts in focus mode only). */
  get typewriterOn(): boolean {
    return this.typewriter;
  }

  /** True when the cursor's line is kept centred now. */
  get centring(): boolean {
    return this.on && this.typewriter;
  }

  /** Enters or leaves focus mode. */
  set(on: boolean): void {
    if (on === this.on) return;
    this.on = on;
    this.render();
  }

  /** Turns typewriter scrolling on or off. */
  setTypewriter(on: boolean): void {
    this.typewriter = on;
    this.render();
  }

  private render(): void {
    this.root.dataset.focus = this.on ? "on" : "off";
    this.root.dataset.typewriter = this.typewriter ? "on" : "off";
  }
}
