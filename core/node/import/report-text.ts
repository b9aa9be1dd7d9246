// The import report as lines for people (the CLI prints them), and as the JSON the CLI's --json prints.
import type { ImportReport } from "./types.js";

const plural = (n: number, one: string, many = one + "s"): string => `${n} ${n === 1 ? one : many}`;

/** The summary and the failures of `report`, one line each; in a dry run every entry is listed first. */
export function reportLines(report: ImportReport): string[] {
  const lines: string[] = [];
  if (report.dryRun) {
    for (const item of report.items) {
      lines.push(item.action === "create" ? `create  ${item.path ?? ""}  ← ${item.entry}` : `skip    ${item.entry}: ${item.reason ?? ""}`);
    }
    for (const f of report.failed) lines.push(`fail    ${f.entry}: ${f.reason}`);
    lines.push("");
  }
  const verb = report.dryRun ? "Would import" : "Imported";
  const assets = report.assets ? ` and ${plural(report.assets, "file")} (images…)` : "";
  lines.push(
    `${verb} ${plural(report.imported, "post")}${assets}; skipped ${report.skipped}; failed ${report.failed.length}.${report.dryRun ? " Nothing was written (dry run)." : ""}`,
  );
  if (report.cancelled) lines.push("Stopped before the end: importing again continues where this left off.");
  if (!report.dryRun && report.failed.length) {
    lines.push("Not imported:");
    for (const f of report.failed) lines.push(`  ${f.entry}: ${f.reason}`);
  }
  return lines;
}

/** The warnings of `report`'s items, one line each. */
export function warningLines(report: ImportReport): string[] {
  return report.items.flatMap((item) => (item.warnings ?? []).map((w) => `warning: ${item.entry}: ${w}`));
}

/** What `--json` prints: counts, failures, and every created or skipped entry. */
export function reportJson(report: ImportReport): string {
  const { imported, skipped, failed, dryRun, format, cancelled, assets, items } = report;
  return JSON.stringify({ imported, skipped, failed, dryRun, format, cancelled, assets, items }, null, 2);
}
