import { HccError, type Lang } from "@hcc/core";
import type { Bieu06Row } from "../bieu06.js";


export const COLUMN_LABELS: Readonly<Record<Lang, readonly string[]>> = {
  vi: [
    "STT",
    "Đơn vị / Lĩnh vực",
    "Tổng số hồ sơ tiếp nhận",
    "Mới tiếp nhận trực tuyến",
    "Mới tiếp nhận trực tiếp và bưu chính",
    "Kỳ trước chuyển qua",
    "Đã giải quyết: tổng số",
    "Trước hạn",
    "Đúng hạn",
    "Quá hạn",
    "Đang giải quyết: tổng số",
    "Trong hạn",
    "Quá hạn",
  ],
  en: [
    "No.",
    "Unit / field",
    "Received: total",
    "New online",
    "New direct + postal",
    "Carried over",
    "Resolved: total",
    "Early",
    "On time",
    "Late",
    "In progress: total",
    "Within deadline",
    "Overdue",
  ],
};

export const TEXT: Readonly<Record<Lang, Readonly<Record<string, string>>>> = {
  vi: {
    total: "Tổng cộng",
    period: "Kỳ báo cáo",
    asOf: "Tính đến ngày",
    summary: "Tóm tắt",
    received: "Hồ sơ tiếp nhận",
    direct: "Trực tiếp",
    postal: "Qua bưu chính công ích",
    online: "Trực tuyến",
    resolved: "Đã giải quyết",
    inProgress: "Đang giải quyết",
    early: "Trước hạn",
    onTime: "Đúng hạn",
    late: "Quá hạn",
    within: "Trong hạn",
    overdue: "Quá hạn",
    indicators: "Chỉ số theo Quyết định 766/QĐ-TTg",
    notApplicable: "Không áp dụng",
    points: "Điểm",
    topProcedures: "Thủ tục có nhiều hồ sơ trễ hạn nhất",
    topAgencies: "Đơn vị có nhiều hồ sơ trễ hạn nhất",
    code: "Mã",
    handled: "Hồ sơ",
    lateOrOverdue: "Tổng trễ hạn",
    lateResolved: "Đã giải quyết quá hạn",
    overdueOpen: "Đang giải quyết quá hạn",
    channels: "Tỷ lệ theo kênh tiếp nhận",
    progressByUnit: "Kết quả giải quyết theo đơn vị",
    overdueByUnit: "Hồ sơ đang giải quyết theo đơn vị",
    excluded: "Không tính",
    none: "Không có",
    numerator: "Tử số",
    denominator: "Mẫu số",
    value: "Giá trị",
  },
  en: {
    total: "Total",
    period: "Period",
    asOf: "As of",
    summary: "Summary",
    received: "Dossiers received",
    direct: "Direct",
    postal: "Public postal service",
    online: "Online",
    resolved: "Resolved",
    inProgress: "In progress",
    early: "Early",
    onTime: "On time",
    late: "Late",
    within: "Within deadline",
    overdue: "Overdue",
    indicators: "Decision 766/QĐ-TTg indicators",
    notApplicable: "Not applicable",
    points: "Points",
    topProcedures: "Procedures with the most late dossiers",
    topAgencies: "Agencies with the most late dossiers",
    code: "Code",
    handled: "Dossiers",
    lateOrOverdue: "Late or overdue",
    lateResolved: "Resolved late",
    overdueOpen: "Open, overdue",
    channels: "Shares by channel",
    progressByUnit: "Results by unit",
    overdueByUnit: "Dossiers in progress by unit",
    excluded: "Not counted",
    none: "None",
    numerator: "Numerator",
    denominator: "Denominator",
    value: "Value",
  },
};

export function rowCells(row: Bieu06Row, totalLabel: string): (string | number)[] {
  return [
    row.no === 0 ? "" : row.no,
    row.no === 0 ? totalLabel : row.label,
    row.received,
    row.newOnline,
    row.newDirectOrPostal,
    row.carriedOver,
    row.resolved,
    row.early,
    row.onTime,
    row.late,
    row.inProgress,
    row.within,
    row.overdue,
  ];
}

/** Thousands grouping without locale APIs: "." in Vietnamese, "," in English. */
export function formatCount(n: number, lang: Lang): string {
  const sep = lang === "vi" ? "." : ",";
  const s = String(Math.abs(n));
  let out = "";
  for (let i = 0; i < s.length; i++) {
    if (i > 0 && (s.length - i) % 3 === 0) out += sep;
    out += s[i];
  }
  return n < 0 ? `-${out}` : out;
}

/** A number with the language's decimal mark (Vietnamese: comma). */
export function formatDecimal(n: number, lang: Lang): string {
  const s = String(n);
  return lang === "vi" ? s.replace(".", ",") : s;
}

/** Percent with the language's decimal mark. */
export function formatPercent(p: number, lang: Lang): string {
  return `${formatDecimal(p, lang)}%`;
}

export function checkLang(lang: unknown): Lang {
  if (lang === undefined || lang === "vi") return "vi";
  if (lang === "en") return "en";
  throw new HccError("invalid_input", `lang must be "vi" or "en", got ${JSON.stringify(lang)}`, { value: lang });
}
