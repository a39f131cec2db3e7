/**
 * `@hcc/sql/node` — the parts of `@hcc/sql` that run DuckDB (`@duckdb/node-api`, an optional peer
 * dependency, loaded on first use): the calendar table as Parquet, and the Biểu 06 report of a
 * CSV / Parquet / NDJSON file computed inside DuckDB (`hcc report --engine duckdb`).
 *
 * @packageDocumentation
 */

export { DUCKDB_INSTALL_HINT, loadDuckDb } from "./duckdb-module.js";
export type { DuckDbModule } from "./duckdb-module.js";

export { writeCalendarParquet } from "./calendar-parquet.js";

export { reportFileWithDuckDb } from "./file-report.js";
export type { DuckDbFileFormat, DuckDbReportOptions } from "./file-report.js";
