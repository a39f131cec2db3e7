// Over 400 lines on purpose: the catalogue report (buildCatalogueReport) and its text form
// (formatCatalogueReport), whose vi/en label table T is about 100 lines of data.
import { HccError, parseDossier, safely, type Dossier, type DossierInput, type Lang, type Procedure, type ProcedureInput, type SafeParseResult } from "@hcc/core";
import { catalogueDisclosureOf, type Indicator13, type PublicDisclosureOptions } from "./disclosure.js";
import { dossiersOf, workflowsOf, type OnTheSpotSummary } from "./on-the-spot.js";
import { compareParsed, validateCompareOptions, type CatalogueComparison, type CompareCataloguesOptions } from "./reductions.js";
import { actualTimesOf, type ActualTimeComparison, type ActualTimeOptions } from "./actual-time.js";
import { parseList } from "./_internal/errors.js";
import { toProcedure, validateOptions } from "./_internal/options.js";
import { findingTitle, type Finding, type Severity } from "./finding.js";
import type { Share } from "./share.js";
import { formatNumber, formatPercent, table } from "./_internal/text.js";
import { FOUR_STEPS } from "./_internal/on-the-spot-rules.js";

/**
 * What {@link buildCatalogueReport} reads: the current catalogue, and optionally the dossiers
 * (for "4 tại chỗ" on events and actual times) and a baseline catalogue (for "3 giảm").
 *
 * @example
 * ```ts
 * import type { CatalogueReportInput } from "@hcc/rules";
 * const input: CatalogueReportInput = { procedures: [{ code: "1.000894", name: "Đăng ký kết hôn" }] };
 * ```
 *
 * @category Reports
 */
export interface CatalogueReportInput {
  /** The current catalogue. */
  readonly procedures: readonly (ProcedureInput | Procedure)[];
  /** Dossiers of the period. */
  readonly dossiers?: readonly (DossierInput | Dossier)[];
  /** The baseline catalogue to compare with. */
  readonly baseline?: readonly (ProcedureInput | Procedure)[];
}

/**
 * Options of {@link buildCatalogueReport}: the disclosure options (strict, placeholders, rule
 * sets), the comparison options and the `@hcc/sla` options for actual times.
 *
 * @example
 * ```ts
 * import type { CatalogueReportOptions } from "@hcc/rules";
 * const options: CatalogueReportOptions = { strict: true, worst: 5, compare: { merges: { "1.000002": "1.000001" } } };
 * ```
 *
 * @category Reports
 */
export interface CatalogueReportOptions extends PublicDisclosureOptions {
  /** Options of {@link compareCatalogues} (used when a baseline is given). */
  readonly compare?: CompareCataloguesOptions;
  /** Options of {@link compareActualTimes} (`asOf`, `calendar`…): actual times are computed only when given with dossiers. */
  readonly actualTime?: ActualTimeOptions;
  /** How many worst offenders to list (default 10). */
  readonly worst?: number;
}

/**
 * A "4 tại chỗ" summary without its per-item results.
 *
 * @example
 * ```ts
 * import type { OnTheSpotOverview } from "@hcc/rules";
 * function share(o: OnTheSpotOverview): number | null { return o.onTheSpot.ratio; }
 * ```
 *
 * @category Reports
 */
export type OnTheSpotOverview = Omit<OnTheSpotSummary, "results">;

/**
 * A procedure with the most problems, for the report's "worst offenders" list.
 *
 * @example
 * ```ts
 * import type { WorstOffender } from "@hcc/rules";
 * const w: WorstOffender = { code: "1.000894", name: "Đăng ký kết hôn", errors: 3, warnings: 1, codes: ["disclosure.fees_missing"] };
 * ```
 *
 * @category Reports
 */
export interface WorstOffender {
  /** Procedure code. */
  readonly code: string;
  /** Procedure name. */
  readonly name: string;
  /** Error findings on the procedure. */
  readonly errors: number;
  /** Warning findings on the procedure. */
  readonly warnings: number;
  /** Distinct finding codes, sorted. */
  readonly codes: readonly string[];
}

/**
 * The combined "3 giảm, 4 tại chỗ, 8 công khai" report of a catalogue, as JSON-friendly data.
 *
 * @example
 * ```ts
 * import { buildCatalogueReport, type CatalogueReport } from "@hcc/rules";
 * const r: CatalogueReport = buildCatalogueReport({ procedures: [] });
 * r.disclosure.indicator13.applicable; //=> false
 * ```
 *
 * @category Reports
 */
export interface CatalogueReport {
  /** Procedures in the current catalogue. */
  readonly procedures: number;
  /** Dossiers given, or `null`. */
  readonly dossiers: number | null;
  /** "8 công khai". */
  readonly disclosure: {
    /** Whether the strict components were part of "fully disclosed". */
    readonly strict: boolean;
    /** Share fully disclosed. */
    readonly fullyDisclosed: Share;
    /** Decision 766 indicator 1.3. */
    readonly indicator13: Indicator13;
    /** Procedures per finding code. */
    readonly proceduresByCode: Readonly<Record<string, number>>;
  };
  /** "4 tại chỗ". */
  readonly onTheSpot: {
    /** On configured workflows. */
    readonly workflows: OnTheSpotOverview;
    /** On dossier events, or `null` without dossiers. */
    readonly dossiers: OnTheSpotOverview | null;
  };
  /** "3 giảm" against the baseline, or `null` without one. */
  readonly reductions: Omit<CatalogueComparison, "procedures" | "findings"> | null;
  /** Actual versus published time over all dossiers, or `null`. */
  readonly actualTime: ActualTimeComparison["total"] | null;
  /** Finding counts. */
  readonly findings: {
    /** All findings. */
    readonly total: number;
    /** Per severity. */
    readonly bySeverity: Readonly<Record<Severity, number>>;
    /** Per code, sorted by code. */
    readonly byCode: Readonly<Record<string, number>>;
  };
  /** Procedures with the most errors, then warnings. */
  readonly worstOffenders: readonly WorstOffender[];
}

function overview(summary: OnTheSpotSummary): OnTheSpotOverview {
  const { results: _results, ...rest } = summary;
  return Object.freeze(rest);
}

/**
 * Builds the combined report: disclosure (share fully disclosed, indicator 1.3, procedures per
 * code), on-the-spot (workflows and, with dossiers, events), reductions (with a baseline), actual
 * times (with dossiers and `actualTime` options), finding counts and the worst offenders.
 *
 * @param input - catalogue, dossiers, baseline
 * @param options - see {@link CatalogueReportOptions}
 * @returns the report (JSON-friendly; print it with {@link formatCatalogueReport})
 * @throws {HccError} `invalid_input` for malformed input (with the offending item's index)
 * @example
 * ```ts
 * import { buildCatalogueReport } from "@hcc/rules";
 * const r = buildCatalogueReport({ procedures: [{ code: "1.000894", name: "Đăng ký kết hôn" }, { code: "1.001612", name: "-" }] });
 * r.worstOffenders.map((w) => [w.code, w.errors]); //=> [["1.001612", 8], ["1.000894", 7]]
 * ```
 *
 * @category Reports
 */
export function buildCatalogueReport(input: CatalogueReportInput, options: CatalogueReportOptions = {}): CatalogueReport {
  if (typeof input !== "object" || input === null || !Array.isArray(input.procedures)) {
    throw new HccError("invalid_input", "buildCatalogueReport expects { procedures: [...] }", { value: input });
  }
  const worst = options.worst ?? 10;
  if (!Number.isSafeInteger(worst) || worst < 0) {
    throw new HccError("invalid_input", `buildCatalogueReport: worst must be a non-negative integer, got ${String(worst)}`, { value: worst });
  }
  const { compare: compareOptions, actualTime: actualOptions, worst: _w, ...disclosureOptions } = options;
  validateOptions(disclosureOptions, "buildCatalogueReport");
  if (compareOptions !== undefined) validateCompareOptions(compareOptions);
  // Parse every input once; the checks below run on the parsed values.
  const procedures = parseList(input.procedures, toProcedure, "Procedure", "buildCatalogueReport");
  const baseline = input.baseline === undefined ? undefined : parseList(input.baseline, toProcedure, "Baseline procedure", "buildCatalogueReport");
  const dossierList = input.dossiers === undefined ? undefined : parseList(input.dossiers, parseDossier, "Dossier", "buildCatalogueReport");
  const disclosure = catalogueDisclosureOf(procedures, disclosureOptions);
  const onTheSpotOptions = {
    ...(options.ruleSet === undefined ? {} : { ruleSet: options.ruleSet }),
    ...(options.at === undefined ? {} : { at: options.at }),
  };
  const workflows = workflowsOf(procedures, onTheSpotOptions);
  const dossiers = dossierList === undefined ? null : dossiersOf(dossierList, onTheSpotOptions);
  const comparison = baseline === undefined ? null : compareParsed(baseline, procedures, compareOptions ?? {});
  const actual = dossierList === undefined || actualOptions === undefined ? null : actualTimesOf(procedures, dossierList, actualOptions);

  const all: Finding[] = [
    ...disclosure.results.flatMap((r) => r.findings),
    ...workflows.results.flatMap((r) => r.findings),
    ...(dossiers?.results.flatMap((r) => r.findings) ?? []),
    ...(comparison?.findings ?? []),
    ...(actual?.findings ?? []),
  ];
  const bySeverity = { error: 0, warning: 0, info: 0 };
  const byCode: Record<string, number> = {};
  const perProcedure = new Map<string, { errors: number; warnings: number; codes: Set<string> }>();
  for (const f of all) {
    bySeverity[f.severity] += 1;
    byCode[f.code] = (byCode[f.code] ?? 0) + 1;
    if (f.subject.kind !== "procedure" || f.severity === "info") continue;
    let entry = perProcedure.get(f.subject.code);
    if (entry === undefined) {
      entry = { errors: 0, warnings: 0, codes: new Set() };
      perProcedure.set(f.subject.code, entry);
    }
    if (f.severity === "error") entry.errors += 1;
    else entry.warnings += 1;
    entry.codes.add(f.code);
  }
  const names = new Map<string, string>(disclosure.results.map((r) => [r.procedureCode, r.procedureName]));
  const offenders = [...perProcedure.entries()]
    .map(([code, e]) => Object.freeze({ code, name: names.get(code) ?? "", errors: e.errors, warnings: e.warnings, codes: Object.freeze([...e.codes].sort()) }))
    .sort((a, b) => b.errors - a.errors || b.warnings - a.warnings || a.code.localeCompare(b.code))
    .slice(0, worst);
  const sortedCodes = Object.fromEntries(Object.entries(byCode).sort(([a], [b]) => a.localeCompare(b)));
  let reductions: CatalogueReport["reductions"] = null;
  if (comparison !== null) {
    const { procedures: _p, findings: _f, ...rest } = comparison;
    reductions = Object.freeze(rest);
  }
  return Object.freeze({
    procedures: disclosure.procedures,
    dossiers: input.dossiers === undefined ? null : input.dossiers.length,
    disclosure: Object.freeze({
      strict: options.strict ?? false,
      fullyDisclosed: disclosure.fullyDisclosed,
      indicator13: disclosure.indicator13,
      proceduresByCode: disclosure.proceduresByCode,
    }),
    onTheSpot: Object.freeze({ workflows: overview(workflows), dossiers: dossiers === null ? null : overview(dossiers) }),
    reductions,
    actualTime: actual === null ? null : actual.total,
    findings: Object.freeze({ total: all.length, bySeverity: Object.freeze(bySeverity), byCode: Object.freeze(sortedCodes) }),
    worstOffenders: Object.freeze(offenders),
  });
}

/**
 * Non-throwing {@link buildCatalogueReport}.
 *
 * @param input - anything
 * @param options - as for {@link buildCatalogueReport}
 * @returns `{ success: true, data }` or `{ success: false, error }`
 * @example
 * ```ts
 * import { safeBuildCatalogueReport } from "@hcc/rules";
 * safeBuildCatalogueReport({ procedures: "none" }).success; //=> false
 * ```
 *
 * @category Reports
 */
export function safeBuildCatalogueReport(input: unknown, options?: CatalogueReportOptions): SafeParseResult<CatalogueReport> {
  return safely(() => buildCatalogueReport(input as CatalogueReportInput, options));
}

/**
 * Options of {@link formatCatalogueReport}.
 *
 * @example
 * ```ts
 * import type { FormatReportOptions } from "@hcc/rules";
 * const options: FormatReportOptions = { lang: "en" };
 * ```
 *
 * @category Reports
 */
export interface FormatReportOptions {
  /** `"vi"` (default) or `"en"`. */
  readonly lang?: Lang;
}

const T = {
  vi: {
    title: 'BÁO CÁO "3 GIẢM, 4 TẠI CHỖ, 8 CÔNG KHAI"',
    procedures: "Số thủ tục",
    dossiers: "Số hồ sơ",
    disclosure: "8 CÔNG KHAI",
    disclosureStrict: "8 CÔNG KHAI (kèm thành phần NĐ 63/2010, Điều 8 khoản 2)",
    indicator: "Chỉ tiêu",
    count: "Số lượng",
    share: "Tỷ lệ",
    fully: "Thủ tục công khai đầy đủ",
    i13: "Chỉ số 1.3 QĐ 766 (điểm / 2)",
    finding: "Phát hiện",
    proceduresWith: "Số thủ tục",
    onTheSpot: "4 TẠI CHỖ",
    workflows: "Quy trình thủ tục tại Trung tâm",
    dossierEvents: "Hồ sơ xử lý tại Trung tâm",
    step: "Bước",
    offSite: "Ngoài Trung tâm",
    missing: "Thiếu",
    destination: "Nơi chuyển đến",
    reductions: "3 GIẢM",
    item: "Nội dung",
    before: "Trước",
    after: "Sau",
    reduced: "Giảm",
    proceduresRow: "Số thủ tục (bãi bỏ + hợp nhất)",
    documentsRow: "Thành phần hồ sơ",
    stepsRow: "Số bước",
    daysRow: "Thời hạn (ngày làm việc)",
    feesRow: "Phí, lệ phí (đồng)",
    costRow: "Chi phí tuân thủ/năm (đồng)",
    actualRow: "Thời hạn công bố → thực tế bình quân (ngày làm việc)",
    worst: "THỦ TỤC CẦN KHẮC PHỤC",
    code: "Mã",
    name: "Tên thủ tục",
    errors: "Lỗi",
    warnings: "Cảnh báo",
    codes: "Phát hiện",
    none: "Không có",
    places: { center: "Trung tâm", department: "sở, ngành", other: "nơi khác" } as Readonly<Record<string, string>>,
    wf: "quy trình",
    ds: "hồ sơ",
    steps: { receive: "Tiếp nhận", appraise: "Thẩm định", approve: "Phê duyệt", return: "Trả kết quả" },
  },
  en: {
    title: '"3 REDUCTIONS, 4 ON THE SPOT, 8 DISCLOSURES" REPORT',
    procedures: "Procedures",
    dossiers: "Dossiers",
    disclosure: "8 DISCLOSURES",
    disclosureStrict: "8 DISCLOSURES (with the Decree 63/2010 Art. 8(2) components)",
    indicator: "Indicator",
    count: "Count",
    share: "Share",
    fully: "Procedures fully disclosed",
    i13: "Decision 766 indicator 1.3 (points / 2)",
    finding: "Finding",
    proceduresWith: "Procedures",
    onTheSpot: "4 ON THE SPOT",
    workflows: "Procedure workflows at the center",
    dossierEvents: "Dossiers processed at the center",
    step: "Step",
    offSite: "Off site",
    missing: "Missing",
    destination: "Went to",
    reductions: "3 REDUCTIONS",
    item: "Item",
    before: "Before",
    after: "After",
    reduced: "Reduced",
    proceduresRow: "Procedures (removed + merged)",
    documentsRow: "Required documents",
    stepsRow: "Steps",
    daysRow: "Processing time (working days)",
    feesRow: "Fees (VND)",
    costRow: "Compliance cost per year (VND)",
    actualRow: "Published → mean actual time (working days)",
    worst: "WORST OFFENDERS",
    code: "Code",
    name: "Procedure",
    errors: "Errors",
    warnings: "Warnings",
    codes: "Findings",
    none: "None",
    places: { center: "center", department: "department", other: "elsewhere" } as Readonly<Record<string, string>>,
    wf: "workflows",
    ds: "dossiers",
    steps: { receive: "Receive", appraise: "Appraise", approve: "Approve", return: "Return" },
  },
} as const;

/**
 * Renders a {@link CatalogueReport} as plain-text tables for the CLI, in Vietnamese (default) or
 * English, with the language's number format (vi `83,33%`, `1.024.000`; en `83.33%`,
 * `1,024,000`).
 *
 * @param report - a report from {@link buildCatalogueReport}
 * @param options - the language
 * @returns the text (lines joined with `\n`)
 * @throws {HccError} `invalid_input` when `report` is not a report
 * @example
 * ```ts
 * import { buildCatalogueReport, formatCatalogueReport } from "@hcc/rules";
 * const text = formatCatalogueReport(buildCatalogueReport({ procedures: [{ code: "1.000894", name: "Đăng ký kết hôn" }] }), { lang: "en" });
 * text.split("\n")[0]; //=> '"3 REDUCTIONS, 4 ON THE SPOT, 8 DISCLOSURES" REPORT'
 * ```
 *
 * @category Reports
 */
export function formatCatalogueReport(report: CatalogueReport, options: FormatReportOptions = {}): string {
  if (typeof report !== "object" || report === null || typeof report.disclosure !== "object" || typeof report.onTheSpot !== "object") {
    throw new HccError("invalid_input", "formatCatalogueReport expects a report from buildCatalogueReport", { value: report });
  }
  const lang: Lang = options?.lang === "en" ? "en" : "vi";
  const t = T[lang];
  const n = (v: number, digits = 0): string => formatNumber(v, lang, digits);
  const frac = (s: Share): string => `${n(s.numerator)}/${n(s.denominator)}`;
  const out: string[] = [t.title, `${t.procedures}: ${n(report.procedures)}${report.dossiers === null ? "" : ` | ${t.dossiers}: ${n(report.dossiers)}`}`, ""];

  const d = report.disclosure;
  out.push(d.strict ? t.disclosureStrict : t.disclosure);
  const i13 = d.indicator13;
  out.push(
    table(
      [t.indicator, t.count, t.share],
      [
        [t.fully, frac(d.fullyDisclosed), formatPercent(d.fullyDisclosed.ratio, lang)],
        [t.i13, `${n(i13.complete)}/${n(i13.published)}`, i13.points === null ? "—" : n(i13.points, 2)],
      ],
    ),
  );
  const codes = Object.entries(d.proceduresByCode).sort(([a], [b]) => a.localeCompare(b));
  if (codes.length > 0) {
    out.push("");
    out.push(table([t.finding, t.proceduresWith, t.share], codes.map(([code, count]) => [findingTitle(code, lang), n(count), formatPercent(report.procedures === 0 ? null : count / report.procedures, lang)])));
  }

  out.push("", t.onTheSpot);
  const spot = report.onTheSpot;
  const rows: string[][] = [[t.workflows, frac(spot.workflows.onTheSpot), formatPercent(spot.workflows.onTheSpot.ratio, lang)]];
  if (spot.dossiers !== null) rows.push([t.dossierEvents, frac(spot.dossiers.onTheSpot), formatPercent(spot.dossiers.onTheSpot.ratio, lang)]);
  out.push(table([t.indicator, t.count, t.share], rows));
  out.push("");
  const stepRows = FOUR_STEPS.map((step) => {
    const cells = [t.steps[step], n(spot.workflows.offSiteByStep[step]), n(spot.workflows.missingByStep[step])];
    if (spot.dossiers !== null) cells.push(n(spot.dossiers.offSiteByStep[step]), n(spot.dossiers.missingByStep[step]));
    return cells;
  });
  const stepHeader: string[] = [t.step, `${t.offSite} (${t.wf})`, `${t.missing} (${t.wf})`];
  if (spot.dossiers !== null) stepHeader.push(`${t.offSite} (${t.ds})`, `${t.missing} (${t.ds})`);
  out.push(table(stepHeader, stepRows));
  const destinations = [...spot.workflows.destinations, ...(spot.dossiers?.destinations ?? [])];
  if (destinations.length > 0) {
    out.push("");
    out.push(
      table(
        [t.step, t.destination, t.count],
        destinations.map((row) => [t.steps[row.step], `${t.places[row.place] ?? row.place}${row.agencyCode === undefined ? "" : ` (${row.agencyCode})`}`, n(row.count)]),
      ),
    );
  }

  if (report.reductions !== null || report.actualTime !== null) {
    out.push("", t.reductions);
    const red: string[][] = [];
    const r = report.reductions;
    if (r !== null) {
      red.push([t.proceduresRow, n(r.count.before), n(r.count.after), `${n(r.count.removed + r.count.merged)} (${formatPercent(r.count.reduced.ratio, lang)})`]);
      red.push([t.documentsRow, n(r.documents.before), n(r.documents.after), n(r.documents.reduced)]);
      red.push([t.stepsRow, n(r.steps.before), n(r.steps.after), n(r.steps.reduced)]);
      red.push([t.daysRow, n(r.workingDays.before, 1), n(r.workingDays.after, 1), n(r.workingDays.reduced, 1)]);
      red.push([t.feesRow, n(r.fees.before), n(r.fees.after), n(r.fees.reduced)]);
      if (r.cost !== undefined) {
        red.push([t.costRow, n(r.cost.annualBefore), n(r.cost.annualAfter), `${n(r.cost.annualSaving)} (${r.cost.percent === null ? "—" : `${n(r.cost.percent, 2)}%`})`]);
      }
    }
    const a = report.actualTime;
    if (a !== null && a.publishedWorkingDays !== null && a.actualWorkingDays !== null && a.reducedWorkingDays !== null) {
      red.push([t.actualRow, n(a.publishedWorkingDays, 2), n(a.actualWorkingDays, 2), n(a.reducedWorkingDays, 2)]);
    }
    out.push(table([t.item, t.before, t.after, t.reduced], red));
  }

  out.push("", t.worst);
  if (report.worstOffenders.length === 0) out.push(t.none);
  else {
    out.push(
      table(
        [t.code, t.name, t.errors, t.warnings, t.codes],
        report.worstOffenders.map((w) => [w.code, w.name, n(w.errors), n(w.warnings), w.codes.map((c) => findingTitle(c, lang)).join("; ")]),
      ),
    );
  }
  return out.join("\n");
}
