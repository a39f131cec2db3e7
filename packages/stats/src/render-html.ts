import type { Lang } from "@hcc/core";
import { TEXT, checkLang, formatCount, formatDecimal, formatPercent, rowCells } from "./_internal/labels.js";
import { BIEU06_GROUPS, UNIT_HEADER, indicatorValue } from "./_internal/report-parts.js";
import type { Bieu06Row } from "./bieu06.js";
import { entityName, rowName, type ReportNames, type UnitName } from "./names.js";
import { formatPeriod, formatReportDate } from "./period-text.js";
import type { HtmlRenderOptions } from "./render-options.js";
import type { StatsReport } from "./report.js";

const esc = (s: string | number): string =>
  String(s).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");

// The Okabe–Ito colours: told apart with the common colour-vision deficiencies, and readable on
// the light and the dark background alike (the page follows prefers-color-scheme).
const COLORS = { direct: "#0072b2", postal: "#e69f00", online: "#009e73", early: "#009e73", onTime: "#56b4e9", late: "#d55e00", within: "#56b4e9", overdue: "#d55e00" };

/** "name <small>code</small>" or the name alone. */
const named = (u: UnitName): string => (u.code === null ? esc(u.name) : `${esc(u.name)} <span class="code">${esc(u.code)}</span>`);

interface Unit {
  label: string;
  early: number;
  onTime: number;
  late: number;
  within: number;
  overdue: number;
}

/** Per-agency sums when the report is grouped by agency, else one unit per row (at most 30, largest first). */
function units(report: StatsReport, names: ReportNames | undefined): Unit[] {
  const map = new Map<string, Unit>();
  const byAgency = report.spec.groupBy.includes("agency");
  for (const r of report.rows) {
    const label = byAgency ? entityName("agency", r.key.agency ?? r.label, names).name : rowName(r, report.spec.groupBy, names).name;
    const u = map.get(label) ?? { label, early: 0, onTime: 0, late: 0, within: 0, overdue: 0 };
    u.early += r.early;
    u.onTime += r.onTime;
    u.late += r.late;
    u.within += r.within;
    u.overdue += r.overdue;
    map.set(label, u);
  }
  return [...map.values()].sort((a, b) => b.early + b.onTime + b.late + b.within + b.overdue - (a.early + a.onTime + a.late + a.within + a.overdue)).slice(0, 30);
}

function stackedBars(
  id: string,
  title: string,
  list: readonly { label: string; parts: readonly { name: string; value: number; color: string }[] }[],
  lang: Lang,
): string {
  const rowH = 26;
  const labelW = 300;
  const barW = 460;
  // every series of the chart, once (the channel chart has one series per bar)
  const legend = [...new Map(list.flatMap((l) => l.parts).map((p) => [p.name, p])).values()];
  const height = 40 + list.length * rowH + 30;
  const max = Math.max(1, ...list.map((l) => l.parts.reduce((s, p) => s + p.value, 0)));
  const bars = list
    .map((l, i) => {
      const y = 30 + i * rowH;
      let x = labelW;
      const rects = l.parts
        .map((p) => {
          const w = (p.value / max) * barW;
          const rect = `<rect x="${x.toFixed(1)}" y="${y}" width="${w.toFixed(1)}" height="${rowH - 8}" fill="${p.color}"><title>${esc(l.label)} — ${esc(p.name)}: ${esc(formatCount(p.value, lang))}</title></rect>`;
          x += w;
          return rect;
        })
        .join("");
      const total = l.parts.reduce((s, p) => s + p.value, 0);
      return `<text x="${labelW - 6}" y="${y + 13}" text-anchor="end" font-size="12">${esc(l.label.length > 42 ? `${l.label.slice(0, 41)}…` : l.label)}</text>${rects}<text x="${(x + 4).toFixed(1)}" y="${y + 13}" font-size="11">${esc(formatCount(total, lang))}</text>`;
    })
    .join("");
  const legendSvg = legend
    .map((p, i) => `<g class="legend-entry" data-series="${esc(p.name)}"><rect x="${labelW + i * 170}" y="${height - 22}" width="12" height="12" fill="${p.color}"/><text x="${labelW + i * 170 + 16}" y="${height - 12}" font-size="12">${esc(p.name)}</text></g>`)
    .join("");
  return `<figure><svg xmlns="http://www.w3.org/2000/svg" data-chart="${id}" role="img" aria-label="${esc(title)}" viewBox="0 0 ${Math.max(labelW + barW + 80, labelW + legend.length * 170)} ${height}" width="100%"><text x="0" y="16" font-size="14" font-weight="bold">${esc(title)}</text>${bars}${legendSvg}</svg></figure>`;
}

/** Second-level headers of Biểu 06 (the groups are the first level). */
const SUB_HEADERS: Readonly<Record<Lang, readonly string[]>> = {
  vi: ["STT", "Đơn vị / Lĩnh vực", "Tổng số", "Mới tiếp nhận trực tuyến", "Mới tiếp nhận trực tiếp, bưu chính", "Kỳ trước chuyển qua", "Tổng số", "Trước hạn", "Đúng hạn", "Quá hạn", "Tổng số", "Trong hạn", "Quá hạn"],
  en: ["No.", "Unit / field", "Total", "New online", "New direct, postal", "Carried over", "Total", "Early", "On time", "Late", "Total", "Within deadline", "Overdue"],
};

// Light and dark colours from prefers-color-scheme; print: A4 landscape, the Biểu 06 table within
// the page width, no chart or table row cut across pages.
const STYLE = `:root{color-scheme:light dark;--fg:#1b1b1b;--bg:#fff;--muted:#5a5a5a;--rule:#b5b5b5;--head:#eef1f4;--total:#f6f7f9}
@media (prefers-color-scheme:dark){:root{--fg:#e8e8e8;--bg:#15171a;--muted:#a9adb3;--rule:#4a4f57;--head:#23272e;--total:#1d2127}}
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;margin:1.5rem;color:var(--fg);background:var(--bg);max-width:1200px}
h1{font-size:1.4rem}h2{font-size:1.1rem;margin-top:1.6rem}.period{color:var(--muted)}
table{border-collapse:collapse;font-size:.85rem;margin:.5rem 0}
th,td{border:1px solid var(--rule);padding:.25rem .45rem;text-align:right;vertical-align:top}
th{background:var(--head);text-align:center;vertical-align:middle}td.l{text-align:left}tr.total td{font-weight:bold;background:var(--total)}
tr.nums th{font-weight:normal;font-size:.75rem}.code{color:var(--muted);font-size:.8em;white-space:nowrap}
svg text{fill:currentColor}figure{margin:1rem 0}.summary li{margin:.15rem 0}
@page{size:A4 landscape;margin:10mm}
@media print{:root{--fg:#000;--bg:#fff;--muted:#444;--rule:#777;--head:#eee;--total:#f4f4f4}
body{margin:0;max-width:none;font-size:9pt}h1{font-size:13pt}h2{font-size:11pt;break-after:avoid}
table{font-size:7.5pt}table.bieu06{width:100%;table-layout:auto}th,td{padding:1pt 3pt}
figure,svg,tr,thead{break-inside:avoid}figure svg{max-height:170mm}thead{display:table-header-group}}
`;

/**
 * Renders a report as one self-contained HTML page — inline CSS and inline SVG charts, no script,
 * no external resource — that a center can publish as is: the summary, three charts (shares by
 * channel; early / on time / late per unit; in progress within / overdue per unit), the Biểu 06
 * table, the Decision 766 indicators and the top-late tables.
 *
 * Units and procedures show their names from `options.names`, with the code beside them. The page
 * follows the reader's light or dark scheme and prints on A4 landscape, the Biểu 06 table within
 * the page width and no chart cut across pages.
 *
 * @param report - a report from {@link buildReport}
 * @param options - language (Vietnamese by default), names
 * @returns the HTML document
 * @throws {HccError} `invalid_input` for an unknown language
 * @example
 * ```ts
 * import { buildReport, createAggregator, renderHtml } from "@hcc/stats";
 * const html = renderHtml(buildReport(createAggregator({ from: "2024-03-01", to: "2024-03-31" }).state()));
 * html.includes('data-chart="channels"'); //=> true
 * ```
 *
 * @category Rendering
 */
export function renderHtml(report: StatsReport, options: HtmlRenderOptions = {}): string {
  const lang: Lang = checkLang(options.lang);
  const t = TEXT[lang];
  const n = (v: number): string => formatCount(v, lang);
  const s = report.summary;
  const channelChart = stackedBars(
    "channels",
    t["channels"] as string,
    [
      { label: `${t["direct"]} (${formatPercent(s.percent.direct, lang)})`, parts: [{ name: t["direct"] as string, value: s.received.direct, color: COLORS.direct }] },
      { label: `${t["postal"]} (${formatPercent(s.percent.postal, lang)})`, parts: [{ name: t["postal"] as string, value: s.received.postal, color: COLORS.postal }] },
      { label: `${t["online"]} (${formatPercent(s.percent.online, lang)})`, parts: [{ name: t["online"] as string, value: s.received.online, color: COLORS.online }] },
    ],
    lang,
  );
  const us = units(report, options.names);
  const progressChart = stackedBars(
    "progress",
    t["progressByUnit"] as string,
    us.map((u) => ({
      label: u.label,
      parts: [
        { name: t["early"] as string, value: u.early, color: COLORS.early },
        { name: t["onTime"] as string, value: u.onTime, color: COLORS.onTime },
        { name: t["late"] as string, value: u.late, color: COLORS.late },
      ],
    })),
    lang,
  );
  const overdueChart = stackedBars(
    "overdue",
    t["overdueByUnit"] as string,
    us.map((u) => ({
      label: u.label,
      parts: [
        { name: t["within"] as string, value: u.within, color: COLORS.within },
        { name: t["overdue"] as string, value: u.overdue, color: COLORS.overdue },
      ],
    })),
    lang,
  );
  // The official form's two-level header: STT and unit span both rows; each group spans its columns.
  const sub = SUB_HEADERS[lang];
  const head = `<thead><tr><th rowspan="2">${esc(sub[0] as string)}</th><th rowspan="2">${esc(sub[1] as string)}</th>${BIEU06_GROUPS[lang]
    .map((g) => `<th colspan="${g.columns.length}">${esc(g.title.replace(/ \(\d+\)–\(\d+\)$/, ""))}</th>`)
    .join("")}</tr><tr>${sub
    .slice(2)
    .map((h) => `<th>${esc(h)}</th>`)
    .join("")}</tr><tr class="nums">${sub.map((_, i) => `<th>(${i + 1})</th>`).join("")}</tr></thead>`;
  const tr = (r: Bieu06Row, cls = ""): string =>
    `<tr${cls ? ` class="${cls}"` : ""}>${rowCells(r, t["total"] as string)
      .map((c, i) =>
        i === 1 ? `<td class="l">${r.no === 0 ? esc(c) : named(rowName(r, report.spec.groupBy, options.names))}</td>` : `<td>${esc(typeof c === "number" ? n(c) : c)}</td>`,
      )
      .join("")}</tr>`;
  const indicators = report.indicators
    .map((i) => {
      const points = i.points === null ? "" : `${formatDecimal(i.points, lang)} / ${i.maxPoints}`;
      // 2.2 is an average duration: its numerator (seconds) is no count to show.
      const numerator = i.points === null ? "" : n(i.numerator);
      return `<tr data-indicator="${esc(i.id)}"><td>${esc(i.id)}</td><td class="l">${esc(lang === "vi" ? i.name : i.nameEn)}</td><td>${esc(numerator)}</td><td>${esc(n(i.denominator))}</td><td>${esc(indicatorValue(i, lang))}</td><td>${esc(points)}</td></tr>`;
    })
    .join("");
  const late = (title: string, kind: "procedure" | "agency", list: StatsReport["topProcedures"]): string =>
    `<h2>${esc(title)}</h2>${
      list.length === 0
        ? `<p>${esc(t["none"] as string)}</p>`
        : `<table><tr><th>${esc(options.names === undefined ? (t["code"] as string) : UNIT_HEADER[lang][kind])}</th><th>${esc(t["handled"] as string)}</th><th>${esc(t["lateResolved"] as string)}</th><th>${esc(t["overdueOpen"] as string)}</th><th>%</th></tr>${list
            .map((e) => `<tr><td class="l">${named(entityName(kind, e.code, options.names))}</td><td>${n(e.handled)}</td><td>${n(e.late)}</td><td>${n(e.overdue)}</td><td>${esc(formatPercent(Math.round(e.rate * 10_000) / 100, lang))}</td></tr>`)
            .join("")}</table>`
    }`;
  return `<!DOCTYPE html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(report.title)}</title>
<style>
${STYLE}</style>
</head>
<body>
<h1>${esc(report.title)}</h1>
<p class="period">${esc(formatPeriod(report.spec.from, report.spec.to, lang))} · ${esc(t["asOf"] as string)}: ${esc(formatReportDate(report.spec.asOf, lang))}</p>
<h2>${esc(t["summary"] as string)}</h2>
<ul class="summary">
<li>${esc(t["received"] as string)}: <b>${n(s.received.total)}</b></li>
<li>${esc(t["direct"] as string)}: ${n(s.received.direct)} (${esc(formatPercent(s.percent.direct, lang))})</li>
<li>${esc(t["postal"] as string)}: ${n(s.received.postal)} (${esc(formatPercent(s.percent.postal, lang))})</li>
<li>${esc(t["online"] as string)}: ${n(s.received.online)} (${esc(formatPercent(s.percent.online, lang))})</li>
<li>${esc(t["resolved"] as string)}: ${n(s.resolved)} (${esc(formatPercent(s.percent.resolved, lang))})</li>
<li>${esc(t["inProgress"] as string)}: ${n(s.inProgress)} (${esc(formatPercent(s.percent.inProgress, lang))})</li>
</ul>
${channelChart}
${progressChart}
${overdueChart}
<h2>Biểu 06/VPCP/KSTT</h2>
<table class="bieu06">${head}<tbody>${report.rows.map((r) => tr(r)).join("")}${tr(report.total, "total")}</tbody></table>
<h2>${esc(t["indicators"] as string)}</h2>
<table class="indicators"><tr><th>#</th><th></th><th>${esc(t["numerator"] as string)}</th><th>${esc(t["denominator"] as string)}</th><th>${esc(t["value"] as string)}</th><th>${esc(t["points"] as string)}</th></tr>${indicators}</table>
${late(t["topProcedures"] as string, "procedure", report.topProcedures)}
${late(t["topAgencies"] as string, "agency", report.topAgencies)}
</body>
</html>
`;
}
