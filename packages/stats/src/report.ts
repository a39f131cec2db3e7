import { bieu06, type Bieu06Row } from "./bieu06.js";
import { decision766, type Indicator } from "./indicators.js";
import type { StatsSpec } from "./spec.js";
import type { ExcludedCounts, StatsState } from "./state.js";
import { summarize, type StatsSummary, type SummaryOptions } from "./summary.js";
import { topLate, type LateEntry } from "./top-late.js";

/**
 * A complete report, ready for the renderers: the Biểu 06 table (invariants checked), the
 * seed-style summary, the Decision 766 indicators and the top late procedures and agencies.
 *
 * @example
 * ```ts
 * import type { StatsReport } from "@hcc/stats";
 * const headline = (r: StatsReport): string => `${r.title}: ${r.summary.received.total}`;
 * ```
 *
 * @category Reports
 */
export interface StatsReport {
  /** Title shown by the text and HTML renderers. */
  readonly title: string;
  /** The options the state was computed with. */
  readonly spec: StatsSpec;
  /** Biểu 06 rows, one per group. */
  readonly rows: readonly Bieu06Row[];
  /** The total row. */
  readonly total: Bieu06Row;
  /** The seed-style summary. */
  readonly summary: StatsSummary;
  /** Decision 766 indicators. */
  readonly indicators: readonly Indicator[];
  /** Procedures with the most late + overdue dossiers. */
  readonly topProcedures: readonly LateEntry[];
  /** Agencies with the most late + overdue dossiers. */
  readonly topAgencies: readonly LateEntry[];
  /** Dossiers read but not in the report. */
  readonly excluded: ExcludedCounts;
}

/**
 * Options of {@link buildReport}.
 *
 * @example
 * ```ts
 * import { SEED_STYLE, type ReportOptions } from "@hcc/stats";
 * const options: ReportOptions = { title: "Trung tâm PVHCC tỉnh Bến Tre", summary: SEED_STYLE, top: 5 };
 * ```
 *
 * @category Reports
 */
export interface ReportOptions {
  /** Report title. @defaultValue `"Báo cáo tình hình giải quyết hồ sơ {from} – {to}"` */
  readonly title?: string;
  /** Rounding of the summary's shares. */
  readonly summary?: SummaryOptions;
  /** Length of the top-late tables. @defaultValue `10` */
  readonly top?: number;
}

/**
 * Builds a {@link StatsReport} from a state.
 *
 * @param state - an aggregation state
 * @param options - title, summary rounding, top-table length
 * @returns the frozen report
 * @throws {HccError} `invariant_violation` when a Biểu 06 row breaks an invariant
 * @example
 * ```ts
 * import { buildReport, createAggregator } from "@hcc/stats";
 * const agg = createAggregator({ from: "2024-03-01", to: "2024-03-31", groupBy: ["agency"] });
 * agg.add({ procedureCode: "1.001612", agencyCode: "A", status: 10, receivedAt: "2024-03-04", dueAt: "2024-03-08", endedAt: "2024-03-11" });
 * buildReport(agg.state()).topAgencies[0]?.late; //=> 1
 * ```
 *
 * @category Reports
 */
export function buildReport(state: StatsState, options: ReportOptions = {}): StatsReport {
  const { rows, total } = bieu06(state);
  const top = options.top ?? 10;
  return Object.freeze({
    title: options.title ?? `Báo cáo tình hình giải quyết hồ sơ ${state.spec.from} – ${state.spec.to}`,
    spec: state.spec,
    rows,
    total,
    summary: summarize(state, options.summary),
    indicators: decision766(state),
    topProcedures: topLate(state, "procedure", top),
    topAgencies: topLate(state, "agency", top),
    excluded: state.excluded,
  });
}
