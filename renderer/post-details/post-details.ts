// The post's details under its title: a disclosure button with a one-line summary (date, draft), and
// a panel with the date and time, draft ⇄ published, and the file name (slug). Each change goes to
// the host at once (the draft box), or on Enter or leaving the field (date, file name; Escape reverts).
import type { PostSummary } from "../../core/contract/index.js";
import { fileStemOf, fileStemProblem } from "../../core/common/post/index.js";
import { h, icon, isComposing } from "../dom/index.js";
import { formatDate, lang, tr } from "../i18n/index.js";
import { fromDateField, localOffset, toDateField } from "./date-value.js";

/** What a change asks for (absent: unchanged). */
export interface MetaPatch {
  date?: string;
  draft?: boolean;
  slug?: string;
}

/** Applies a change to the open post; resolves with a message to show when it did not go through. */
export type ApplyDetails = (patch: MetaPatch) => Promise<string | null>;

let nextId = 0;

/** The details row of the open post. */
export class PostDetails {
  readonly element: HTMLElement;
  private readonly toggle: HTMLButtonElement;
  private readonly summary: HTMLElement;
  private readonly panel: HTMLElement;
  private readonly date: HTMLInputElement;
  private readonly draft: HTMLInputElement;
  private readonly slug: HTMLInputElement;
  private readonly message: HTMLElement;
  /** The post's entry on Hatena Blog (front matter `hatena.url`), hidden when it is not linked. */
  private readonly blog: HTMLElement;
  private readonly blogLink: HTMLAnchorElement;
  private post: PostSummary | null = null;
  /** The offset the post's date is written in (kept when the date changes). */
  private offset = localOffset();
  /** What each text field showed of the post, to tell the person's edits from the post's values. */
  private shown = { date: "", slug: "" };
  private busy = false;
  /** A value the host just refused, not sent again when the field is left. */
  private refused: string | null = null;

  constructor(private readonly apply: ApplyDetails) {
    const id = `post-details-${++nextId}`;
    this.toggle = h(
      "button",
      { type: "button", class: "details-toggle", "aria-expanded": "false", "aria-controls": id },
      icon("chevron"),
      h("span", {}, tr("details.toggle")),
    );
    this.summary = h("span", { class: "details-summary" });
    this.date = h("input", { type: "datetime-local", step: "60", class: "details-date", id: `${id}-date` });
    this.draft = h("input", { type: "checkbox", class: "details-draft", id: `${id}-draft` });
    this.slug = h("input", {
      type: "text",
      class: "details-slug",
      id: `${id}-slug`,
      autocomplete: "off",
      spellcheck: "false",
      maxlength: "300",
      "aria-describedby": `${id}-slug-hint`,
    });
    this.message = h("p", { class: "details-message", role: "alert", hidden: true });
    this.blogLink = h("a", { class: "details-blog-link", target: "_blank", rel: "noopener noreferrer" });
    this.blog = h(
      "p",
      { class: "details-field details-blog", hidden: true },
      h("span", { class: "details-label" }, tr("details.blog")),
      this.blogLink,
    );
    this.panel = h(
      "div",
      { class: "details-panel", id, role: "group", "aria-label": tr("details.toggle"), hidden: true },
      h("label", { class: "details-field", for: this.date.id }, h("span", { class: "details-label" }, tr("details.date")), this.date),
      h("label", { class: "details-field details-check", for: this.draft.id }, this.draft, h("span", {}, tr("details.draft"))),
      h(
        "label",
        { class: "details-field details-slug-field", for: this.slug.id },
        h("span", { class: "details-label" }, tr("details.slug")),
        h("span", { class: "details-slug-box" }, this.slug, h("span", { class: "details-ext", "aria-hidden": "true" }, ".md")),
      ),
      h("p", { class: "details-hint", id: `${id}-slug-hint` }, tr("details.slugHint")),
      this.blog,
      this.message,
    );
    this.element = h("div", { class: "post-details" }, h("div", { class: "details-row" }, this.toggle, this.summary), this.panel);

    this.toggle.addEventListener("click", () => this.setOpen(!this.expanded));
    this.draft.addEventListener("change", () => void this.commit({ draft: this.draft.checked }));
    for (const field of [this.date, this.slug]) {
      field.addEventListener("keydown", (e) => {
        if (isComposing(e)) return;
        if (e.key === "Enter") {
          e.preventDefault();
          void this.commitField(field);
        } else if (e.key === "Escape" && field.value !== this.shownOf(field)) {
          e.preventDefault();
          e.stopPropagation();
          field.value = this.shownOf(field);
          this.say(null);
        }
      });
      field.addEventListener("blur", () => void this.commitField(field));
    }
  }

  /** True while the panel is open. */
  get expanded(): boolean {
    return !this.panel.hidden;
  }

  /** Opens or closes the panel. */
  setOpen(open: boolean): void {
    this.panel.hidden = !open;
    this.toggle.setAttribute("aria-expanded", String(open));
    this.element.classList.toggle("open", open);
  }

  /**
   * Shows `post` (the open post, or null). For the same post, a text field the person is editing keeps
   * what they typed; another post resets every field and the message.
   */
  show(post: PostSummary | null): void {
    // Called on every change of the open post's state (each keystroke too): nothing to do unless the summary is new.
    if (post === this.post) return;
    const other = post?.path !== this.post?.path;
    this.post = post;
    this.element.hidden = post === null;
    if (!post) return;
    if (other) {
      this.say(null);
      this.refused = null;
    }
    const field = toDateField(post.date);
    this.offset = field?.offset ?? localOffset();
    this.refresh(this.date, "date", field?.value ?? "", other);
    this.refresh(this.slug, "slug", stemOf(post.path), other);
    this.draft.checked = post.draft;
    const when = field ? `${formatDate(post.date ?? "", lang())} ${field.value.slice(11, 16)}` : tr("details.noDate");
    this.summary.replaceChildren(h("span", {}, when), ...(post.draft ? [h("span", { class: "post-draft" }, tr("postList.draft"))] : []));
  }

  /** Shows the open post's entry on the blog (null: not linked). */
  showBlogLink(url: string | null): void {
    const safe = url !== null && /^https?:\/\//i.test(url) ? url : null;
    this.blog.hidden = safe === null;
    this.blogLink.textContent = safe ?? "";
    if (safe === null) this.blogLink.removeAttribute("href");
    else this.blogLink.href = safe;
  }

  private refresh(input: HTMLInputElement, key: "date" | "slug", value: string, reset: boolean): void {
    const editing = document.activeElement === input && input.value !== this.shown[key];
    this.shown[key] = value;
    if (reset || !editing) input.value = value;
  }

  private shownOf(field: HTMLInputElement): string {
    return field === this.date ? this.shown.date : this.shown.slug;
  }

  /** Sends a text field's value when it differs from the post's. */
  private async commitField(field: HTMLInputElement): Promise<void> {
    if (!this.post || field.value === this.shownOf(field) || field.value === this.refused) return;
    if (field === this.date) {
      const iso = fromDateField(field.value, this.offset);
      if (iso === null) return this.say(tr("details.badDate"));
      await this.commit({ date: iso });
    } else {
      const problem = fileStemProblem(fileStemOf(field.value));
      if (problem) return this.say(tr(`details.slugProblem.${problem}`));
      await this.commit({ slug: field.value });
    }
  }

  private async commit(patch: MetaPatch): Promise<void> {
    if (this.busy || !this.post) return;
    this.busy = true;
    try {
      const problem = await this.apply(patch);
      this.refused = problem === null ? null : (patch.slug ?? null);
      this.say(problem);
      // Not applied: the draft box shows the post's state again (text fields keep what was typed, to fix).
      if (problem !== null && this.post) this.draft.checked = this.post.draft;
    } finally {
      this.busy = false;
    }
  }

  private say(message: string | null): void {
    this.message.textContent = message ?? "";
    this.message.hidden = message === null;
    if (message !== null) this.setOpen(true);
  }
}

/** The file name of a post path without its folders and `.md`. */
function stemOf(path: string): string {
  return (path.split("/").pop() ?? path).replace(/\.md$/i, "");
}
