import type { Lang } from "@hcc/core";
import { COLUMN_LABELS, TEXT, checkLang, formatCount, formatDecimal, formatPercent, rowCells } from "./_internal/labels.js";
import type { Bieu06Row } from "./bieu06.js";
import type { RenderOptions } from "./render-csv.js";
import type { StatsReport } from "./report.js";

const esc = (s: string | number): string =>
  String(s).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");

const COLORS = { direct: "#1f77b4", postal: "#ff7f0e", online: "#2ca02c", early: "#2ca02c", onTime: "#1f77b4", late: "#d62728", within: "#1f77b4", overdue: "#d62728" };

interface Unit {
  label: string;
  early: number;
  onTime: number;
  late: number;
  within: number;
  overdue: number;
}

/** Per-agency sums when the report is grouped by agency, else one unit per row (at most 30, largest first). */
function units(report: StatsReport): Unit[] {
  const map = new Map<string, Unit>();
  const byAgency = report.spec.groupBy.includes("agency");
  for (const r of report.rows) {
    const label = byAgency ? (r.key.agency ?? r.label) : r.label;
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
  const labelW = 220;
  const barW = 460;
  const legend = list[0]?.parts ?? [];
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
      return `<text x="${labelW - 6}" y="${y + 13}" text-anchor="end" font-size="12">${esc(l.label.length > 34 ? `${l.label.slice(0, 33)}…` : l.label)}</text>${rects}<text x="${(x + 4).toFixed(1)}" y="${y + 13}" font-size="11">${esc(formatCount(total, lang))}</text>`;
    })
    .join("");
  const legendSvg = legend
    .map((p, i) => `<rect x="${labelW + i * 150}" y="${height - 22}" width="12" height="12" fill="${p.color}"/><text x="${labelW + i * 150 + 16}" y="${height - 12}" font-size="12">${esc(p.name)}</text>`)
    .join("");
  return `<figure><svg xmlns="http://www.w3.org/2000/svg" data-chart="${id}" role="img" aria-label="${esc(title)}" viewBox="0 0 ${labelW + barW + 80} ${height}" width="100%"><text x="0" y="16" font-size="14" font-weight="bold">${esc(title)}</text>${bars}${legendSvg}</svg></figure>`;
}

/**
 * Renders a report as one self-contained HTML page — inline CSS and inline SVG charts, no script,
 * no external resource — that a center can publish as is: the summary, three charts (shares by
 * channel; early / on time / late per unit; in progress within / overdue per unit), the Biểu 06
 * table, the Decision 766 indicators and the top-late tables.
 *
 * @param report - a report from {@link buildReport}
 * @param options - language (Vietnamese by default)
 * @returns the HTML document
 * @throws {HccError} `invalid_input` for an unknown language
 * @example
 * ```ts
 * import { buildReport, createAggregator, renderHtml } from "@hcc/stats";
 * const html = renderHtml(buildReport(createAggregator({ from: "2024-03-01", to: "2024-03-31" }).state()));
 * html.includes('data-chart="channels"'); //=> true
 * ```
 */
export function renderHtml(report: StatsReport, options: RenderOptions = {}): string {
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
  const us = units(report);
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
  const head = `<tr>${COLUMN_LABELS[lang].map((h) => `<th>${esc(h)}</th>`).join("")}</tr><tr class="nums">${COLUMN_LABELS[lang].map((_, i) => `<th>(${i + 1})</th>`).join("")}</tr>`;
  const tr = (r: Bieu06Row, cls = ""): string =>
    `<tr${cls ? ` class="${cls}"` : ""}>${rowCells(r, t["total"] as string)
      .map((c, i) => (i === 1 ? `<td class="l">${esc(c)}</td>` : `<td>${esc(typeof c === "number" ? n(c) : c)}</td>`))
      .join("")}</tr>`;
  const indicators = report.indicators
    .map((i) => {
      const value = !i.applicable ? t["notApplicable"] : i.points === null ? formatDecimal(i.value as number, lang) : formatPercent(Math.round((i.value as number) * 10_000) / 100, lang);
      const points = i.points === null ? "" : `${formatDecimal(i.points, lang)} / ${i.maxPoints}`;
      return `<tr><td>${esc(i.id)}</td><td class="l">${esc(lang === "vi" ? i.name : i.nameEn)}</td><td>${esc(n(i.numerator))}</td><td>${esc(n(i.denominator))}</td><td>${esc(value as string)}</td><td>${esc(points)}</td></tr>`;
    })
    .join("");
  const late = (title: string, list: StatsReport["topProcedures"]): string =>
    `<h2>${esc(title)}</h2>${
      list.length === 0
        ? `<p>${esc(t["none"] as string)}</p>`
        : `<table><tr><th>${esc(t["code"] as string)}</th><th>${esc(t["handled"] as string)}</th><th>${esc(t["lateResolved"] as string)}</th><th>${esc(t["overdueOpen"] as string)}</th><th>%</th></tr>${list
            .map((e) => `<tr><td class="l">${esc(e.code)}</td><td>${n(e.handled)}</td><td>${n(e.late)}</td><td>${n(e.overdue)}</td><td>${esc(formatPercent(Math.round(e.rate * 10_000) / 100, lang))}</td></tr>`)
            .join("")}</table>`
    }`;
  return `<!DOCTYPE html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(report.title)}</title>
<style>
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;margin:1.5rem;color:#222;max-width:1200px}
h1{font-size:1.4rem}h2{font-size:1.1rem;margin-top:1.6rem}
table{border-collapse:collapse;font-size:.85rem;margin:.5rem 0}
th,td{border:1px solid #bbb;padding:.25rem .45rem;text-align:right;vertical-align:top}
th{background:#f2f2f2;text-align:center}td.l{text-align:left}tr.total td{font-weight:bold;background:#fafafa}
tr.nums th{font-weight:normal;font-size:.75rem}
figure{margin:1rem 0}.summary li{margin:.15rem 0}
</style>
</head>
<body>
<h1>${esc(report.title)}</h1>
<p>${esc(t["period"] as string)}: ${esc(report.spec.from)} – ${esc(report.spec.to)} · ${esc(t["asOf"] as string)}: ${esc(report.spec.asOf)}</p>
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
<table class="bieu06">${head}${report.rows.map((r) => tr(r)).join("")}${tr(report.total, "total")}</table>
<h2>${esc(t["indicators"] as string)}</h2>
<table><tr><th>#</th><th></th><th>∑</th><th>/</th><th></th><th>${esc(t["points"] as string)}</th></tr>${indicators}</table>
${late(t["topProcedures"] as string, report.topProcedures)}
${late(t["topAgencies"] as string, report.topAgencies)}
</body>
</html>
`;
}
