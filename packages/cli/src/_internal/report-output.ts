import type { Bieu06Row, StatsReport } from "@hcc/stats";

/** One Biểu 06 row in the CLI's JSON shape (group keys first). */
export function rowJson(row: Bieu06Row): Record<string, unknown> {
  return {
    ...row.key,
    label: row.label,
    received: { total: row.received, online: row.newOnline, directOrPostal: row.newDirectOrPostal, carriedOver: row.carriedOver },
    resolved: { total: row.resolved, early: row.early, onTime: row.onTime, late: row.late },
    inProgress: { total: row.inProgress, withinDeadline: row.within, overdue: row.overdue },
  };
}

/** The `--format json` document of `hcc report` and `hcc demo`: `{ period, groupBy, total, rows, summary }`. */
export function reportJson(report: StatsReport, extra: Record<string, unknown> = {}): Record<string, unknown> {
  const { label: _label, ...total } = rowJson(report.total);
  return {
    period: { from: report.spec.from, to: report.spec.to, asOf: report.spec.asOf },
    groupBy: report.spec.groupBy,
    total,
    rows: report.rows.map(rowJson),
    summary: report.summary,
    ...extra,
  };
}
