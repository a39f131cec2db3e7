// How the DuckDB file engine reads a dossier file's columns: the same column names as @hcc/stats'
// ingestion (English contract or the national portal's names, case-insensitive) and the same
// leniency — dates as ISO 8601 (Vietnam time without an offset) or yyyyMMdd[HH[mm[ss]]], channels
// and statuses as words or codes, flags as true/false, 1/0, yes/no, có/không.
import { HccError } from "@hcc/core";
import { ident, str } from "../_internal/sql-text.js";

/** Canonical column → accepted names (as in @hcc/stats' ingestion; docs/stats.md). */
export const FILE_COLUMN_ALIASES = {
  code: ["code", "MaHoSo"],
  procedureCode: ["procedureCode", "MaTTHC"],
  agencyCode: ["agencyCode", "MaCoQuan", "MaDonVi"],
  fieldCode: ["fieldCode", "MaLinhVuc"],
  level: ["level", "CapThucHien"],
  channel: ["channel", "KenhThucHien"],
  status: ["status", "TrangThaiHoSo"],
  receivedAt: ["receivedAt", "NgayTiepNhan"],
  dueAt: ["dueAt", "NgayHenTra"],
  endedAt: ["endedAt", "NgayKetThucXuLy"],
  supplementRequests: ["supplementRequests", "SoLanBoSung"],
  pauses: ["pauses"],
  hasFees: ["hasFees", "CoPhiLePhi"],
  paidOnline: ["paidOnline", "ThanhToanTrucTuyen"],
  digitised: ["digitised", "digitized", "DaSoHoa"],
  electronicResult: ["electronicResult", "KetQuaDienTu"],
} as const;

export type FileColumn = keyof typeof FILE_COLUMN_ALIASES;

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

const ISO = "[0-9]{4}-[0-9]{2}-[0-9]{2}([T ][0-9]{2}:[0-9]{2}(:[0-9]{2}([.,][0-9]{1,9})?)?([Zz]|[+-][0-9]{2}(:?[0-9]{2})?)?)?";

/** Trimmed text of a column (NULL stays NULL). */
export const textOf = (column: DescribedColumn): string => `trim(CAST(${ident(column.name)} AS VARCHAR))`;

/**
 * A `timestamptz` expression of a date column (NULL when empty or unreadable), by the column's
 * DuckDB type. Plain TIMESTAMP and DATE values are Vietnam wall-clock time, like text without an
 * offset. Needs the session time zone UTC (set by the engine).
 */
export function instantOf(column: DescribedColumn): string {
  const c = ident(column.name);
  const type = column.type.toUpperCase();
  if (type === "TIMESTAMP WITH TIME ZONE") return c;
  if (type.startsWith("TIMESTAMP") || type === "DATE") return `CAST(CAST(${c} AS TIMESTAMP) - INTERVAL 7 HOUR AS TIMESTAMPTZ)`;
  const t = textOf(column);
  return `CASE WHEN ${t} IS NULL OR ${t} = '' THEN NULL
      WHEN regexp_full_match(${t}, '[0-9]{8}([0-9]{2}){0,3}') THEN CAST(try_strptime(rpad(${t}, 14, '0'), '%Y%m%d%H%M%S') - INTERVAL 7 HOUR AS TIMESTAMPTZ)
      WHEN NOT regexp_full_match(${t}, ${str(ISO)}) THEN NULL
      WHEN length(${t}) > 10 AND regexp_matches(${t}, '([Zz]|[+-][0-9]{2}(:?[0-9]{2})?)$') THEN TRY_CAST(replace(replace(${t}, ',', '.'), 'z', 'Z') AS TIMESTAMPTZ)
      ELSE CAST(TRY_CAST(replace(${t}, ',', '.') AS TIMESTAMP) - INTERVAL 7 HOUR AS TIMESTAMPTZ) END`;
}

/** TRUE when the column's value is absent (NULL or blank). */
export function emptyOf(column: DescribedColumn): string {
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
