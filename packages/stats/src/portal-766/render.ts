import { timeUnits, type Lang } from "@hcc/core";
import { checkLang, formatCount, formatDecimal } from "../_internal/labels.js";
import type { RenderOptions } from "../render-csv.js";
import type { PortalIndicator } from "./indicator.js";
import type { Portal766Report } from "./profile.js";

const TEXT = {
  vi: {
    title: "Chỉ số Quyết định 766 theo công thức của Cổng Dịch vụ công quốc gia (portal-766)",
    period: "Kỳ báo cáo",
    sync: "Tỷ lệ đồng bộ (nhân vào 3.3)",
    header: ["Chỉ số", "Tên", "Tử số", "Mẫu số", "Giá trị", "Điểm"],
    na: "Không áp dụng",
    excluded: "Không tính",
    notReceived: "chưa tiếp nhận",
    noReceiptDate: "không có ngày tiếp nhận",
    skipped: "Bỏ qua",
    unknown: "Thủ tục không có trong danh mục",
  },
  en: {
    title: "Decision 766 indicators by the national portal's formulas (portal-766)",
    period: "Period",
    sync: "Sync ratio (3.3 is multiplied by it)",
    header: ["Indicator", "Name", "Numerator", "Denominator", "Value", "Points"],
    na: "Not applicable",
    excluded: "Not counted",
    notReceived: "never received",
    noReceiptDate: "no receipt date",
    skipped: "Left out",
    unknown: "Procedures missing from the catalogue",
  },
} as const;

const round2 = (n: number): number => Math.round(n * 100) / 100;

/** The cells of one indicator: id, name, numerator, denominator, value, points. */
function cells(i: PortalIndicator, lang: Lang): string[] {
  const t = TEXT[lang];
  const unit = i.unit === undefined ? "" : timeUnits.label(i.unit, lang).toLowerCase();
  const id = i.procedureCode === undefined ? i.id : `${i.id} ${i.procedureCode}`;
  const num = Number.isInteger(i.numerator) ? formatCount(i.numerator, lang) : formatDecimal(round2(i.numerator), lang);
  let value: string;
  if (i.value === null) value = t.na;
  else if (i.id === "2.2") value = `${formatDecimal(i.value, lang)} ${unit}`;
  else value = `${formatDecimal(round2(i.value * 100), lang)}%`;
  const points = i.points === null ? "—" : `${formatDecimal(i.points, lang)}/${formatDecimal(i.maxPoints, lang)}`;
  return [id, lang === "vi" ? i.name : i.nameEn, num, formatCount(i.denominator, lang), value, points];
}

const width = (s: string): number => [...s.normalize("NFC")].length;

function footer(report: Portal766Report, lang: Lang): string[] {
  const t = TEXT[lang];
  const out = [`${t.excluded}: ${t.notReceived} ${report.excluded.notReceived}, ${t.noReceiptDate} ${report.excluded.noReceiptDate}`];
  if (report.skipped.length > 0) {
    out.push(`${t.skipped}:`);
    for (const s of report.skipped) out.push(`  ${s.code ?? s.procedureCode} (${s.indicator}): ${s.reason}`);
  }
  if (report.unknownProcedures.length > 0) out.push(`${t.unknown}: ${report.unknownProcedures.join(", ")}`);
  return out;
}

/**
 * Renders a {@link Portal766Report} as plain text: the authority and period, then one line per
 * indicator (id, name, numerator, denominator, value, points), then what was not counted.
 * Vietnamese by default.
 *
 * @param report - a report from {@link portal766}
 * @param options - language
 * @returns text, lines separated by `\n`
 * @throws {HccError} `invalid_input` for an unknown language
 * @example
 * ```ts
 * import { portal766, renderPortalText } from "@hcc/stats";
 * const report = portal766([], { from: "2025-08-01", to: "2025-08-31", catalogue: [] });
 * renderPortalText(report, { lang: "en" }).split("\n")[0]; //=> "Decision 766 indicators by the national portal's formulas (portal-766)"
 * ```
 *
 * @category Portal 766
 */
export function renderPortalText(report: Portal766Report, options: RenderOptions = {}): string {
  const lang = checkLang(options.lang);
  const t = TEXT[lang];
  const rows = report.indicators.map((i) => cells(i, lang));
  const header: readonly string[] = t.header;
  const widths = header.map((h, k) => Math.max(width(h), ...rows.map((r) => width(r[k] ?? ""))));
  const line = (c: readonly string[]): string =>
    c
      .map((s, k) => (k >= 2 ? " ".repeat(Math.max(0, (widths[k] as number) - width(s))) + s : s + " ".repeat(Math.max(0, (widths[k] as number) - width(s)))))
      .join(" │ ")
      .trimEnd();
  return [
    t.title,
    `${t.period}: ${report.period.from} – ${report.period.to} · ${t.sync}: ${formatDecimal(report.syncRatio, lang)}`,
    "",
    line(header),
    widths.map((w) => "─".repeat(w)).join("─┼─"),
    ...rows.map(line),
    "",
    ...footer(report, lang),
    "",
  ].join("\n");
}

const escapeHtml = (s: string): string => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/**
 * Renders a {@link Portal766Report} as one self-contained HTML page (inline CSS, no script, no
 * link) with the same indicator table as {@link renderPortalText}.
 *
 * @param report - a report from {@link portal766}
 * @param options - language
 * @returns the HTML document
 * @throws {HccError} `invalid_input` for an unknown language
 * @example
 * ```ts
 * import { portal766, renderPortalHtml } from "@hcc/stats";
 * const html = renderPortalHtml(portal766([], { from: "2025-08-01", to: "2025-08-31", catalogue: [] }));
 * html.includes('data-authority="portal-766"'); //=> true
 * ```
 *
 * @category Portal 766
 */
export function renderPortalHtml(report: Portal766Report, options: RenderOptions = {}): string {
  const lang = checkLang(options.lang);
  const t = TEXT[lang];
  const head = t.header.map((h) => `<th>${escapeHtml(h)}</th>`).join("");
  const body = report.indicators
    .map((i) => `<tr data-id="${escapeHtml(i.id)}"${i.applicable ? "" : ' class="na"'}>${cells(i, lang).map((c, k) => `<td${k >= 2 ? ' class="n"' : ""}>${escapeHtml(c)}</td>`).join("")}</tr>`)
    .join("\n");
  const notes = footer(report, lang)
    .map((l) => `<li>${escapeHtml(l.trim())}</li>`)
    .join("");
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(t.title)}</title>
<style>
body{font-family:system-ui,sans-serif;margin:2rem;color:#1a1a1a}
table{border-collapse:collapse}
th,td{border:1px solid #ccc;padding:.3rem .6rem;text-align:left}
td.n{text-align:right;font-variant-numeric:tabular-nums}
tr.na td{color:#777}
</style>
</head>
<body data-authority="${report.authority}">
<h1>${escapeHtml(t.title)}</h1>
<p>${escapeHtml(`${t.period}: ${report.period.from} – ${report.period.to} · ${t.sync}: ${formatDecimal(report.syncRatio, lang)}`)}</p>
<table>
<thead><tr>${head}</tr></thead>
<tbody>
${body}
</tbody>
</table>
<ul>${notes}</ul>
</body>
</html>
`;
}
