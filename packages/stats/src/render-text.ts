import type { Lang } from "@hcc/core";
import { COLUMN_LABELS, TEXT, checkLang, formatCount, formatDecimal, formatPercent, rowCells } from "./_internal/labels.js";
import type { RenderOptions } from "./render-csv.js";
import type { StatsReport } from "./report.js";

const width = (s: string): number => [...s.normalize("NFC")].length;
const padStart = (s: string, w: number): string => " ".repeat(Math.max(0, w - width(s))) + s;
const padEnd = (s: string, w: number): string => s + " ".repeat(Math.max(0, w - width(s)));

function table(header: readonly string[], rows: readonly (readonly string[])[], numeric: (i: number) => boolean): string {
  const widths = header.map((h, i) => Math.max(width(h), ...rows.map((r) => width(r[i] ?? ""))));
  const line = (cells: readonly string[]): string =>
    cells.map((c, i) => (numeric(i) ? padStart(c, widths[i] as number) : padEnd(c, widths[i] as number))).join(" │ ").trimEnd();
  const rule = widths.map((w) => "─".repeat(w)).join("─┼─");
  return [line(header), rule, ...rows.map(line)].join("\n");
}

/**
 * Renders a report as a plain-text document: title, period, the summary, the Biểu 06 table (column
 * numbers (1)–(13) under the headers), the Decision 766 indicators and the top-late tables.
 * Vietnamese by default.
 *
 * @param report - a report from {@link buildReport}
 * @param options - language
 * @returns text, lines separated by `\n`
 * @throws {HccError} `invalid_input` for an unknown language
 * @example
 * ```ts
 * import { buildReport, createAggregator, renderText } from "@hcc/stats";
 * const report = buildReport(createAggregator({ from: "2024-03-01", to: "2024-03-31" }).state(), { title: "Demo" });
 * renderText(report).split("\n")[0]; //=> "Demo"
 * ```
 */
export function renderText(report: StatsReport, options: RenderOptions = {}): string {
  const lang: Lang = checkLang(options.lang);
  const t = TEXT[lang];
  const n = (v: number): string => formatCount(v, lang);
  const s = report.summary;
  const out: string[] = [report.title, `${t["period"]}: ${report.spec.from} – ${report.spec.to} · ${t["asOf"]}: ${report.spec.asOf}`, ""];
  out.push(`${t["summary"]}:`);
  out.push(`  ${t["received"]}: ${n(s.received.total)}`);
  out.push(`    ${t["direct"]}: ${n(s.received.direct)} (${formatPercent(s.percent.direct, lang)})`);
  out.push(`    ${t["postal"]}: ${n(s.received.postal)} (${formatPercent(s.percent.postal, lang)})`);
  out.push(`    ${t["online"]}: ${n(s.received.online)} (${formatPercent(s.percent.online, lang)})`);
  out.push(`  ${t["resolved"]}: ${n(s.resolved)} (${formatPercent(s.percent.resolved, lang)})`);
  out.push(`  ${t["inProgress"]}: ${n(s.inProgress)} (${formatPercent(s.percent.inProgress, lang)})`);
  out.push("");
  const header = COLUMN_LABELS[lang].map((h, i) => `(${i + 1}) ${h}`);
  const rows = [...report.rows, report.total].map((r) => rowCells(r, t["total"] as string).map((c) => (typeof c === "number" ? n(c) : c)));
  out.push(table(header, rows, (i) => i !== 1));
  out.push("");
  out.push(`${t["indicators"]}:`);
  for (const ind of report.indicators) {
    const name = lang === "vi" ? ind.name : ind.nameEn;
    if (!ind.applicable) out.push(`  ${ind.id} ${name}: ${t["notApplicable"]}`);
    else if (ind.points === null) out.push(`  ${ind.id} ${name}: ${formatDecimal(ind.value as number, lang)}`);
    else out.push(`  ${ind.id} ${name}: ${formatPercent(Math.round((ind.value as number) * 10_000) / 100, lang)} — ${t["points"]} ${formatDecimal(ind.points, lang)}/${ind.maxPoints}`);
  }
  for (const [title, list] of [
    [t["topProcedures"], report.topProcedures],
    [t["topAgencies"], report.topAgencies],
  ] as const) {
    out.push("");
    out.push(`${title}:`);
    if (list.length === 0) out.push(`  ${t["none"]}`);
    else
      out.push(
        table(
          [t["code"] as string, t["handled"] as string, t["lateResolved"] as string, t["overdueOpen"] as string, t["lateOrOverdue"] as string],
          list.map((e) => [e.code, n(e.handled), n(e.late), n(e.overdue), `${n(e.lateOrOverdue)} (${formatPercent(Math.round(e.rate * 10_000) / 100, lang)})`]),
          (i) => i !== 0,
        ),
      );
  }
  const x = report.excluded;
  if (x.notReceived + x.outOfPeriod + x.invalid > 0) {
    out.push("");
    out.push(`${t["excluded"]}: notReceived ${n(x.notReceived)}, outOfPeriod ${n(x.outOfPeriod)}, invalid ${n(x.invalid)}`);
  }
  return out.join("\n");
}
