import type { StatsReport } from "./report.js";

/**
 * Renders a report as JSON text (the report object as is, indented).
 *
 * @param report - a report from {@link buildReport}
 * @param indent - spaces of indentation (default 2; 0 for one line)
 * @returns JSON text
 * @example
 * ```ts
 * import { buildReport, createAggregator, renderJson } from "@hcc/stats";
 * const report = buildReport(createAggregator({ from: "2024-03-01", to: "2024-03-31" }).state());
 * JSON.parse(renderJson(report)).total.received; //=> 0
 * ```
 *
 * @category Rendering
 */
export function renderJson(report: StatsReport, indent = 2): string {
  return JSON.stringify(report, null, indent);
}
