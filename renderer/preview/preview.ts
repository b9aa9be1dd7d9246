// The live preview: renders the body a moment after typing stops (never on the keystroke itself),
// updates only the blocks that changed, and keeps the source-line map for scroll sync. A long post's
// first render goes in slices of PREVIEW_SLICE_MS (the first screen first, the rest when the page is
// idle), so that opening it never blocks typing or scrolling for long.
import { loadLanguages, type IncrementalRender } from "../../core/common/markdown/index.js";
import { BlockView } from "./block-view.js";
import {
  PREVIEW_DEBOUNCE_MS,
  PREVIEW_IDLE_TIMEOUT_MS,
  PREVIEW_MAX_DEBOUNCE_MS,
  PREVIEW_SLICE_MS,
  PREVIEW_SLICE_PIECES,
  PREVIEW_SLOW_FACTOR,
} from "./constants.js";
import { PreviewFrame } from "./frame.js";
import { interceptLinks, type LinkHandlers } from "./links.js";
import { morphChildren } from "./morph.js";
import { createBrowserRenderer } from "./render.js";
import { postFolderUrl, resolveResourceUrls } from "./resolve-urls.js";
import { installVerticalScrolling, setVerticalCss } from "./vertical.js";

/** How the preview is set up. */
export interface PreviewOptions extends LinkHandlers {
  /** Accessible title of the iframe ("Preview"). */
  title: string;
  /** Shown as the heading when the post has no title. */
  untitled: string;
  lang: string;
  theme: string;
  /** HostInfo.assetBase: where the journal's files are served. */
  assetBase: string;
  /** The current body text (read only when rendering). */
  source(): string;
  /** Called after each render (scroll sync re-aligns). */
  onRendered?(): void;
}

/** The preview pane's logic. */
export class Preview {
  /** The iframe and its document. */
  readonly frame: PreviewFrame;
  private readonly assetBase: URL;
  private folder: URL;
  private path: string | null = null;
  private render: IncrementalRender | null = null;
  private view: BlockView | null = null;
  /** False when <main> does not hold the view's nodes (a whole render was morphed in, or another post). */
  private viewShown = false;
  private lines: number[] = [];
  private timer = 0;
  /** The idle callback that goes on with a render that ran out of its slice. */
  private idle = 0;
  private delay = PREVIEW_DEBOUNCE_MS;
  /** True until the open post has been rendered completely once (its first render says nothing of the next). */
  private first = true;
  private visible = true;
  private stale = true;
  private vertical = false;
  /** Duration of the last render, in ms (for measurements). */
  lastRenderMs = 0;

  constructor(private readonly options: PreviewOptions) {
    this.assetBase = new URL(options.assetBase, location.href);
    this.folder = this.assetBase;
    this.frame = new PreviewFrame(options.title, options.lang, options.theme, this.assetBase);
    void this.frame.ready.then(() => {
      const doc = this.frame.document;
      if (doc) interceptLinks(doc, () => this.path, options);
      if (doc) installVerticalScrolling(doc, () => this.vertical);
    });
  }

  /** The source line (0-based, in the body) of each top-level block, as last rendered. */
  blockLines(): readonly number[] {
    return this.lines;
  }

  /** Switches to another post (or none): its folder resolves relative images; renders now. */
  setPost(path: string | null, title: string): void {
    this.path = path;
    this.folder = path ? postFolderUrl(this.assetBase, path) : this.assetBase;
    this.setTitle(title);
    this.viewShown = false; // relative image URLs depend on the post's folder
    this.stale = true;
    this.first = true;
    if (this.visible) void this.renderNow();
  }

  /** Updates the heading above the body. */
  setTitle(title: string): void {
    void this.frame.ready.then(() => this.frame.setTitle(title, this.options.untitled));
  }

  /** Follows the app's theme. */
  setTheme(theme: string): void {
    void this.frame.ready.then(() => this.frame.setTheme(theme));
  }

  /** True while the preview is set vertically (縦書き). */
  get isVertical(): boolean {
    return this.vertical;
  }

  /** Sets the preview vertically (縦書き, right to left) or horizontally; renders again (縦中横 marks). */
  setVertical(on: boolean): void {
    if (on === this.vertical) return;
    this.vertical = on;
    void this.frame.ready.then(() => {
      const doc = this.frame.document;
      if (doc) setVerticalCss(doc, on);
      this.frame.main?.replaceChildren();
      this.viewShown = false;
      this.stale = true;
      if (this.visible) void this.renderNow();
    });
  }

  /** The top-level elements of the rendered post, in order (blockLines()[i] is the source line of the i-th). */
  blockElements(): ArrayLike<Element> | null {
    if (this.viewShown && this.view) return this.view.elements();
    return this.frame.main?.children ?? null;
  }

  /** Scrolls the preview to the block rendered from 0-based source line `line` (or the last one before it). */
  revealLine(line: number): void {
    let index = -1;
    this.lines.forEach((l, i) => {
      if (l <= line) index = i;
    });
    const block = index >= 0 ? this.blockElements()?.[index] : null;
    block?.scrollIntoView({ block: "start", inline: "start" });
  }

  /** Shows or hides the preview; a hidden preview does not render until shown again. */
  setVisible(visible: boolean): void {
    this.visible = visible;
    if (visible && this.stale) void this.renderNow();
  }

  /** Notes that the body changed: renders after a quiet moment (cheap to call on every keystroke). */
  schedule(): void {
    this.stale = true;
    if (!this.visible) return;
    clearTimeout(this.timer);
    this.timer = window.setTimeout(() => void this.renderNow(), this.delay);
  }

  /** Renders the current body now (a long post's first screen now, the rest in idle slices). */
  async renderNow(): Promise<void> {
    clearTimeout(this.timer);
    cancelIdleCallback(this.idle);
    this.stale = false;
    await this.frame.ready;
    const main = this.frame.main;
    if (!main) return;
    const start = performance.now();
    this.render ??= createBrowserRenderer();
    // A slice ends after PREVIEW_SLICE_MS, or after PREVIEW_SLICE_PIECES pieces (pieces already rendered
    // cost nothing to render but still have to be parsed into the preview).
    let pieces = 0;
    const timeLeft = () => ++pieces < PREVIEW_SLICE_PIECES && performance.now() - start < PREVIEW_SLICE_MS;
    const out = this.path ? this.render(this.options.source(), { vertical: this.vertical }, timeLeft) : null;
    const fresh = !this.viewShown;
    if (out?.incremental) {
      if (this.view === null) this.view = new BlockView(main);
      this.view.update(out.blocks, this.folder, this.assetBase, fresh);
      this.viewShown = true;
    } else {
      // Rendered whole (raw HTML, footnotes, references): morph, so unchanged blocks keep their nodes.
      const template = document.createElement("template");
      template.innerHTML = out?.html ?? ""; // inert: nothing loads until the nodes enter the preview
      resolveResourceUrls(template.content, this.folder, this.assetBase);
      morphChildren(main, template.content);
      this.viewShown = false;
    }
    this.lines = out?.blockLines ?? [];
    this.lastRenderMs = performance.now() - start;
    if (out && !out.complete) {
      // The rest when the page is idle (typing and scrolling go first); a newer edit renders from the change.
      this.stale = true;
      this.idle = requestIdleCallback(() => void this.renderNow(), { timeout: PREVIEW_IDLE_TIMEOUT_MS });
    } else if (this.first) this.first = false;
    // Wait about as long as a render takes: a cheap update (only the changed pieces) shows soon, keys typed
    // faster than a render costs coalesce into one. A post's first render (every piece new) says nothing.
    else this.delay = Math.min(PREVIEW_MAX_DEBOUNCE_MS, Math.max(PREVIEW_DEBOUNCE_MS, this.lastRenderMs * PREVIEW_SLOW_FACTOR));
    this.options.onRendered?.();
    if (out?.pendingLanguages) this.whenLoaded(out.pendingLanguages);
  }

  /** Code in a language not loaded yet was shown plain: load the language, then render again (highlighted). */
  private whenLoaded(languages: string[]): void {
    loadLanguages(languages).then(
      (changed) => {
        if (changed && !this.stale) void this.renderNow();
        else if (changed) this.schedule();
      },
      (e: unknown) => console.warn("Tsuzuri: a code language could not be loaded", e),
    );
  }
}
