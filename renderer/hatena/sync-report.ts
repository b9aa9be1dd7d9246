// What a sync with Hatena Blog did (or, in a dry run, would do): the counts, then a table of every
// post that is not unchanged — which way, what happens to it, the post, and why — conflicts first.
import type { HatenaSyncItem, HatenaSyncReport } from "../../core/contract/index.js";
import type { MessageKey } from "../../core/common/i18n/index.js";
import { h } from "../dom/index.js";
import { tr } from "../i18n/index.js";

type Action = HatenaSyncItem["action"];

/** The order of the rows (and of the counts): what needs the person first. */
const ORDER: readonly Action[] = ["conflict", "failed", "not-sent", "created", "updated", "unchanged"];

/** Counted only when there are some. */
const FAILURES: ReadonlySet<Action> = new Set(["failed", "not-sent"]);

/** The badge of an action, in a preview or after the sync. */
function actionLabel(action: Action, dryRun: boolean): string {
  return tr(`hatena.action.${action}${dryRun && (action === "created" || action === "updated") ? ".dry" : ""}` as MessageKey);
}

function countsOf(r: HatenaSyncReport): string {
  return ORDER.map((a) => [a, r.items.filter((i) => i.action === a).length] as const)
    .filter(([a, n]) => n > 0 || !FAILURES.has(a))
    .map(([a, n]) => `${actionLabel(a, r.dryRun)} ${n.toLocaleString()}`)
    .join(" · ");
}

function row(item: HatenaSyncItem, dryRun: boolean): HTMLTableRowElement {
  const reason = [
    item.reason,
    item.copy ? tr("hatena.copyAt", { path: item.copy }) : null,
    item.uploaded ? tr("hatena.uploaded", { count: item.uploaded }) : null,
  ]
    .filter(Boolean)
    .join(" ");
  return h(
    "tr",
    { class: `hatena-row ${item.action}` },
    h("td", {}, tr(item.direction === "pull" ? "hatena.fromBlog" : "hatena.toBlog")),
    h("td", {}, h("span", { class: "report-badge" }, actionLabel(item.action, dryRun))),
    h("td", { class: "report-name" }, item.title, item.path ? h("span", { class: "hatena-path" }, item.path) : null),
    h("td", { class: "report-reason" }, reason),
  );
}

/** The report as the dialog shows it. */
export function syncReportView(r: HatenaSyncReport): HTMLElement {
  const shown = r.items.filter((i) => i.action !== "unchanged").sort((a, b) => ORDER.indexOf(a.action) - ORDER.indexOf(b.action));
  const conflicts = r.items.some((i) => i.action === "conflict");
  return h(
    "div",
    { class: "hatena-report" },
    h("p", { class: "task-summary", role: "status" }, countsOf(r)),
    h("p", { class: "dialog-hint" }, tr(r.dryRun ? "hatena.dryRunNote" : shown.length ? "hatena.doneNote" : "hatena.nothingNote")),
    conflicts ? h("p", { class: "dialog-hint hatena-conflict-note" }, tr("hatena.conflictNote")) : null,
    shown.length
      ? h(
          "div",
          { class: "hatena-table-box", tabindex: "0" },
          h(
            "table",
            { class: "hatena-table" },
            h("caption", {}, tr(r.dryRun ? "hatena.previewCaption" : "hatena.resultCaption")),
            h(
              "thead",
              {},
              h(
                "tr",
                {},
                ...["hatena.col.direction", "hatena.col.action", "hatena.col.post", "hatena.col.reason"].map((k) =>
                  h("th", { scope: "col" }, tr(k as MessageKey)),
                ),
              ),
            ),
            h("tbody", {}, ...shown.map((i) => row(i, r.dryRun))),
          ),
        )
      : null,
  );
}
