// The progress bar of a running export or import: the phase in words, and one bar over all phases
// (each phase a share of it), as a role="progressbar" with aria-valuenow.
import type { TaskKind } from "../../core/contract/index.js";
import type { MessageKey } from "../../core/common/i18n/index.js";
import { h } from "../dom/index.js";
import { tr } from "../i18n/index.js";

/** The phases of each task, with the share of the bar each ends at (percent). */
const PHASES: Record<TaskKind, Record<string, [number, number]>> = {
  export: { read: [0, 15], render: [15, 55], write: [55, 95], clean: [95, 100] },
  import: { reading: [0, 15], importing: [15, 100] },
  hatena: { pulling: [0, 40], pushing: [40, 100] },
};

/** A progress bar for one kind of task. */
export class TaskProgress {
  readonly element: HTMLElement;
  private readonly bar: HTMLElement;
  private readonly fill: HTMLElement;
  private readonly label: HTMLElement;
  private value = 0;

  constructor(private readonly task: TaskKind) {
    this.label = h("p", { class: "task-phase" });
    this.fill = h("div", { class: "task-bar-fill" });
    this.bar = h(
      "div",
      {
        class: "task-bar",
        role: "progressbar",
        "aria-label": tr("transfer.progress"),
        "aria-valuemin": "0",
        "aria-valuemax": "100",
        "aria-valuenow": "0",
      },
      this.fill,
    );
    this.element = h("div", { class: "task-progress", hidden: true }, this.label, this.bar);
  }

  start(): void {
    this.value = 0;
    this.label.textContent = tr("task.starting");
    this.render();
    this.element.hidden = false;
  }

  /** Shows `done` of `total` steps of `phase`; the bar never goes back. */
  set(phase: string, done: number, total: number): void {
    const [from, to] = PHASES[this.task][phase] ?? [this.value, this.value];
    const share = total > 0 ? Math.min(1, done / total) : 0;
    this.value = Math.max(this.value, Math.round(from + (to - from) * share));
    const words = tr(`task.phase.${phase}` as MessageKey);
    this.label.textContent = total > 1 ? `${words} ${done.toLocaleString()} / ${total.toLocaleString()}` : words;
    this.render();
  }

  cancelling(): void {
    this.label.textContent = tr("transfer.cancelling");
  }

  stop(): void {
    this.element.hidden = true;
  }

  private render(): void {
    this.bar.setAttribute("aria-valuenow", String(this.value));
    this.fill.style.width = `${this.value}%`;
  }
}
