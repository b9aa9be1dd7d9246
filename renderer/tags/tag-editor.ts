// The tags of the open post, under its title: a chip per tag (a button that removes it) and a field
// that adds them. Enter or a comma adds what was typed, Backspace in the empty field removes the last
// tag, and suggestions from the journal's tags (by prefix, word, numeronym, reading) pop up below.
// Nothing happens while an IME composition is under way: its Enter belongs to the IME.
import type { TagSuggestion } from "../../core/contract/index.js";
import { normalizeTag, tagKey } from "../../core/common/tags/index.js";
import { h, icon, isComposing, Listbox } from "../dom/index.js";
import { tr } from "../i18n/index.js";
import { TAG_SUGGEST_DEBOUNCE_MS } from "./constants.js";
import { tagProblemMessage } from "./problems.js";

/** Characters that end a tag as it is typed: commas, ASCII, full-width and Japanese. */
const SEPARATORS = /[,，、]/u;

/** Where the editor gets suggestions from (the host). */
export type SuggestTags = (prefix: string, exclude: string[]) => Promise<TagSuggestion[]>;

let nextId = 0;

/** The tag editor of the open post. */
export class TagEditor {
  /** The editor: chips, field, suggestions and the error line. */
  readonly element: HTMLElement;
  /** The text field (accessible name "Tags"). */
  readonly input: HTMLInputElement;
  private readonly chips: HTMLElement;
  private readonly error: HTMLElement;
  private readonly listbox: Listbox<TagSuggestion>;
  private current: string[] = [];
  private suggestTimer = 0;
  private suggestSeq = 0;
  /** Called after the user added or removed a tag. */
  onChange: (() => void) | null = null;

  constructor(private readonly suggest: SuggestTags) {
    const errorId = `tag-error-${++nextId}`;
    this.input = h("input", {
      type: "text",
      class: "tag-input",
      "aria-label": tr("tags.label"),
      placeholder: tr("tags.placeholder"),
      autocomplete: "off",
      spellcheck: "false",
      "aria-describedby": errorId,
      maxlength: "400",
    });
    this.chips = h("span", { class: "tag-chips" });
    this.error = h("p", { id: errorId, class: "tag-error", role: "alert" });
    this.listbox = new Listbox(
      this.input,
      tr("tags.suggestions"),
      (s, li) => li.append(h("span", { class: "suggestion-tag" }, s.tag), h("span", { class: "suggestion-count" }, String(s.total))),
      (s) => this.pick(s),
    );
    this.listbox.element.classList.add("tag-suggestions");
    this.listbox.close();
    this.element = h(
      "div",
      { class: "tag-editor" },
      icon("tag"),
      this.chips,
      h("span", { class: "tag-field" }, this.input, this.listbox.element),
      this.error,
    );
    this.element.addEventListener("click", (e) => {
      if (e.target === this.element) this.input.focus();
    });
    this.chips.addEventListener("click", (e) => {
      const chip = (e.target as Element).closest<HTMLButtonElement>("button.tag-chip");
      if (chip?.dataset.tag !== undefined) this.removeTag(chip.dataset.tag, true);
    });
    this.input.addEventListener("keydown", (e) => this.onKey(e));
    this.input.addEventListener("input", (e) => {
      if (!(e as InputEvent).isComposing) this.typed();
    });
    this.input.addEventListener("compositionend", () => this.typed());
    // Leaving the field keeps what was typed as a tag (if it is one), as a comma would.
    this.input.addEventListener("blur", () => {
      this.listbox.close();
      if (this.input.value.trim() && !this.error.textContent) this.commit(this.input.value);
    });
  }

  /** The tags, in order. */
  get tags(): string[] {
    return [...this.current];
  }

  /** Shows the tags of another post (or the same post reloaded); forgets what was being typed. */
  setTags(tags: readonly string[]): void {
    this.current = [...tags];
    this.input.value = "";
    this.showError(null);
    this.listbox.close();
    this.renderChips();
  }

  private onKey(e: KeyboardEvent): void {
    if (isComposing(e)) return;
    const open = this.listbox.isOpen;
    switch (e.key) {
      case "Enter": {
        const active = open ? this.listbox.activeItem() : undefined;
        if (active) this.pick(active);
        else if (this.input.value.trim()) this.commit(this.input.value);
        else return;
        break;
      }
      case "ArrowDown":
      case "ArrowUp":
        if (open) this.listbox.move(e.key === "ArrowDown" ? 1 : -1);
        else if (e.key === "ArrowDown") this.requestSuggestions(0);
        else return;
        break;
      case "Escape":
        if (open) this.listbox.close();
        else if (this.error.textContent) this.showError(null);
        else return;
        break;
      case "Backspace":
        if (this.input.value !== "" || this.input.selectionStart !== 0 || this.current.length === 0) return;
        this.removeTag(this.current[this.current.length - 1]!, false);
        break;
      case "Tab":
        this.listbox.close();
        return;
      default:
        return;
    }
    e.preventDefault();
  }

  /** The field changed (outside a composition): commas add tags; the rest is looked up. */
  private typed(): void {
    const value = this.input.value;
    if (SEPARATORS.test(value)) {
      const parts = value.split(SEPARATORS);
      const rest = parts.pop() ?? "";
      let ok = true;
      for (const part of parts) if (part.trim()) ok = this.add(part) && ok;
      this.input.value = ok ? rest.trimStart() : value.replace(SEPARATORS, "");
    } else if (this.error.textContent && value.trim() === "") {
      this.showError(null);
    }
    this.requestSuggestions(TAG_SUGGEST_DEBOUNCE_MS);
  }

  /** Adds what was typed, if it is a valid tag; else says why. */
  private commit(raw: string): void {
    if (this.add(raw)) this.input.value = "";
    this.listbox.close();
  }

  private pick(s: TagSuggestion): void {
    this.commit(s.tag);
    this.input.focus();
  }

  /** Adds a tag, or shows why it cannot be added. True when the tag is (now) on the post. */
  private add(raw: string): boolean {
    const tag = normalizeTag(raw);
    if (!tag.ok) {
      this.showError(tagProblemMessage(tag.problem));
      return false;
    }
    const existing = this.current.find((t) => tagKey(t) === tag.key);
    if (existing !== undefined) {
      this.showError(tr("tags.duplicate", { tag: existing }));
      return false;
    }
    this.current.push(tag.tag);
    this.showError(null);
    this.renderChips();
    this.onChange?.();
    return true;
  }

  private removeTag(tag: string, fromChip: boolean): void {
    const i = this.current.indexOf(tag);
    if (i < 0) return;
    this.current.splice(i, 1);
    this.renderChips();
    if (fromChip) {
      // Focus goes to the next chip, else to the field, so removing several is a run of presses.
      const next = this.chips.children[Math.min(i, this.current.length - 1)] as HTMLElement | undefined;
      (next ?? this.input).focus();
    }
    this.onChange?.();
  }

  private renderChips(): void {
    this.chips.replaceChildren(
      ...this.current.map((tag) =>
        h(
          "button",
          {
            type: "button",
            class: "tag-chip",
            "data-tag": tag,
            "aria-label": tr("tags.remove", { tag }),
            title: tr("tags.remove", { tag }),
          },
          h("span", { class: "tag-chip-text" }, tag),
          icon("x"),
        ),
      ),
    );
  }

  private showError(message: string | null): void {
    this.error.textContent = message ?? "";
    this.error.hidden = message === null;
    this.input.setAttribute("aria-invalid", String(message !== null));
  }

  private requestSuggestions(delay: number): void {
    clearTimeout(this.suggestTimer);
    this.suggestTimer = window.setTimeout(() => void this.fetchSuggestions(), delay);
  }

  private async fetchSuggestions(): Promise<void> {
    const seq = ++this.suggestSeq;
    const prefix = this.input.value;
    if (document.activeElement !== this.input) return;
    let found: TagSuggestion[];
    try {
      found = await this.suggest(prefix, this.current);
    } catch {
      found = [];
    }
    if (seq !== this.suggestSeq || document.activeElement !== this.input || this.input.value !== prefix) return;
    // No option is active until an arrow key says so: Enter adds what was typed, not a guess.
    this.listbox.show(found);
  }
}
