import type { Lang } from "@hcc/core";
import { TEXT, checkLang, formatCount, formatDecimal, formatPercent } from "./_internal/labels.js";
import { bieu06Table, indicatorValue, lateTable } from "./_internal/report-parts.js";
import { fitLines, fitTable } from "./_internal/text-table.js";
import { formatPeriod, formatReportDate } from "./period-text.js";
import type { TextRenderOptions } from "./render-options.js";
import type { StatsReport } from "./report.js";

/**
 * Renders a report as a plain-text document: title, period, the summary, the Biểu 06 table (column
 * numbers (1)–(13) with the headers), the Decision 766 indicators and the top-late tables.
 * Vietnamese by default. With `names`, units and procedures show their names (and their codes
 * where the width allows); with `width`, no line is wider (see {@link TextRenderOptions}).
 *
 * @param report - a report from {@link buildReport}
 * @param options - language, names, width
 * @returns text, lines separated by `\n`
 * @throws {HccError} `invalid_input` for an unknown language
 * @example
 * ```ts
 * import { buildReport, createAggregator, renderText } from "@hcc/stats";
 * const report = buildReport(createAggregator({ from: "2024-03-01", to: "2024-03-31" }).state(), { title: "Demo" });
 * renderText(report).split("\n")[0]; //=> "Demo"
 * ```
 *
 * @category Rendering
 */
export function renderText(report: StatsReport, options: TextRenderOptions = {}): string {
  const lang: Lang = checkLang(options.lang);
  const t = TEXT[lang];
  const n = (v: number): string => formatCount(v, lang);
  const s = report.summary;
  const out: string[] = [report.title, `${formatPeriod(report.spec.from, report.spec.to, lang)} · ${t["asOf"]}: ${formatReportDate(report.spec.asOf, lang)}`, ""];
  out.push(`${t["summary"]}:`);
  out.push(`  ${t["received"]}: ${n(s.received.total)}`);
  out.push(`    ${t["direct"]}: ${n(s.received.direct)} (${formatPercent(s.percent.direct, lang)})`);
  out.push(`    ${t["postal"]}: ${n(s.received.postal)} (${formatPercent(s.percent.postal, lang)})`);
  out.push(`    ${t["online"]}: ${n(s.received.online)} (${formatPercent(s.percent.online, lang)})`);
  out.push(`  ${t["resolved"]}: ${n(s.resolved)} (${formatPercent(s.percent.resolved, lang)})`);
  out.push(`  ${t["inProgress"]}: ${n(s.inProgress)} (${formatPercent(s.percent.inProgress, lang)})`);
  out.push("");
  out.push(fitTable(bieu06Table(report, lang, options.names), options.width));
  out.push("");
  out.push(`${t["indicators"]}:`);
  for (const ind of report.indicators) {
    const name = lang === "vi" ? ind.name : ind.nameEn;
    if (!ind.applicable) out.push(`  ${ind.id} ${name}: ${t["notApplicable"]}`);
    else if (ind.points === null) out.push(`  ${ind.id} ${name}: ${indicatorValue(ind, lang)}`);
    else out.push(`  ${ind.id} ${name}: ${indicatorValue(ind, lang)} — ${t["points"]} ${formatDecimal(ind.points, lang)}/${ind.maxPoints}`);
  }
  for (const [title, kind, list] of [
    [t["topProcedures"], "procedure", report.topProcedures],
    [t["topAgencies"], "agency", report.topAgencies],
  ] as const) {
    out.push("");
    out.push(`${title}:`);
    if (list.length === 0) out.push(`  ${t["none"]}`);
    else out.push(fitTable(lateTable(report, kind, lang, options.names), options.width));
  }
  const x = report.excluded;
  if (x.notReceived + x.outOfPeriod + x.invalid > 0) {
    out.push("");
    out.push(`${t["excluded"]}: notReceived ${n(x.notReceived)}, outOfPeriod ${n(x.outOfPeriod)}, invalid ${n(x.invalid)}`);
  }
  return fitLines(out.join("\n"), options.width);
}
