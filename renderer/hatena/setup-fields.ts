// The blog's settings in the Hatena dialog: the AtomPub root endpoint, the Hatena ID, the Fotolife
// address and the API key, each with its label; the key's hint says where a key typed in is kept.
import type { HatenaStatus } from "../../core/contract/index.js";
import { h } from "../dom/index.js";
import { lang, tr } from "../i18n/index.js";

let nextId = 0;

/** What the fields hold, trimmed. */
export interface SetupValues {
  endpoint: string;
  user: string;
  fotolife: string;
  apiKey: string;
}

/** The setup fields of one dialog. */
export class SetupFields {
  readonly element: HTMLElement;
  readonly endpoint: HTMLInputElement;
  readonly user: HTMLInputElement;
  readonly fotolife: HTMLInputElement;
  readonly apiKey: HTMLInputElement;
  private readonly keyHint: HTMLElement;

  constructor(private status: HatenaStatus) {
    const id = `hatena-${++nextId}`;
    const input = (name: string, type: string, value: string) =>
      h("input", {
        type,
        id: `${id}-${name}`,
        class: "text-field",
        value,
        autocomplete: "off",
        spellcheck: "false",
        "aria-describedby": `${id}-${name}-hint`,
      });
    const field = (control: HTMLInputElement, label: string, hint: HTMLElement | string) =>
      h(
        "div",
        { class: "field" },
        h("label", { class: "field-label", for: control.id }, label),
        control,
        typeof hint === "string" ? h("p", { class: "dialog-hint", id: `${control.id}-hint` }, hint) : hint,
      );
    this.endpoint = input("endpoint", "url", status.endpoint ?? "");
    this.endpoint.placeholder = "https://blog.hatena.ne.jp/ID/BLOG/atom";
    this.user = input("user", "text", status.user ?? "");
    this.fotolife = input("fotolife", "url", status.fotolife);
    this.apiKey = input("key", "password", "");
    this.keyHint = h("p", { class: "dialog-hint", id: `${this.apiKey.id}-hint` });
    this.element = h(
      "fieldset",
      { class: "hatena-setup" },
      h("legend", { class: "field-label" }, tr("hatena.blog")),
      field(this.endpoint, tr("hatena.endpoint"), tr("hatena.endpointHint")),
      h(
        "div",
        { class: "field-row" },
        field(this.user, tr("hatena.user"), tr("hatena.userHint")),
        field(this.fotolife, tr("hatena.fotolife"), tr("hatena.fotolifeHint")),
      ),
      field(this.apiKey, tr("hatena.apiKey"), this.keyHint),
    );
    this.refresh(status);
  }

  /** Shows what the host now knows (after a setup). */
  refresh(status: HatenaStatus): void {
    this.status = status;
    const kept = tr(status.keyStorage === "safe-storage" ? "hatena.keyKeptSafe" : "hatena.keyKeptMemory");
    const have =
      status.key === "environment"
        ? tr("hatena.keyFromEnv")
        : status.key !== null
          ? tr("hatena.keySaved")
          : status.keyStorage === "memory"
            ? tr("hatena.keyEnvTip")
            : "";
    this.keyHint.textContent = [tr("hatena.keyWhere"), kept, have].filter(Boolean).join(lang() === "ja" ? "" : " ");
  }

  values(): SetupValues {
    return {
      endpoint: this.endpoint.value.trim(),
      user: this.user.value.trim(),
      fotolife: this.fotolife.value.trim(),
      apiKey: this.apiKey.value.trim(),
    };
  }

  /** The first field that must be filled in and is not (the key only when the host has none), else null. */
  missing(): HTMLInputElement | null {
    const v = this.values();
    if (!v.endpoint) return this.endpoint;
    if (!v.user) return this.user;
    if (!v.apiKey && this.status.key === null) return this.apiKey;
    return null;
  }

  /** True when the fields say something the host does not know yet (so setup must run first). */
  changed(): boolean {
    const v = this.values();
    return (
      v.apiKey !== "" ||
      v.endpoint.replace(/\/+$/, "") !== (this.status.endpoint ?? "") ||
      v.user !== (this.status.user ?? "") ||
      (v.fotolife !== "" && v.fotolife.replace(/\/+$/, "") !== this.status.fotolife)
    );
  }
}
