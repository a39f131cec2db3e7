import { HccError, dayNumberToLocalDate, localDateToDayNumber, parseLocalDate, type DateInput, type LocalDate } from "@hcc/core";
import { parseStatsState, type BadRow, type GroupDimension, type IngestResult, type StatsState } from "@hcc/stats";
import type { VerdictComparator } from "@hcc/sla";
import * as z from "zod";
import { readBieu06Options } from "../bieu06-sql.js";
import { dimensionExpr, pipeline, type SourceColumns } from "../_internal/report-query.js";
import type { StatsSpecLike } from "../_internal/spec-like.js";
import { ident, str } from "../_internal/sql-text.js";
import { loadDuckDb } from "./duckdb-module.js";
import { CELL_SQL, SECONDS_SQL, foldCell, zeroCounts } from "./file-cells.js";
import { countOf, emptyOf, flagOf, instantOf, isTemporal, mapColumns, trimmedOf, type DescribedColumn, type FileColumn } from "./file-columns.js";

/**
 * Input formats of the DuckDB engine; `auto` goes by the file name (`.parquet`, `.ndjson`,
 * `.jsonl`, `.json`, else CSV).
 *
 * @example
 * ```ts
 * import type { DuckDbFileFormat } from "@hcc/sql/node";
 * const format: DuckDbFileFormat = "parquet";
 * ```
 *
 * @category DuckDB
 */
export type DuckDbFileFormat = "auto" | "csv" | "ndjson" | "json" | "parquet";

/**
 * Options of {@link reportFileWithDuckDb}: those of `@hcc/stats`' `ingest` (period, as-of,
 * grouping, rule), the format and the CSV delimiter. Without `from` / `to` the period is the
 * first and last receipt dates of the file, as in `hcc report`.
 *
 * @example
 * ```ts
 * import type { DuckDbReportOptions } from "@hcc/sql/node";
 * const options: DuckDbReportOptions = { from: "2024-01-01", to: "2024-06-30", groupBy: ["agency"] };
 * ```
 *
 * @category DuckDB
 */
export interface DuckDbReportOptions {
  /** First day of the period. @defaultValue the first receipt date in the file */
  readonly from?: DateInput;
  /** Last day of the period. @defaultValue the last receipt date in the file */
  readonly to?: DateInput;
  /** The date in-progress dossiers are judged at. @defaultValue `to` */
  readonly asOf?: DateInput;
  /** Group dimensions. @defaultValue `[]` */
  readonly groupBy?: readonly GroupDimension[];
  /** How the end is compared with the due date. @defaultValue `"date"` */
  readonly comparator?: VerdictComparator;
  /** More than one supplement request makes a dossier late / overdue. @defaultValue `true` */
  readonly lateIfMultipleSupplements?: boolean;
  /** Input format. @defaultValue `"auto"` */
  readonly format?: DuckDbFileFormat;
  /** CSV delimiter. @defaultValue `","` */
  readonly delimiter?: string;
  /** How many bad rows to list. @defaultValue `20` */
  readonly maxReported?: number;
}

const optionsSchema = z.object({
  format: z.enum(["auto", "csv", "ndjson", "json", "parquet"]).optional(),
  delimiter: z.string().length(1).optional(),
  maxReported: z.number().int().nonnegative().optional(),
});

/** The SQL table function reading a file. */
function reader(path: string, format: DuckDbFileFormat, delimiter: string | undefined, head = false): string {
  const f =
    format !== "auto" ? format : /\.(parquet|pq)$/i.test(path) ? "parquet" : /\.(ndjson|jsonl)$/i.test(path) ? "ndjson" : /\.json$/i.test(path) ? "json" : "csv";
  if (f === "parquet") return `read_parquet(${str(path)})`;
  if (f === "ndjson") return `read_json(${str(path)}, format = 'newline_delimited')`;
  if (f === "json") return `read_json(${str(path)}, format = 'auto')`;
  // RFC 4180 like @hcc/stats' reader: the header line, "," unless told, '"' quotes doubled
  // the head of a file (its columns and a sample) is read with buffers of the longest line
  // DuckDB accepts by default, not the default 16 of them: a third of the time
  return `read_csv(${str(path)}, header = true, all_varchar = true, delim = ${str(delimiter ?? ",")}, quote = '"', escape = '"'${head ? ", buffer_size = 2097152" : ""})`;
}

const firstLine = (error: unknown): string => (error instanceof Error ? (error.message.split("\n")[0] ?? "") : String(error));

type Connection = Awaited<ReturnType<Awaited<ReturnType<Awaited<ReturnType<typeof loadDuckDb>>["DuckDBInstance"]["create"]>>["connect"]>>;

async function rowsOf(connection: Connection, sql: string, path: string): Promise<Record<string, unknown>[]> {
  return (await readerOf(connection, sql, path)).getRowObjectsJS() as Record<string, unknown>[];
}

async function readerOf(connection: Connection, sql: string, path: string): Promise<Awaited<ReturnType<Connection["runAndReadAll"]>>> {
  try {
    return await connection.runAndReadAll(sql);
  } catch (error) {
    throw new HccError("parse_error", `Cannot read ${path}: ${firstLine(error)}`, { value: path, cause: error });
  }
}

/** The source subquery: parsed instants and counts next to the raw columns, and the read checks. */
function source(path: string, from: string, map: Map<FileColumn, DescribedColumn>, lines: boolean): { from: string; columns: SourceColumns } {
  const items: string[] = ["*"];
  const ok: string[] = [];
  const extra: Record<string, string> = {};
  const date = (name: "receivedAt" | "dueAt" | "endedAt"): string | undefined => {
    const column = map.get(name);
    extra[`hcc_ok_${name}`] = "TRUE";
    if (column === undefined) return undefined;
    items.push(`${instantOf(column)} AS ${ident(`hcc_p_${name}`)}`, `${emptyOf(column)} AS ${ident(`hcc_e_${name}`)}`);
    const check = `(t.${ident(`hcc_e_${name}`)} OR t.${ident(`hcc_p_${name}`)} IS NOT NULL)`;
    ok.push(check);
    extra[`hcc_ok_${name}`] = check;
    return `t.${ident(`hcc_p_${name}`)}`;
  };
  const raw = (name: FileColumn): string | undefined => {
    const column = map.get(name);
    return column === undefined ? undefined : `t.${ident(column.name)}`;
  };
  const receivedAt = date("receivedAt") as string;
  const dueAt = date("dueAt");
  const endedAt = date("endedAt");
  const supplements = map.get("supplementRequests");
  extra["hcc_ok_supplementRequests"] = "TRUE";
  if (supplements !== undefined) {
    items.push(`${countOf(supplements)} AS hcc_p_supplements`);
    ok.push("t.hcc_p_supplements IS NOT NULL");
    extra["hcc_ok_supplementRequests"] = "t.hcc_p_supplements IS NOT NULL";
  }
  for (const [name, alias] of [["hasFees", "fees"], ["paidOnline", "paid"], ["digitised", "digitised"], ["electronicResult", "eresult"]] as const) {
    items.push(`${flagOf(map.get(name))} AS hcc_f_${alias}`);
    ok.push(`t.hcc_f_${alias} IS NOT NULL`);
    extra[`hcc_f_${alias}`] = `t.hcc_f_${alias}`;
    extra[`hcc_ok_${name}`] = `t.hcc_f_${alias} IS NOT NULL`;
  }
  if (lines) items.push("row_number() OVER () AS hcc_line");
  extra["hcc_line"] = lines ? "t.hcc_line" : "0";
  // a dossier code was given: without an agencyCode, the agency is read from it (a bad one is the code's fault)
  const code = map.get("code");
  extra["hcc_has_code"] = code === undefined ? "FALSE" : `COALESCE(trim(CAST(t.${ident(code.name)} AS VARCHAR)), '') <> ''`;
  // the trimmed text of every column read as text, computed once
  const parsed: readonly FileColumn[] = ["receivedAt", "dueAt", "endedAt", "supplementRequests", "hasFees", "paidOnline", "digitised", "electronicResult"];
  const trimmed = parsed
    .map((name) => map.get(name))
    .filter((c): c is DescribedColumn => c !== undefined && !isTemporal(c))
    .map(trimmedOf);
  return {
    from: `(SELECT ${items.join(",\n    ")}\n  FROM (SELECT *${trimmed.map((x) => `, ${x}`).join("")} FROM ${from})) t`,
    columns: {
      code: raw("code"),
      procedureCode: raw("procedureCode") as string,
      agencyCode: raw("agencyCode"),
      fieldCode: raw("fieldCode"),
      level: raw("level"),
      status: raw("status") as string,
      channel: raw("channel"),
      receivedAt,
      dueAt,
      endedAt,
      supplementRequests: supplements === undefined ? undefined : "t.hcc_p_supplements",
      processingDays: undefined,
      readOk: ok.length === 0 ? "TRUE" : ok.join(" AND "),
      extra,
    },
  };
}

/** Why a row was rejected, field by field in the order @hcc/stats reads them. */
const REASON = `CASE
    WHEN hcc_status IS NULL THEN 'status: unknown status (expected 1–10 or a status key)'
    WHEN NOT hcc_ok_receivedAt THEN 'receivedAt: not a date (ISO 8601 or yyyyMMddHHmmss)'
    WHEN NOT hcc_ok_dueAt THEN 'dueAt: not a date (ISO 8601 or yyyyMMddHHmmss)'
    WHEN NOT hcc_ok_endedAt THEN 'endedAt: not a date (ISO 8601 or yyyyMMddHHmmss)'
    WHEN hcc_channel IS NULL THEN 'channel: unknown channel (expected direct|online|postal or 1|2|3)'
    WHEN NOT hcc_ok_supplementRequests THEN 'supplementRequests: expected a non-negative integer'
    WHEN hcc_procedure IS NULL THEN 'procedureCode: missing'
    WHEN hcc_agency IS NULL AND hcc_has_code THEN 'code: not a dossier code {agency}-{yyMMdd}-{sequence} (needed for the agency: the row has no agencyCode)'
    WHEN hcc_agency IS NULL THEN 'agencyCode: missing (and no dossier code to take it from)'
    WHEN hcc_level IS NULL THEN 'level: unknown level (expected ministry|province|district|commune or 0–3)'
    WHEN NOT (hcc_ok_hasFees AND hcc_ok_paidOnline AND hcc_ok_digitised AND hcc_ok_electronicResult) THEN 'flags: expected a boolean (true/false, 1/0)'
    WHEN hcc_received IS NULL THEN 'receivedAt: missing for a received dossier'
    WHEN hcc_status >= 7 AND hcc_ended IS NULL THEN 'endedAt: missing although the status ends processing'
    WHEN hcc_status < 7 AND hcc_ended IS NOT NULL THEN 'endedAt: given although the status does not end processing'
    ELSE 'endedAt: before receivedAt' END`;

/**
 * The report of a dossier file computed by DuckDB with its own readers (CSV, Parquet, NDJSON /
 * JSON) and the SQL of `bieu06Sql`, returned as `@hcc/stats`' `IngestResult`: the same
 * {@link StatsState} the JavaScript engine computes (proven by the tests), ready for
 * `buildReport` and the renderers. Loads `@duckdb/node-api` (an optional peer dependency).
 *
 * Differences from `ingest`: the `pauses` column and nested `flags` objects are not read (an
 * error says so), and bad rows are numbered by data row (line = row + 1 for CSV's header).
 *
 * @param path - the file
 * @param options - period, as-of date, grouping, rule, format and delimiter
 * @returns the state, the number of rows read and the bad rows
 * @throws {HccError} `not_applicable` when `@duckdb/node-api` is missing (with the install
 *   command) or the file has a column the engine does not read; `parse_error` naming the file when
 *   DuckDB cannot read it or a required column is missing; `invalid_input` for bad options
 * @example
 * ```ts no-run: reads a dossier file of your own
 * import { reportFileWithDuckDb } from "@hcc/sql/node";
 * import { buildReport, renderText } from "@hcc/stats";
 * const { state } = await reportFileWithDuckDb("dossiers.parquet", { from: "2024-01-01", to: "2024-06-30" });
 * console.log(renderText(buildReport(state)));
 * ```
 *
 * @category DuckDB
 */
export async function reportFileWithDuckDb(path: string, options: DuckDbReportOptions = {}): Promise<IngestResult> {
  if (typeof path !== "string" || path === "") throw new HccError("invalid_input", `reportFileWithDuckDb: expected a file path, got ${JSON.stringify(path)}`, { value: path });
  const parsed = optionsSchema.safeParse(options);
  if (!parsed.success) throw new HccError("invalid_input", `Invalid DuckDB report options: ${parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`, { value: options });
  const duckdb = await loadDuckDb();
  const instance = await duckdb.DuckDBInstance.create(":memory:");
  const connection = await instance.connect();
  try {
    await connection.run("SET TimeZone = 'UTC'");
    const textTable = reader(path, options.format ?? "auto", options.delimiter);
    const table = textTable;
    const csv = table.startsWith("read_csv(");
    // a CSV's columns (all text) and a sample of its rows in one read: each read_csv sniffs the file
    const head = csv ? await readerOf(connection, `SELECT * FROM ${reader(path, "csv", options.delimiter, true)} LIMIT 2000`, path) : undefined;
    const described: DescribedColumn[] =
      head === undefined
        ? (await rowsOf(connection, `DESCRIBE SELECT * FROM ${table}`, path)).map((r) => ({ name: String(r["column_name"]), type: String(r["column_type"]) }))
        : head.columnNames().map((name) => ({ name, type: "VARCHAR" }));
    if (described.some((c) => c.name.toLowerCase() === "flags")) {
      throw new HccError("not_applicable", `${path}: the DuckDB engine does not read nested flags objects; give hasFees, paidOnline, digitised, electronicResult as columns or use the default engine`, { value: path });
    }
    const textMap = mapColumns(path, described);
    const typed = head === undefined ? undefined : typedCsv(path, options.delimiter ?? ",", head.getRowObjectsJS() as Record<string, unknown>[], described, textMap);
    // DuckDB's typed CSV reader when a sample of the dates has one strict form; should a later
    // value not have it, the reader fails and the text path (which reads every form) runs instead
    for (const attempt of typed === undefined ? [undefined] : [typed, undefined]) {
    const table = attempt?.table ?? textTable;
    const map = attempt?.map ?? textMap;
    try {
    let from = options.from;
    let to = options.to;
    if (from === undefined || to === undefined) {
      const range = await receiptRangeOf(connection, path, table, map);
      if (range === undefined) throw new HccError("parse_error", `No receipt date found in ${path}; give the period`, { value: path });
      from ??= range.from;
      to ??= range.to;
    }
    const { spec } = readBieu06Options({
      dialect: "duckdb",
      table: "file",
      from,
      to,
      ...(options.asOf === undefined ? {} : { asOf: options.asOf }),
      ...(options.groupBy === undefined ? {} : { groupBy: options.groupBy }),
      ...(options.comparator === undefined ? {} : { comparator: options.comparator }),
      ...(options.lateIfMultipleSupplements === undefined ? {} : { lateIfMultipleSupplements: options.lateIfMultipleSupplements }),
    });
    const src = source(path, table, map, false);
    const withClause = pipeline({ dialect: "duckdb", source: src.from, columns: src.columns, spec, calendarTable: "hcc_calendar", allRows: true });
    const keys = spec.groupBy.map((d, i) => `${dimensionExpr(d)} AS k${i}`);
    const keyNames = spec.groupBy.map((_, i) => `k${i}`);
    // one row per (group, cell): the counted rows' cells, the other rows' class as a negative
    // cell; one per (procedure | agency, verdict of the dossier's own counted row, else 0): COUNT
    // and the summed seconds, folded below
    const classCells = ["invalid", "not_received", "out_of_period"];
    const sql = `${withClause},
hcc_keyed AS (
  SELECT ${[
    ...keys,
    `CASE hcc_class WHEN 'counted' THEN ${CELL_SQL} ${classCells.map((c, i) => `WHEN ${str(c)} THEN ${-1 - i}`).join(" ")} END AS e_cell`,
    "CASE WHEN hcc_one AND hcc_class = 'counted' THEN hcc_verdict ELSE 0 END AS e_tag",
    "hcc_procedure AS e_procedure",
    "hcc_agency AS e_agency",
    `CASE WHEN hcc_class = 'counted' AND hcc_verdict <= 3 THEN ${SECONDS_SQL} END AS e_seconds`,
  ].join(",\n    ")}
  FROM hcc_rows
)
SELECT GROUPING(e_cell) AS g_cell, GROUPING(e_procedure) AS g_procedure,
  ${[...keyNames, "e_cell", "e_tag", "e_procedure", "e_agency"].join(", ")},
  CAST(COUNT(*) AS BIGINT) AS n, CAST(SUM(e_seconds) AS BIGINT) AS seconds
FROM hcc_keyed
GROUP BY GROUPING SETS ((${[...keyNames, "e_cell"].join(", ")}), (e_procedure, e_tag), (e_agency, e_tag))`;
    const result = await rowsOf(connection, sql, path);
    const num = (v: unknown): number => Number(v ?? 0);
    const groups = new Map<string, { key: Partial<Record<GroupDimension, string>>; counts: ReturnType<typeof zeroCounts> }>();
    const entity = () => ({ handled: 0, late: 0, overdue: 0 });
    const procedures: Record<string, { handled: number; late: number; overdue: number }> = {};
    const agencies: Record<string, { handled: number; late: number; overdue: number }> = {};
    const classes: Record<string, number> = {};
    const addEntity = (to: Record<string, { handled: number; late: number; overdue: number }>, name: string, verdict: number, n: number): void => {
      // the dossier's own counted row (tag = its verdict): handled, late (3), overdue (5)
      if (verdict === 0) return;
      const e = (to[name] ??= entity());
      e.handled += n;
      if (verdict === 3) e.late += n;
      if (verdict === 5) e.overdue += n;
    };
    for (const r of result) {
      const n = num(r["n"]);
      if (num(r["g_cell"]) === 0) {
        const cell = num(r["e_cell"]);
        if (cell < 0) {
          const name = classCells[-1 - cell] as string;
          classes[name] = (classes[name] ?? 0) + n;
          continue;
        }
        const key = spec.groupBy.map((_, i) => String(r[`k${i}`]));
        const id = JSON.stringify(key);
        let group = groups.get(id);
        if (group === undefined) {
          group = { key: Object.fromEntries(spec.groupBy.map((d, i) => [d, key[i]])), counts: zeroCounts() };
          groups.set(id, group);
        }
        foldCell(group.counts, cell, n, num(r["seconds"]));
      } else if (num(r["g_procedure"]) === 0) {
        addEntity(procedures, String(r["e_procedure"]), num(r["e_tag"]), n);
        // every counted dossier has one own row with a procedure: the counted class
        if (num(r["e_tag"]) !== 0) classes["counted"] = (classes["counted"] ?? 0) + n;
      } else {
        addEntity(agencies, String(r["e_agency"]), num(r["e_tag"]), n);
      }
    }
    const invalid = classes["invalid"] ?? 0;
    const state: StatsState = parseStatsState({
      format: "hcc-stats/1",
      spec,
      groups: [...groups.values()].filter((g) => g.counts.inScopeDirect + g.counts.inScopeOnline + g.counts.inScopePostal > 0),
      procedures,
      agencies,
      excluded: { notReceived: classes["not_received"] ?? 0, outOfPeriod: classes["out_of_period"] ?? 0, invalid },
    });
    const rows = Object.values(classes).reduce((a, b) => a + b, 0);
    const max = options.maxReported ?? 20;
    let badRows: BadRow[] = [];
    if (invalid > 0 && max > 0) {
      const lined = source(path, table, map, true);
      const bad = await rowsOf(
        connection,
        `${pipeline({ dialect: "duckdb", source: lined.from, columns: lined.columns, spec, calendarTable: "hcc_calendar" })}
SELECT hcc_line, ${REASON} AS reason FROM hcc_classified WHERE hcc_class = 'invalid' ORDER BY hcc_line LIMIT ${max}`,
        path,
      );
      const header = /\.(parquet|pq|ndjson|jsonl|json)$/i.test(path) || (options.format !== undefined && options.format !== "auto" && options.format !== "csv") ? 0 : 1;
      badRows = bad.map((b) => {
        const reason = String(b["reason"]);
        const colon = reason.indexOf(": ");
        return Object.freeze({ line: num(b["hcc_line"]) + header, field: reason.slice(0, colon), reason: reason.slice(colon + 2), text: "" });
      });
    }
    return Object.freeze({ state, rows, badCount: invalid, badRows: Object.freeze(badRows) });
    } catch (error) {
      if (attempt === undefined || !/conver/i.test(String((error as { cause?: unknown }).cause ?? error))) throw error;
    }
    }
    throw new HccError("invariant_violation", `Cannot read ${path}`, { value: path });
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}

const STRICT_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/;
const STRICT_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A typed reader of a CSV whose date columns, in a sample of 2,000 rows, all have one strict form
 * (`2024-05-04T08:03:00+07:00`, or `2024-05-29`): DuckDB then parses them itself, much faster than
 * text. Every other column stays text. Undefined when no date column qualifies.
 */
function typedCsv(path: string, delimiter: string, sample: readonly Record<string, unknown>[], described: readonly DescribedColumn[], map: Map<FileColumn, DescribedColumn>) {
  const dates = (["receivedAt", "dueAt", "endedAt"] as const).map((name) => map.get(name)).filter((c): c is DescribedColumn => c !== undefined);
  const types = new Map<string, string>();
  for (const column of dates) {
    const values = sample.map((r) => r[column.name]).filter((v): v is string => typeof v === "string" && v !== "");
    if (values.length === 0) continue;
    if (values.every((v) => STRICT_INSTANT.test(v))) types.set(column.name, "TIMESTAMPTZ");
    else if (values.every((v) => STRICT_DATE.test(v))) types.set(column.name, "DATE");
  }
  if (types.size === 0) return undefined;
  const columns = described.map((c) => `${str(c.name)}: ${str(types.get(c.name) ?? "VARCHAR")}`).join(", ");
  const table = `read_csv(${str(path)}, header = true, auto_detect = false, delim = ${str(delimiter)}, quote = '"', escape = '"', columns = {${columns}}, timestampformat = '%Y-%m-%dT%H:%M:%S%z', dateformat = '%Y-%m-%d')`;
  const typedMap = new Map<FileColumn, DescribedColumn>();
  for (const [name, column] of map) {
    const type = types.get(column.name);
    typedMap.set(name, type === undefined ? column : { name: column.name, type: type === "DATE" ? "DATE" : "TIMESTAMP WITH TIME ZONE" });
  }
  return { table, map: typedMap };
}

/** First and last receipt dates of the rows the report would count in some period (none: undefined). */
async function receiptRangeOf(connection: Connection, path: string, table: string, map: Map<FileColumn, DescribedColumn>): Promise<{ from: LocalDate; to: LocalDate } | undefined> {
  const src = source(path, table, map, false);
  const spec: StatsSpecLike = { from: parseLocalDate("1000-01-01"), to: parseLocalDate("9998-12-31"), asOf: parseLocalDate("9998-12-31"), groupBy: [], comparator: "date", lateIfMultipleSupplements: true };
  const sql = `${pipeline({ dialect: "duckdb", source: src.from, columns: src.columns, spec, calendarTable: "hcc_calendar" })}
SELECT CAST(MIN(hcc_received_date) AS VARCHAR) AS first, CAST(MAX(hcc_received_date) AS VARCHAR) AS last FROM hcc_classified WHERE hcc_class = 'counted'`;
  const r = (await rowsOf(connection, sql, path))[0];
  if (r === undefined || r["first"] === null || r["first"] === undefined) return undefined;
  // canonical dates (YYYY-MM-DD), through @hcc/core
  return { from: dayNumberToLocalDate(localDateToDayNumber(String(r["first"]))), to: dayNumberToLocalDate(localDateToDayNumber(String(r["last"]))) };
}
