// What a pull or a push did, post by post, and its text for people.
import type { HatenaSyncItem } from "../../contract/index.js";

/** What happened to one entry or post: created, updated, unchanged, conflict (changed on both sides: nothing overwritten; pull: a conflict copy beside the post), failed, not-sent (push: stopped before this post). */
export type SyncAction = HatenaSyncItem["action"];

/** One line of a report (the contract's item, without its direction: the report's kind says it). */
export type SyncItem = Omit<HatenaSyncItem, "direction">;

/** A whole pull or push. */
export interface SyncReport {
  kind: "pull" | "push";
  /** A preview: nothing was written or sent; the actions say what would be done. */
  dryRun: boolean;
  items: SyncItem[];
}

/** How many items of `report` have `action`. */
export function countOf(report: SyncReport, action: SyncAction): number {
  return report.items.filter((i) => i.action === action).length;
}

/** True when the report has a conflict or a failure (the CLI then exits non-zero). */
export function hasProblems(report: SyncReport): boolean {
  return report.items.some((i) => i.action === "conflict" || i.action === "failed" || i.action === "not-sent");
}

const LABELS: Record<SyncAction, string> = {
  created: "created",
  updated: "updated",
  unchanged: "unchanged",
  conflict: "CONFLICT",
  failed: "FAILED",
  "not-sent": "not sent",
};

/** The report as lines: one per post that was not unchanged, then a summary. */
export function reportLines(report: SyncReport): string[] {
  const lines: string[] = [];
  for (const item of report.items) {
    if (item.action === "unchanged") continue;
    let line = `${LABELS[item.action]}\t${item.path ?? "-"}\t${item.title}`;
    if (item.copy) line += `\t(the blog's text: ${item.copy})`;
    if (item.uploaded) line += `\t(${item.uploaded} image${item.uploaded === 1 ? "" : "s"} uploaded)`;
    if (item.reason) line += `\t${item.reason}`;
    lines.push(line);
  }
  const parts = (["created", "updated", "unchanged", "conflict", "failed", "not-sent"] as const).map(
    (a) => `${countOf(report, a)} ${LABELS[a].toLowerCase()}`,
  );
  const verb = report.kind === "pull" ? "Pulled" : "Pushed";
  lines.push(
    report.dryRun
      ? `Dry run, nothing written or sent. Would be ${verb.toLowerCase()}: ${parts.join(", ")}.`
      : `${verb}: ${parts.join(", ")}.`,
  );
  return lines;
}
