/**
 * `@hcc/sql` — the Biểu 06/VPCP/KSTT report and the official working-day calendar inside your
 * database: the calendar as a table (SQL for DuckDB / PostgreSQL / ANSI, CSV; Parquet on
 * `@hcc/sql/node`), and the report as one SQL statement with exactly `@hcc/stats`' rules, proven
 * equal to the JavaScript aggregator by property tests on DuckDB and PostgreSQL.
 *
 * @packageDocumentation
 */

export { SQL_DIALECTS, parseDialect } from "./dialect.js";
export type { SqlDialect } from "./dialect.js";

export { MAX_CALENDAR_DAYS, calendarRows } from "./calendar-rows.js";
export type { CalendarRow, CalendarRowsOptions } from "./calendar-rows.js";

export { CALENDAR_COLUMNS, calendarCsv, calendarSql } from "./calendar-sql.js";
export type { CalendarSqlOptions } from "./calendar-sql.js";

export { DOSSIER_TABLE_COLUMNS, bieu06Sql } from "./bieu06-sql.js";
export type { Bieu06SqlOptions, DossierTableColumn } from "./bieu06-sql.js";
