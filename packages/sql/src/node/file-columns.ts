// How the DuckDB file engine reads a dossier file's columns: the same column names as @hcc/stats'
// ingestion (English contract or the national portal's names, case-insensitive) and the same
// leniency — dates as ISO 8601 (Vietnam time without an offset) or yyyyMMdd[HH[mm[ss]]], channels
// and statuses as words or codes, flags as true/false, 1/0, yes/no, có/không.
import { HccError, VIETNAM_UTC_OFFSET_MS } from "@hcc/core";
import { INPUT_COLUMNS, type InputColumn } from "@hcc/stats";
import { ident, str } from "../_internal/sql-text.js";

/** Canonical column → accepted names: exactly @hcc/stats' ingestion contract (docs/stats.md). */
export const FILE_COLUMN_ALIASES = INPUT_COLUMNS;

export type FileColumn = InputColumn;

/** The columns a file must have (as for the JavaScript engine). */
export const REQUIRED_FILE_COLUMNS: readonly FileColumn[] = ["procedureCode", "status", "receivedAt"];

/** A column of the file as DuckDB describes it. */
export interface DescribedColumn {
  readonly name: string;
  readonly type: string;
}

/** Maps the file's columns to canonical ones; throws `parse_error` for a missing required column, a duplicate or an unsupported one. */
export function mapColumns(file: string, described: readonly DescribedColumn[]): Map<FileColumn, DescribedColumn> {
  const byAlias = new Map<string, FileColumn>();
  for (const [canonical, aliases] of Object.entries(FILE_COLUMN_ALIASES)) for (const alias of aliases) byAlias.set(alias.toLowerCase(), canonical as FileColumn);
  const map = new Map<FileColumn, DescribedColumn>();
  for (const column of described) {
    const canonical = byAlias.get(column.name.trim().toLowerCase());
    if (canonical === undefined) continue;
    if (map.has(canonical)) throw new HccError("parse_error", `${file}: two columns for ${canonical}: ${map.get(canonical)?.name} and ${column.name}`, { value: column.name });
    map.set(canonical, column);
  }
  for (const required of REQUIRED_FILE_COLUMNS) {
    if (!map.has(required)) throw new HccError("parse_error", `${file}: missing required column ${required}`, { value: described.map((c) => c.name) });
  }
  if (map.has("pauses")) {
    throw new HccError("not_applicable", `${file}: the DuckDB engine does not read the pauses column (processing times exclude pauses); use the default engine`, { value: "pauses" });
  }
  return map;
}

/** Whether DuckDB read the column as an instant or a date (no text to parse). */
export const isTemporal = (column: DescribedColumn): boolean => ["TIMESTAMP WITH TIME ZONE", "DATE"].includes(column.type.toUpperCase()) || column.type.toUpperCase().startsWith("TIMESTAMP");

/** The trimmed text of a column, computed once by the engine's inner projection. */
export const textOf = (column: DescribedColumn): string => ident(`hcc_t_${column.name}`);

/** The inner projection item computing {@link textOf}. */
export const trimmedOf = (column: DescribedColumn): string => `trim(CAST(${ident(column.name)} AS VARCHAR)) AS ${textOf(column)}`;

/**
 * A `timestamptz` expression of a date column (NULL when empty or unreadable), by the column's
 * DuckDB type. Plain TIMESTAMP and DATE values are Vietnam wall-clock time, like text without an
 * offset. Text is told apart by cheap shape checks (no regular expression: this runs for every
 * row), then cast by DuckDB: `yyyyMMdd[HH[mm[ss]]]` digits; `YYYY-MM-DD`; `YYYY-MM-DD[T ]HH:mm…`
 * with an offset (`Z`, `±HH[:mm]`) or without (Vietnam time: `+07:00` is appended).
 */
export function instantOf(column: DescribedColumn): string {
  const c = ident(column.name);
  const type = column.type.toUpperCase();
  if (type === "TIMESTAMP WITH TIME ZONE") return c;
  // Vietnam wall-clock time to the instant in integer microseconds (interval arithmetic on the
  // value costs a third of the whole read of a date column)
  const offsetUs = VIETNAM_UTC_OFFSET_MS * 1000;
  if (type === "DATE") return `make_timestamptz(CAST(${c} - DATE '1970-01-01' AS BIGINT) * 86400000000 - ${offsetUs})`;
  if (type === "TIMESTAMP") return `make_timestamptz(epoch_us(${c}) - ${offsetUs})`;
  if (type.startsWith("TIMESTAMP")) return `CAST(CAST(${c} AS TIMESTAMP) - INTERVAL 7 HOUR AS TIMESTAMPTZ)`;
  const t = textOf(column);
  const offset = `(contains(substr(${t}, 12), '+') OR contains(substr(${t}, 12), '-') OR suffix(${t}, 'Z') OR suffix(${t}, 'z'))`;
  // DuckDB wants seconds before an offset: "…T08:00" → "…T08:00:00"
  const seconds = `CASE WHEN length(${t}) = 16 THEN ${t} || ':00' WHEN substr(${t}, 17, 1) IN ('+', '-', 'Z', 'z') THEN substr(${t}, 1, 16) || ':00' || substr(${t}, 17) ELSE ${t} END`;
  // (LIKE and casts are cheap; a regular expression here would triple the engine's time)
  return `CASE WHEN ${t} IS NULL OR ${t} = '' THEN NULL
      WHEN length(${t}) IN (8, 10, 12, 14) AND NOT contains(${t}, '-') THEN try_strptime(rpad(${t}, 14, '0') || '+0700', '%Y%m%d%H%M%S%z')
      WHEN NOT (${t} LIKE '____-__-__' OR ${t} LIKE '____-__-__T__:__%' OR ${t} LIKE '____-__-__ __:__%') THEN NULL
      WHEN length(${t}) = 10 THEN TRY_CAST(${t} || ' 00:00:00+07:00' AS TIMESTAMPTZ)
      WHEN length(${t}) = 19 AND NOT ${offset} THEN TRY_CAST(${t} || '+07:00' AS TIMESTAMPTZ)
      WHEN length(${t}) = 25 AND substr(${t}, 20, 1) IN ('+', '-') THEN TRY_CAST(${t} AS TIMESTAMPTZ)
      ELSE TRY_CAST(replace(replace(${seconds}, ',', '.'), 'z', 'Z') || CASE WHEN ${offset} THEN '' ELSE '+07:00' END AS TIMESTAMPTZ) END`;
}

/** TRUE when the column's value is absent (NULL or blank). */
export function emptyOf(column: DescribedColumn): string {
  if (isTemporal(column)) return `(${ident(column.name)} IS NULL)`;
  return `(${textOf(column)} IS NULL OR ${textOf(column)} = '')`;
}

/** A non-negative integer count (NULL when unreadable, 0 when empty). */
export function countOf(column: DescribedColumn): string {
  const t = textOf(column);
  const d = `TRY_CAST(${t} AS DOUBLE)`;
  return `CASE WHEN ${t} IS NULL OR ${t} = '' THEN 0 WHEN ${d} >= 0 AND ${d} = floor(${d}) THEN CAST(${d} AS BIGINT) ELSE NULL END`;
}

/** A service flag: 1, 0, -1 unknown, NULL unreadable. */
export function flagOf(column: DescribedColumn | undefined): string {
  if (column === undefined) return "-1";
  const t = `lower(${textOf(column)})`;
  return `CASE WHEN ${textOf(column)} IS NULL OR ${textOf(column)} = '' THEN -1 WHEN ${t} IN ('1', 'true', 'yes', 'co', 'có') THEN 1 WHEN ${t} IN ('0', 'false', 'no', 'khong', 'không') THEN 0 ELSE NULL END`;
}
