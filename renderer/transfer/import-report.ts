// What an import did (or, in a dry run, would do): the counts, then every entry — created, skipped
// and why, failed and why — in a scrollable list.
import type { ImportReport } from "../../core/contract/index.js";
import { h } from "../dom/index.js";
import { tr } from "../i18n/index.js";

/** One entry's line: a badge (new, or imported once done; skipped; failed), its name, the reason. */
function entry(kind: "create" | "skip" | "fail", name: string, detail: string | undefined, dryRun: boolean): HTMLElement {
  const label =
    kind === "create" ? tr(dryRun ? "import.create" : "import.created") : kind === "skip" ? tr("import.skip") : tr("import.fail");
  return h(
    "li",
    { class: `report-entry ${kind}` },
    h("span", { class: "report-badge" }, label),
    h("span", { class: "report-name" }, name),
    detail ? h("span", { class: "report-reason" }, detail) : null,
  );
}

/** The counts of a report, one sentence each. */
export function reportCounts(r: ImportReport): string[] {
  if (r.dryRun) {
    return [
      tr("import.willCreate", { count: r.imported }),
      tr("import.willSkip", { count: r.skipped }),
      ...(r.failed.length ? [tr("import.failedCount", { count: r.failed.length })] : []),
    ];
  }
  return [
    tr("import.imported", { count: r.imported }),
    tr("import.skipped", { count: r.skipped }),
    tr("import.failedCount", { count: r.failed.length }),
  ];
}

/** The report as the dialog shows it. */
export function reportView(r: ImportReport): HTMLElement {
  const items = [
    ...r.failed.map((f) => entry("fail", f.entry, f.reason, r.dryRun)),
    ...r.items.map((i) => entry(i.action, i.entry, i.action === "skip" ? i.reason : i.warnings?.join(" "), r.dryRun)),
  ];
  return h(
    "div",
    { class: "import-report" },
    h("p", { class: "task-summary", role: "status" }, reportCounts(r).join(" · ")),
    r.dryRun ? h("p", { class: "dialog-hint" }, tr("import.dryRunNote")) : null,
    r.cancelled ? h("p", { class: "dialog-hint" }, tr("import.cancelledNote")) : null,
    items.length ? h("ul", { class: "report-list", "aria-label": tr("import.entries"), tabindex: "0" }, ...items) : null,
  );
}
