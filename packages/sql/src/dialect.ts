import { HccError } from "@hcc/core";

/**
 * The SQL dialects `@hcc/sql` writes:
 * - `duckdb` — DuckDB 1.1 or later (run by the tests, embedded);
 * - `postgres` — PostgreSQL 12 or later (run by the tests against a real server);
 * - `ansi` — SQL:2011 with `AT TIME ZONE INTERVAL '+07:00' HOUR TO MINUTE`, for warehouses; see
 *   the SQL guide's [warehouses](../../../docs/sql.md#4-warehouses) section for the one-line changes BigQuery, Spark SQL and Trino need (checked by
 *   golden-text tests only).
 *
 * @example
 * ```ts
 * import type { SqlDialect } from "@hcc/sql";
 * const dialect: SqlDialect = "postgres";
 * ```
 *
 * @category Dialects
 */
export type SqlDialect = "duckdb" | "postgres" | "ansi";

/**
 * Every dialect, in a stable order.
 *
 * @example
 * ```ts
 * import { SQL_DIALECTS } from "@hcc/sql";
 * SQL_DIALECTS.includes("duckdb"); //=> true
 * ```
 *
 * @category Dialects
 */
export const SQL_DIALECTS: readonly SqlDialect[] = Object.freeze(["duckdb", "postgres", "ansi"] as const);

/**
 * Checks a dialect name.
 *
 * @param value - the name
 * @returns the dialect
 * @throws {HccError} `invalid_input` naming the unknown dialect and the known ones
 * @example
 * ```ts
 * import { parseDialect } from "@hcc/sql";
 * parseDialect("duckdb"); //=> "duckdb"
 * ```
 *
 * @category Dialects
 */
export function parseDialect(value: unknown): SqlDialect {
  if (typeof value === "string" && (SQL_DIALECTS as readonly string[]).includes(value)) return value as SqlDialect;
  throw new HccError("invalid_input", `Unknown SQL dialect ${JSON.stringify(value)}; expected ${SQL_DIALECTS.join(", ")}`, { value });
}
