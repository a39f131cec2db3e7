import { FIELD_ALIASES } from "./_internal/fields.js";

/**
 * A column of the ingestion contract of {@link ingest} (CSV headers, NDJSON / JSON keys), by its
 * canonical English name.
 *
 * @example
 * ```ts
 * import { type InputColumn } from "@hcc/stats";
 * const column: InputColumn = "receivedAt";
 * ```
 *
 * @category Input
 */
export type InputColumn =
  | "code"
  | "procedureCode"
  | "agencyCode"
  | "fieldCode"
  | "level"
  | "channel"
  | "status"
  | "receivedAt"
  | "dueAt"
  | "endedAt"
  | "supplementRequests"
  | "pauses"
  | "hasFees"
  | "paidOnline"
  | "digitised"
  | "electronicResult";

/**
 * The columns {@link ingest} reads, each with the names it accepts (case-insensitive): the English
 * contract name first, then the national portal's (`MaHoSo`, `NgayTiepNhan`, …). Other engines
 * that read the same files (`@hcc/sql`'s DuckDB engine) take their column names from here.
 *
 * @example
 * ```ts
 * import { INPUT_COLUMNS } from "@hcc/stats";
 * INPUT_COLUMNS.receivedAt; //=> ["receivedAt", "NgayTiepNhan"]
 * ```
 *
 * @category Input
 */
export const INPUT_COLUMNS: Readonly<Record<InputColumn, readonly string[]>> = FIELD_ALIASES;
