import { bieu06Sql, calendarSql } from "@hcc/sql";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { duckdb, postgres, postgresReady, type Engine } from "./_test/engines.js";
import { caseArbitrary, expectedRows, sortRows, tableScript, type TestCase } from "./_test/dossiers.js";

const RUNS = 24;
const MAX_DOSSIERS = 400;

async function sqlRows(engine: Engine, c: TestCase) {
  const sql = bieu06Sql({
    dialect: engine.name,
    table: "dossiers",
    from: c.from,
    to: c.to,
    asOf: c.asOf,
    groupBy: c.groupBy,
    comparator: c.comparator,
    columns: { supplementRequests: "supplementRequests", ...(c.derive ? { processingDays: "processingDays" } : {}) },
  });
  const rows = await engine.query(`${tableScript("dossiers", c)};\n${sql}`);
  // group labels are text (psql's CSV does not say so: "2024" would read as a number)
  return sortRows(rows.map((r) => ({ ...r, ...Object.fromEntries(c.groupBy.map((d) => [d, String(r[d])])) })), c.groupBy);
}

function equalityProperty(engine: () => Engine) {
  return async () => {
    let dossiers = 0;
    await fc.assert(
      fc.asyncProperty(caseArbitrary(MAX_DOSSIERS), async (c) => {
        dossiers += c.dossiers.length;
        expect(await sqlRows(engine(), c)).toEqual(expectedRows(c));
      }),
      { numRuns: RUNS, seed: Number(process.env["HCC_SEED"] ?? Date.now() % 1_000_000) },
    );
    // several thousand dossiers per run of the suite
    expect(dossiers).toBeGreaterThan(2000);
  };
}

const CALENDAR = { from: "2022-06-01", to: "2026-12-31" };

describe("bieu06Sql equals @hcc/stats' bieu06 on random dossiers", () => {
  describe("DuckDB", () => {
    let db: Engine;
    beforeAll(async () => {
      db = await duckdb();
      await db.query(calendarSql({ dialect: "duckdb", ...CALENDAR }));
    });
    afterAll(async () => db.close());
    it("row by row", equalityProperty(() => db));
  });

  const ready = postgresReady();
  describe.runIf(ready)("PostgreSQL", () => {
    let db: Engine;
    beforeAll(async () => {
      db = await postgres();
      await db.query(calendarSql({ dialect: "postgres", ...CALENDAR }));
    });
    afterAll(async () => db.close());
    it("row by row", equalityProperty(() => db));
  });
});
