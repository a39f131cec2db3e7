// The pieces the text and HTML renderers share: the Biểu 06 table with names, the top-late tables
// with names, and how an indicator's value reads.
import type { Indicator } from "../indicators.js";
import { entityName, rowName, withCode, type ReportNames } from "../names.js";
import type { StatsReport } from "../report.js";
import { indicatorPercent } from "../rounding.js";
import type { Lang } from "@hcc/core";
import { COLUMN_LABELS, TEXT, formatCount, formatDecimal, formatPercent, rowCells } from "./labels.js";
import type { TextTable } from "./text-table.js";

/** Column groups of Biểu 06 (the two-level header of the official form). */
export const BIEU06_GROUPS: Readonly<Record<Lang, readonly { title: string; columns: readonly number[] }[]>> = {
  vi: [
    { title: "Số hồ sơ nhận giải quyết (3)–(6)", columns: [2, 3, 4, 5] },
    { title: "Số hồ sơ đã giải quyết (7)–(10)", columns: [6, 7, 8, 9] },
    { title: "Số hồ sơ đang giải quyết (11)–(13)", columns: [10, 11, 12] },
  ],
  en: [
    { title: "Received for processing (3)–(6)", columns: [2, 3, 4, 5] },
    { title: "Resolved (7)–(10)", columns: [6, 7, 8, 9] },
    { title: "In progress (11)–(13)", columns: [10, 11, 12] },
  ],
};

/** The second-level headers of Biểu 06, for the compact layouts (the group is named above them). */
const SHORT_HEADERS: Readonly<Record<Lang, readonly string[]>> = {
  vi: ["STT", "Đơn vị / Lĩnh vực", "Tổng số", "Mới: trực tuyến", "Mới: trực tiếp, bưu chính", "Kỳ trước chuyển qua", "Tổng số", "Trước hạn", "Đúng hạn", "Quá hạn", "Tổng số", "Trong hạn", "Quá hạn"],
  en: ["No.", "Unit / field", "Total", "New online", "New direct, postal", "Carried over", "Total", "Early", "On time", "Late", "Total", "Within deadline", "Overdue"],
};

/** The Biểu 06 table of a report, names with codes where known (short labels: names alone). */
export function bieu06Table(report: StatsReport, lang: Lang, names: ReportNames | undefined): TextTable {
  const t = TEXT[lang];
  const all = [...report.rows, report.total];
  const units = all.map((r) => (r.no === 0 ? { name: t["total"] as string, code: null } : rowName(r, report.spec.groupBy, names)));
  return {
    columns: COLUMN_LABELS[lang].map((header, i) => ({ header, short: SHORT_HEADERS[lang][i] as string, numeric: i !== 1, number: `(${i + 1})` })),
    rows: all.map((r, j) => rowCells(r, t["total"] as string).map((c, i) => (i === 1 ? withCode(units[j] as { name: string; code: string | null }) : typeof c === "number" ? formatCount(c, lang) : c))),
    label: { index: 1, short: units.map((u) => u.name) },
    parts: { key: [0, 1], groups: BIEU06_GROUPS[lang] },
  };
}

/** The first column of a top-late table when it shows names. */
export const UNIT_HEADER: Readonly<Record<Lang, Readonly<Record<"procedure" | "agency", string>>>> = {
  vi: { procedure: "Thủ tục", agency: "Đơn vị" },
  en: { procedure: "Procedure", agency: "Unit" },
};

/** A top-late table (procedures or agencies), names with codes where known. */
export function lateTable(report: StatsReport, kind: "procedure" | "agency", lang: Lang, names: ReportNames | undefined): TextTable {
  const t = TEXT[lang];
  const list = kind === "procedure" ? report.topProcedures : report.topAgencies;
  const units = list.map((e) => entityName(kind, e.code, names));
  const n = (v: number): string => formatCount(v, lang);
  return {
    columns: [
      { header: names === undefined ? (t["code"] as string) : UNIT_HEADER[lang][kind], numeric: false },
      { header: t["handled"] as string, numeric: true },
      { header: t["lateResolved"] as string, numeric: true },
      { header: t["overdueOpen"] as string, numeric: true },
      { header: t["lateOrOverdue"] as string, numeric: true },
    ],
    rows: list.map((e, j) => [withCode(units[j] as { name: string; code: string | null }), n(e.handled), n(e.late), n(e.overdue), `${n(e.lateOrOverdue)} (${formatPercent(Math.round(e.rate * 10_000) / 100, lang)})`]),
    label: { index: 0, short: units.map((u) => u.name) },
  };
}

/** Indicator 2.2's average in days, with its unit: "5.52 days" / "5,52 ngày". */
export function averageDays(days: number, lang: Lang): string {
  return `${formatDecimal(days, lang)} ${lang === "vi" ? "ngày" : days === 1 ? "day" : "days"}`;
}

/** An indicator's value as shown: a percentage, 2.2's average with its unit, or "not applicable". */
export function indicatorValue(indicator: Indicator, lang: Lang): string {
  if (!indicator.applicable || indicator.value === null) return TEXT[lang]["notApplicable"] as string;
  const percent = indicatorPercent(indicator);
  return percent === null ? averageDays(indicator.value, lang) : formatPercent(percent, lang);
}
