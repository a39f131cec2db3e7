import type { Lang } from "@hcc/core";
import { COLUMN_LABELS, TEXT, checkLang, rowCells } from "./_internal/labels.js";
import type { StatsReport } from "./report.js";

/**
 * Options of the CSV and text renderers.
 *
 * @example
 * ```ts
 * import type { RenderOptions } from "@hcc/stats";
 * const options: RenderOptions = { lang: "en" };
 * ```
 *
 * @category Rendering
 */
export interface RenderOptions {
  /** Header language. @defaultValue `"vi"` */
  readonly lang?: Lang;
}

const quote = (v: string | number): string => {
  const s = String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

/**
 * Renders the Biểu 06 table as CSV (RFC 4180, CRLF line ends): a header of the thirteen column
 * names, one line per row, then the total line. Vietnamese headers by default.
 *
 * @param report - a report from {@link buildReport}
 * @param options - header language
 * @returns CSV text
 * @throws {HccError} `invalid_input` for an unknown language
 * @example
 * ```ts
 * import { buildReport, createAggregator, renderCsv } from "@hcc/stats";
 * const report = buildReport(createAggregator({ from: "2024-03-01", to: "2024-03-31" }).state());
 * renderCsv(report, { lang: "en" }).split("\r\n")[0]?.startsWith("No.,Unit / field"); //=> true
 * ```
 *
 * @category Rendering
 */
export function renderCsv(report: StatsReport, options: RenderOptions = {}): string {
  const lang: Lang = checkLang(options.lang);
  const lines = [COLUMN_LABELS[lang].map(quote).join(",")];
  for (const row of report.rows) lines.push(rowCells(row, TEXT[lang]["total"] as string).map(quote).join(","));
  lines.push(rowCells(report.total, TEXT[lang]["total"] as string).map(quote).join(","));
  return `${lines.join("\r\n")}\r\n`;
}
