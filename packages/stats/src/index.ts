/**
 * `@hcc/stats` — the national one-stop report (Biểu 06/VPCP/KSTT), channel shares and Decision 766
 * indicators from dossier data: a streaming, mergeable aggregator, CSV / NDJSON / JSON ingestion
 * (parallel with worker threads for large files) and JSON / CSV / text / HTML renderers.
 *
 * @packageDocumentation
 */

export { GROUP_DIMENSIONS, normalizeSpec } from "./spec.js";
export type { GroupDimension, StatsOptions, StatsSpec } from "./spec.js";

export { StatsAggregator, createAggregator } from "./aggregator.js";
export type { AggregatorOptions, DossierColumns, DueDateDeriver, StatsDossierInput } from "./aggregator.js";

export { mergeStates, parseStatsState, safeParseStatsState } from "./state.js";
export type { EntityCounts, ExcludedCounts, GroupCounts, StatsGroup, StatsState } from "./state.js";

export { BIEU06_COLUMNS, bieu06, checkBieu06Row } from "./bieu06.js";
export type { Bieu06Row } from "./bieu06.js";

export { percentages } from "./shares.js";
export type { RoundingMethod, ShareOptions } from "./shares.js";

export { SEED_STYLE, summarize } from "./summary.js";
export type { StatsSummary, SummaryOptions } from "./summary.js";

export { decision766, thresholdPoints } from "./indicators.js";
export type { Indicator } from "./indicators.js";

export { topLate } from "./top-late.js";
export type { LateEntry } from "./top-late.js";

export { buildReport } from "./report.js";
export type { ReportOptions, StatsReport } from "./report.js";

export { renderJson } from "./render-json.js";
export { renderCsv } from "./render-csv.js";
export type { RenderOptions } from "./render-csv.js";
export { renderText } from "./render-text.js";
export { renderHtml } from "./render-html.js";
export type { HtmlRenderOptions, TextRenderOptions } from "./render-options.js";

export { entityName, rowName } from "./names.js";
export type { ReportNames, UnitName } from "./names.js";

export { HALF_UP_STYLE, indicatorPercent } from "./rounding.js";

export { formatPeriod, formatReportDate } from "./period-text.js";

export { ingest, ingestDossiers } from "./ingest.js";
export type { BadRow, IngestOptions, IngestResult, IngestSource, InputFormat } from "./ingest.js";

export { ingestFile } from "./parallel.js";
export type { IngestFileOptions } from "./parallel.js";

export { receiptRange } from "./receipt-range.js";
export type { ReceiptRange, ReceiptRangeOptions } from "./receipt-range.js";

export { dueDateFromProcedures } from "./due-date.js";
