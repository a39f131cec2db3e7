import { HccError } from "@hcc/core";
import { calendarRows, type CalendarRow, type CalendarRowsOptions } from "./calendar-rows.js";
import { parseDialect, type SqlDialect } from "./dialect.js";
import { bool, date, ident, str, tableName } from "./_internal/sql-text.js";

/**
 * Options of {@link calendarSql}.
 *
 * @example
 * ```ts
 * import type { CalendarSqlOptions } from "@hcc/sql";
 * const options: CalendarSqlOptions = { dialect: "postgres", table: "hcc_calendar", from: "2015-01-01", to: "2030-12-31" };
 * ```
 *
 * @category Calendar tables
 */
export interface CalendarSqlOptions extends CalendarRowsOptions {
  /** The SQL dialect. */
  readonly dialect: SqlDialect;
  /** Table name (`schema.table` allowed). @defaultValue `"hcc_calendar"` */
  readonly table?: string;
}

/**
 * The calendar table's columns, in order.
 *
 * @example
 * ```ts
 * import { CALENDAR_COLUMNS } from "@hcc/sql";
 * CALENDAR_COLUMNS; //=> ["date", "working", "kind", "name", "working_day_index"]
 * ```
 *
 * @category Calendar tables
 */
export const CALENDAR_COLUMNS = Object.freeze(["date", "working", "kind", "name", "working_day_index"] as const);

const ROWS_PER_INSERT = 1000;

/**
 * The calendar table as a SQL script: `CREATE TABLE` (primary key on `date`), `INSERT` statements of
 * at most 1,000 rows, and an index on `working_day_index` for the due-date join. Run it with
 * `psql -f`, `duckdb < file` or any client that executes several statements.
 *
 * @param options - the dialect, the table name, the range and the calendar
 * @returns the script, ending with a newline
 * @throws {HccError} `invalid_input` for an unknown dialect, a bad table name or bad options
 * @example
 * ```ts
 * import { calendarSql } from "@hcc/sql";
 * calendarSql({ dialect: "postgres", from: "2025-01-01", to: "2025-01-01" }).split("\n")[0];
 * //=> 'CREATE TABLE "hcc_calendar" ('
 * ```
 *
 * @category Calendar tables
 */
export function calendarSql(options: CalendarSqlOptions): string {
  if (typeof options !== "object" || options === null) throw new HccError("invalid_input", `calendarSql: expected options, got ${String(options)}`, { value: options });
  const dialect = parseDialect(options.dialect);
  const table = tableName(options.table ?? "hcc_calendar");
  const rows = calendarRows(options);
  const text = dialect === "ansi" ? "VARCHAR(200)" : "VARCHAR";
  const lines = [
    `CREATE TABLE ${table} (`,
    `  ${ident("date")} DATE NOT NULL PRIMARY KEY,`,
    `  ${ident("working")} BOOLEAN NOT NULL,`,
    `  ${ident("kind")} ${dialect === "ansi" ? "VARCHAR(16)" : "VARCHAR"} NOT NULL,`,
    `  ${ident("name")} ${text} NOT NULL,`,
    `  ${ident("working_day_index")} INTEGER NOT NULL`,
    ");",
  ];
  const columns = CALENDAR_COLUMNS.map(ident).join(", ");
  for (let i = 0; i < rows.length; i += ROWS_PER_INSERT) {
    const chunk = rows.slice(i, i + ROWS_PER_INSERT);
    lines.push(`INSERT INTO ${table} (${columns}) VALUES`);
    lines.push(chunk.map((r) => `  (${date(r.date)}, ${bool(r.working)}, ${str(r.kind)}, ${str(r.name)}, ${r.working_day_index})`).join(",\n") + ";");
  }
  const indexName = ident(`${(options.table ?? "hcc_calendar").split(".").pop() as string}_working_day_index`);
  lines.push(`CREATE INDEX ${indexName} ON ${table} (${ident("working_day_index")});`);
  return `${lines.join("\n")}\n`;
}

const csvField = (value: string): string => (/[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);

/**
 * The calendar table as CSV (RFC 4180, header line, `true`/`false` for `working`), ready for
 * PostgreSQL's `\copy ... csv header`, DuckDB's `read_csv` or a warehouse loader.
 *
 * @param options - the range, the calendar and the name language
 * @returns the CSV text, ending with a newline
 * @throws {HccError} `invalid_input` for bad options
 * @example
 * ```ts
 * import { calendarCsv } from "@hcc/sql";
 * calendarCsv({ from: "2025-01-01", to: "2025-01-01", lang: "en" }).split("\n")[1];
 * //=> "2025-01-01,false,holiday,New Year's Day,0"
 * ```
 *
 * @category Calendar tables
 */
export function calendarCsv(options: CalendarRowsOptions = {}): string {
  return csvOfRows(calendarRows(options));
}

/** CSV of calendar rows. */
export function csvOfRows(rows: readonly CalendarRow[]): string {
  const out = [CALENDAR_COLUMNS.join(",")];
  for (const r of rows) out.push(`${r.date},${r.working},${r.kind},${csvField(r.name)},${r.working_day_index}`);
  return `${out.join("\n")}\n`;
}
