// The one editor view of the window. Each open post has its own EditorState (document, selection,
// undo history); switching posts swaps states, so going back restores the post's history.
import { EditorSelection, EditorState } from "@codemirror/state";
import { EditorView } from "@codemirror/view";
import { openSearchPanel } from "@codemirror/search";
import type { Lang } from "../../core/common/i18n/index.js";
import { charCount } from "./char-count.js";
import { editorExtensions, type EditorHooks } from "./extensions.js";

/** The Markdown editor: one view, many states. */
export class Editor {
  /** The CodeMirror view. */
  readonly view: EditorView;
  private readonly extensions;
  private deferred: (() => void)[] = [];

  constructor(parent: HTMLElement, lang: Lang, hooks: EditorHooks) {
    this.extensions = editorExtensions(lang, {
      onDocChanged: hooks.onDocChanged,
      ...(hooks.extra ? { extra: hooks.extra } : {}),
      onCompositionEnd: () => {
        hooks.onCompositionEnd();
        // CodeMirror finishes its own composition work right after the event: run ours after it.
        setTimeout(() => this.runDeferred(), 0);
      },
    });
    this.view = new EditorView({ state: this.createState(""), parent });
  }

  /** A fresh state (empty history) for `doc`, with the cursor at `cursor` (clamped) or the start. */
  createState(doc: string, cursor = 0): EditorState {
    const anchor = Math.max(0, Math.min(cursor, doc.length));
    return EditorState.create({ doc, selection: EditorSelection.cursor(anchor), extensions: this.extensions });
  }

  /** Shows `state` in the view. */
  setState(state: EditorState): void {
    this.view.setState(state);
  }

  /** The state shown now. */
  get state(): EditorState {
    return this.view.state;
  }

  /** The document as a string (O(size): for saving and rendering, not for every keystroke). */
  text(): string {
    return this.view.state.doc.toString();
  }

  /** Characters (code points) in the document, maintained incrementally. */
  chars(): number {
    return charCount(this.view.state);
  }

  /** True while an IME composition is under way in the editor. */
  get composing(): boolean {
    return this.view.composing || this.view.compositionStarted;
  }

  /** Runs `fn` now, or once the IME composition under way has ended: never disturb composing text. */
  whenNotComposing(fn: () => void): void {
    if (this.composing) this.deferred.push(fn);
    else fn();
  }

  private runDeferred(): void {
    if (this.composing) return;
    const jobs = this.deferred;
    this.deferred = [];
    for (const job of jobs) job();
  }

  /** The element that scrolls. */
  get scroller(): HTMLElement {
    return this.view.scrollDOM;
  }

  /** Scroll offset (in the scroller) of the document's top. */
  private documentOffset(): number {
    const scroller = this.view.scrollDOM;
    return this.view.documentTop - scroller.getBoundingClientRect().top + scroller.scrollTop;
  }

  /** Scroll offset at which 0-based line `line` starts (for scroll sync). */
  lineTop(line: number): number {
    const doc = this.view.state.doc;
    return this.view.lineBlockAt(doc.line(Math.min(doc.lines, line + 1)).from).top + this.documentOffset();
  }

  /** The 0-based line shown at scroll offset `y` (for scroll sync). */
  lineAt(y: number): number {
    const block = this.view.lineBlockAtHeight(y - this.documentOffset());
    return this.view.state.doc.lineAt(block.from).number - 1;
  }

  /** Moves keyboard focus into the text. */
  focus(): void {
    this.view.focus();
  }

  /** Opens the search and replace panel (focusing its field). */
  openSearch(): void {
    openSearchPanel(this.view);
  }
}
