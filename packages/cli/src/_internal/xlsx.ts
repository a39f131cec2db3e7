// The periodic report as a spreadsheet in the official layout of Biểu số 06/VPCP/KSTT (Circular
// 01/2020/TT-VPCP): the form's number and circular on the left, the title and the period in the
// middle, the reporting and receiving units on the right; the merged header (receipts / results:
// resolved, in progress), the column numbers (1)–(13), one row per unit with its name, the total,
// and the signature block. Counts are numeric cells. Further sheets: the Decision 766 indicators and
// the procedures and units with the most late dossiers.
//
// exceljs is a dependency of @hcc/cli only: the CLI runs on Node alone, so its size does not matter,
// and it is the maintained standard for writing .xlsx from JavaScript (no install script).
import { rename, rm, writeFile } from "node:fs/promises";
import ExcelJS from "exceljs";
import { entityName, formatPeriod, indicatorPercent, rowName, type ReportNames, type StatsReport } from "@hcc/stats";
import type { Lang } from "./context.js";

/** What the workbook says besides the report. */
export interface WorkbookOptions {
  readonly names?: ReportNames;
  /** "Đơn vị báo cáo" (left as a dotted line for hand filling when absent). */
  readonly reportingUnit?: string;
  /** "Đơn vị nhận báo cáo". */
  readonly receivingUnit?: string;
  /** Language of the extra sheets (the form itself is Vietnamese, as filed). */
  readonly lang: Lang;
}

const COUNT = "#,##0";
const DOTS = "……………………………";
const thin = { style: "thin" as const };
const BOX = { top: thin, left: thin, bottom: thin, right: thin };

/** Biểu 06's header: [cell range, text] — three rows (groups, sub-groups, columns), A–M. */
const HEADER: readonly [string, string][] = [
  ["A6:A8", "STT"],
  ["B6:B8", "Đơn vị / Lĩnh vực giải quyết"],
  ["C6:F6", "Số hồ sơ nhận giải quyết"],
  ["C7:C8", "Tổng số"],
  ["D7:E7", "Số mới tiếp nhận trong kỳ"],
  ["D8", "Trực tuyến"],
  ["E8", "Trực tiếp, dịch vụ bưu chính"],
  ["F7:F8", "Từ kỳ trước chuyển qua"],
  ["G6:M6", "Kết quả giải quyết"],
  ["G7:J7", "Số hồ sơ đã giải quyết"],
  ["G8", "Tổng số"],
  ["H8", "Trả trước hạn"],
  ["I8", "Trả đúng hạn"],
  ["J8", "Trả quá hạn"],
  ["K7:M7", "Số hồ sơ đang giải quyết"],
  ["K8", "Tổng số"],
  ["L8", "Trong hạn"],
  ["M8", "Quá hạn"],
];

/** Row of the first unit (after the title block, the three header rows and the column numbers). */
export const FIRST_DATA_ROW = 10;

function formSheet(book: ExcelJS.Workbook, report: StatsReport, options: WorkbookOptions): void {
  const ws = book.addWorksheet("Biểu 06", {
    pageSetup: { paperSize: 9, orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: "6:9" },
    views: [{ state: "frozen", ySplit: 9, xSplit: 2 }],
  });
  ws.columns = [6, 44, 11, 11, 13, 11, 11, 10, 10, 10, 11, 10, 10].map((width) => ({ width }));
  const put = (range: string, value: string, style: Partial<ExcelJS.Style> = {}): void => {
    const [first] = range.split(":") as [string];
    if (range.includes(":")) ws.mergeCells(range);
    const cell = ws.getCell(first);
    cell.value = value;
    cell.alignment = { wrapText: true, vertical: "middle", horizontal: "center", ...style.alignment };
    if (style.font !== undefined) cell.font = style.font;
  };
  put("A1:C1", "Biểu số 06/VPCP/KSTT", { font: { bold: true } });
  put("A2:C3", "Ban hành kèm theo Thông tư số 01/2020/TT-VPCP của Văn phòng Chính phủ", { font: { italic: true, size: 9 } });
  put("D1:J1", "TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH", { font: { bold: true, size: 13 } });
  put("D2:J2", "TẠI CƠ QUAN, ĐƠN VỊ TRỰC TIẾP GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH", { font: { bold: true } });
  put("D3:J3", `Kỳ báo cáo: ${formatPeriod(report.spec.from, report.spec.to, "vi")}`, { font: { italic: true } });
  put("K1:M2", `- Đơn vị báo cáo: ${options.reportingUnit ?? DOTS}`, { alignment: { horizontal: "left", vertical: "top", wrapText: true } });
  put("K3:M4", `- Đơn vị nhận báo cáo: ${options.receivingUnit ?? DOTS}`, { alignment: { horizontal: "left", vertical: "top", wrapText: true } });
  put("K5:M5", "Đơn vị tính: Số hồ sơ TTHC", { font: { italic: true, size: 9 }, alignment: { horizontal: "right" } });
  ws.getRow(1).height = 22;
  ws.getRow(8).height = 44;
  for (const [range, text] of HEADER) put(range, text, { font: { bold: true } });
  const numbers = ws.getRow(9);
  for (let c = 1; c <= 13; c++) {
    const cell = numbers.getCell(c);
    cell.value = `(${c})`;
    cell.alignment = { horizontal: "center" };
    cell.font = { italic: true, size: 9 };
  }
  const rows = [...report.rows, report.total];
  rows.forEach((r, j) => {
    const unit = r.no === 0 ? { name: "Tổng cộng", code: null } : rowName(r, report.spec.groupBy, options.names);
    const row = ws.getRow(FIRST_DATA_ROW + j);
    row.values = [
      r.no === 0 ? null : r.no,
      unit.code === null ? unit.name : `${unit.name} (${unit.code})`,
      r.received,
      r.newOnline,
      r.newDirectOrPostal,
      r.carriedOver,
      r.resolved,
      r.early,
      r.onTime,
      r.late,
      r.inProgress,
      r.within,
      r.overdue,
    ];
    for (let c = 3; c <= 13; c++) row.getCell(c).numFmt = COUNT;
    row.getCell(1).alignment = { horizontal: "center", vertical: "top" };
    row.getCell(2).alignment = { wrapText: true, vertical: "top" };
    if (r.no === 0) row.font = { bold: true };
  });
  const last = FIRST_DATA_ROW + rows.length - 1;
  for (let r = 6; r <= last; r++) for (let c = 1; c <= 13; c++) ws.getRow(r).getCell(c).border = BOX;
  const sign = last + 2;
  put(`A${sign}:D${sign}`, "NGƯỜI LẬP BIỂU", { font: { bold: true } });
  put(`A${sign + 1}:D${sign + 1}`, "(Ký, ghi rõ họ tên)", { font: { italic: true } });
  put(`I${sign - 1}:M${sign - 1}`, "……, ngày …… tháng …… năm ……", { font: { italic: true } });
  put(`I${sign}:M${sign}`, "THỦ TRƯỞNG ĐƠN VỊ", { font: { bold: true } });
  put(`I${sign + 1}:M${sign + 1}`, "(Ký tên, đóng dấu)", { font: { italic: true } });
}

function indicatorSheet(book: ExcelJS.Workbook, report: StatsReport, lang: Lang): void {
  const vi = lang === "vi";
  const ws = book.addWorksheet(vi ? "Chỉ số 766" : "Decision 766", { pageSetup: { paperSize: 9, orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0 } });
  ws.columns = [
    { header: vi ? "Chỉ số" : "Indicator", width: 9 },
    { header: vi ? "Tên" : "Name", width: 40 },
    { header: vi ? "Tử số" : "Numerator", width: 12 },
    { header: vi ? "Mẫu số" : "Denominator", width: 12 },
    { header: vi ? "Giá trị" : "Value", width: 14 },
    { header: vi ? "Điểm" : "Points", width: 9 },
    { header: vi ? "Điểm tối đa" : "Max points", width: 11 },
  ];
  ws.getRow(1).font = { bold: true };
  for (const i of report.indicators) {
    const percent = indicatorPercent(i);
    const duration = i.points === null;
    const row = ws.addRow([
      i.id,
      vi ? i.name : i.nameEn,
      duration ? null : i.numerator,
      i.denominator,
      !i.applicable ? (vi ? "Không áp dụng" : "Not applicable") : duration ? i.value : (percent as number) / 100,
      i.points,
      i.maxPoints === 0 ? null : i.maxPoints,
    ]);
    row.getCell(3).numFmt = COUNT;
    row.getCell(4).numFmt = COUNT;
    row.getCell(5).numFmt = duration ? (vi ? '0.00 "ngày"' : '0.00 "days"') : "0.00%";
  }
}

function lateSheet(book: ExcelJS.Workbook, report: StatsReport, kind: "procedure" | "agency", options: WorkbookOptions): void {
  const vi = options.lang === "vi";
  const title = kind === "procedure" ? (vi ? "Thủ tục trễ hạn" : "Late procedures") : vi ? "Đơn vị trễ hạn" : "Late units";
  const ws = book.addWorksheet(title);
  ws.columns = [
    { header: vi ? "Mã" : "Code", width: 16 },
    { header: vi ? "Tên" : "Name", width: 48 },
    { header: vi ? "Hồ sơ" : "Dossiers", width: 11 },
    { header: vi ? "Đã giải quyết quá hạn" : "Resolved late", width: 14 },
    { header: vi ? "Đang giải quyết quá hạn" : "Open, overdue", width: 14 },
    { header: vi ? "Tổng trễ hạn" : "Late or overdue", width: 14 },
    { header: vi ? "Tỷ lệ" : "Rate", width: 10 },
  ];
  ws.getRow(1).font = { bold: true };
  for (const e of kind === "procedure" ? report.topProcedures : report.topAgencies) {
    const unit = entityName(kind, e.code, options.names);
    const row = ws.addRow([e.code, unit.code === null ? null : unit.name, e.handled, e.late, e.overdue, e.lateOrOverdue, e.rate]);
    for (const c of [3, 4, 5, 6]) row.getCell(c).numFmt = COUNT;
    row.getCell(7).numFmt = "0.00%";
  }
}

/** The workbook's bytes: Biểu 06 in the official layout, then the indicators and late lists. */
export async function bieu06Workbook(report: StatsReport, options: WorkbookOptions): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  book.creator = "@hcc/cli";
  book.title = report.title;
  // A fixed date: the same report gives the same workbook.
  book.created = new Date(Date.UTC(2000, 0, 1));
  book.modified = book.created;
  formSheet(book, report, options);
  indicatorSheet(book, report, options.lang);
  lateSheet(book, report, "procedure", options);
  lateSheet(book, report, "agency", options);
  return new Uint8Array(await book.xlsx.writeBuffer());
}

/** Writes the workbook to `path` whole or not at all (a temporary file renamed into place). */
export async function writeBieu06Workbook(path: string, report: StatsReport, options: WorkbookOptions): Promise<void> {
  const bytes = await bieu06Workbook(report, options);
  const temporary = `${path}.${process.pid}.tmp`;
  try {
    await writeFile(temporary, bytes);
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}
