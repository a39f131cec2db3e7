/**
 * `@hcc/stats` — the national one-stop report (Biểu 06/VPCP/KSTT), channel shares and Decision 766
 * indicators from dossier data: a streaming, mergeable aggregator, CSV / NDJSON / JSON ingestion
 * from text, bytes, iterables and Web Streams, and JSON / CSV / text / HTML renderers. This entry
 * runs in browsers and Node alike; reading a file by path (in parallel with worker threads) is in
 * `@hcc/stats/node`.
 *
 * @packageDocumentation
 */

export { GROUP_DIMENSIONS, normalizeSpec } from "./spec.js";
export type { GroupDimension, StatsOptions, StatsSpec } from "./spec.js";

export { StatsAggregator, createAggregator } from "./aggregator.js";
export type { AggregatorOptions, DueDateDeriver, StatsDossierInput } from "./aggregator.js";
/** The one columnar dossier type, from `@hcc/core` (re-exported where it has always been). */
export type { DossierColumns } from "@hcc/core";

export { mergeStates, parseStatsState, safeParseStatsState } from "./state.js";
export type { EntityCounts, ExcludedCounts, GroupCounts, StatsGroup, StatsState } from "./state.js";

export { BIEU06_COLUMNS, bieu06, checkBieu06Row } from "./bieu06.js";
export type { Bieu06Row } from "./bieu06.js";
export { toCentreVariant } from "./centre-variant.js";
export type { CentreVariantOptions } from "./centre-variant.js";

export { percentages } from "./shares.js";
export type { RoundingMethod, ShareOptions } from "./shares.js";

export { SEED_STYLE, summarize } from "./summary.js";
export type { StatsSummary, SummaryOptions } from "./summary.js";

export { decision766, thresholdPoints } from "./indicators.js";
export type { Indicator } from "./indicators.js";

export { parsePortalDossier, portalDossierSchema, safeParsePortalDossier } from "./portal-766/dossier.js";
export type { PortalDossier, PortalDossierInput } from "./portal-766/dossier.js";
export { portalDossierFromLegacy, safePortalDossierFromLegacy } from "./portal-766/from-legacy.js";
export { portalCatalogue } from "./portal-766/catalogue.js";
export type { PortalCatalogue, PortalProcedure } from "./portal-766/catalogue.js";
export { portal766 } from "./portal-766/profile.js";
export type { Portal766Options, Portal766Report, PortalSkip } from "./portal-766/profile.js";
export type { PortalIndicator, PortalIndicatorId } from "./portal-766/indicator.js";
export { readPortalDossiers } from "./portal-766/read.js";
export type { PortalReadResult, ReadPortalOptions } from "./portal-766/read.js";
export { renderPortalHtml, renderPortalText } from "./portal-766/render.js";

export { topLate } from "./top-late.js";
export type { LateEntry } from "./top-late.js";

export { buildReport } from "./report.js";
export type { ReportOptions, StatsReport } from "./report.js";

export { renderJson } from "./render-json.js";
export { renderCsv } from "./render-csv.js";
export type { RenderOptions } from "./render-csv.js";
export { renderText } from "./render-text.js";
export { displayWidth } from "./_internal/text-table.js";
export { renderHtml } from "./render-html.js";
export type { HtmlRenderOptions, TextRenderOptions } from "./render-options.js";

export { entityName, rowName } from "./names.js";
export type { ReportNames, UnitName } from "./names.js";

export { HALF_UP_STYLE, indicatorPercent } from "./rounding.js";

export { formatPeriod, formatReportDate } from "./period-text.js";

export { INPUT_COLUMNS } from "./input-columns.js";
export type { InputColumn } from "./input-columns.js";

export { ingest, ingestDossiers } from "./ingest.js";
export type { BadRow, IngestOptions, IngestResult, IngestSource, InputFormat, ReadableStreamLike } from "./ingest.js";

export { receiptRange } from "./receipt-range.js";
export type { ReceiptRange, ReceiptRangeOptions } from "./receipt-range.js";

export { dueDateFromProcedures } from "./due-date.js";
