import { HccError } from "@hcc/core";

/**
 * The part of `@duckdb/node-api` that `@hcc/sql/node` uses.
 *
 * @example
 * ```ts
 * import { loadDuckDb, type DuckDbModule } from "@hcc/sql/node";
 * const duckdb: DuckDbModule = await loadDuckDb();
 * typeof duckdb.DuckDBInstance.create; //=> "function"
 * ```
 *
 * @category DuckDB
 */
export type DuckDbModule = typeof import("@duckdb/node-api");

/**
 * How to install the optional DuckDB dependency.
 *
 * @example
 * ```ts
 * import { DUCKDB_INSTALL_HINT } from "@hcc/sql/node";
 * DUCKDB_INSTALL_HINT; //=> "npm install @duckdb/node-api"
 * ```
 *
 * @category DuckDB
 */
export const DUCKDB_INSTALL_HINT = "npm install @duckdb/node-api";

/**
 * Loads `@duckdb/node-api` (an optional peer dependency) on first use.
 *
 * @param specifier - the module to load (tests pass a missing one)
 * @returns the module
 * @throws {HccError} `not_applicable` saying how to install it when it is missing
 * @example
 * ```ts
 * import { loadDuckDb } from "@hcc/sql/node";
 * const { DuckDBInstance } = await loadDuckDb();
 * const connection = await (await DuckDBInstance.create(":memory:")).connect();
 * (await connection.runAndReadAll("select 42 as answer")).getRowObjects(); //=> [{ answer: 42 }]
 * ```
 *
 * @category DuckDB
 */
export async function loadDuckDb(specifier = "@duckdb/node-api"): Promise<DuckDbModule> {
  try {
    return (await import(/* @vite-ignore */ specifier)) as DuckDbModule;
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === "ERR_MODULE_NOT_FOUND" || code === "MODULE_NOT_FOUND" || /Cannot find (module|package)/.test(String(error))) {
      throw new HccError("not_applicable", `DuckDB is not installed: the DuckDB engine needs the optional package @duckdb/node-api (${DUCKDB_INSTALL_HINT})`, {
        value: specifier,
        cause: error,
      });
    }
    throw new HccError("not_applicable", `DuckDB could not be loaded (${specifier}): ${error instanceof Error ? error.message.split("\n")[0] : String(error)}`, {
      value: specifier,
      cause: error,
    });
  }
}
