import { HccError } from "@hcc/core";
import { calendarSql } from "../calendar-sql.js";
import type { CalendarRowsOptions } from "../calendar-rows.js";
import { loadDuckDb } from "./duckdb-module.js";
import { str } from "../_internal/sql-text.js";

/**
 * Writes the calendar table (see `calendarRows`) as a Parquet file, through DuckDB
 * (`@duckdb/node-api`, an optional peer dependency loaded only here). The columns are typed:
 * `date` DATE, `working` BOOLEAN, `kind` and `name` VARCHAR, `working_day_index` INTEGER.
 *
 * @param path - the file to write (replaced if it exists)
 * @param options - the range, the calendar and the name language
 * @returns the number of rows written
 * @throws {HccError} `not_applicable` when `@duckdb/node-api` is not installed;
 *   `invalid_input` for bad options; `parse_error` when the file cannot be written
 * @example
 * ```ts
 * import { writeCalendarParquet } from "@hcc/sql/node";
 * await writeCalendarParquet("hcc_calendar.parquet", { from: "2015-01-01", to: "2030-12-31" });
 * ```
 *
 * @category DuckDB
 */
export async function writeCalendarParquet(path: string, options: CalendarRowsOptions = {}): Promise<number> {
  if (typeof path !== "string" || path === "") throw new HccError("invalid_input", `writeCalendarParquet: expected a file path, got ${JSON.stringify(path)}`, { value: path });
  const script = calendarSql({ ...options, dialect: "duckdb", table: "hcc_calendar" });
  const duckdb = await loadDuckDb();
  const instance = await duckdb.DuckDBInstance.create(":memory:");
  const connection = await instance.connect();
  try {
    await connection.run(script);
    try {
      await connection.run(`COPY hcc_calendar TO ${str(path)} (FORMAT parquet)`);
    } catch (error) {
      throw new HccError("parse_error", `Cannot write ${path}: ${error instanceof Error ? (error.message.split("\n")[0] ?? "") : String(error)}`, { value: path, cause: error });
    }
    const reader = await connection.runAndReadAll("SELECT COUNT(*) AS n FROM hcc_calendar");
    return Number(reader.getRowObjectsJS()[0]?.["n"]);
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}
