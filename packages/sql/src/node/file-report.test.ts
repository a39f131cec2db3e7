import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DuckDBInstance } from "@duckdb/node-api";
import { vietnamCalendar } from "@hcc/calendar";
import { isHccError } from "@hcc/core";
import type { GroupDimension } from "@hcc/stats";
import { ingestFile } from "@hcc/stats/node";
import { loadDuckDb, reportFileWithDuckDb, writeCalendarParquet } from "@hcc/sql/node";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { caseArbitrary, type TestDossier } from "../_test/dossiers.js";

const dir = mkdtempSync(join(tmpdir(), "hcc-sql-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const HEADER = ["code", "procedureCode", "agencyCode", "channel", "receivedAt", "dueAt", "endedAt", "status", "supplementRequests", "hasFees", "paidOnline", "electronicResult", "digitised"];
const csvField = (v: string | number | null): string => (v === null ? "" : /[",\n]/.test(String(v)) ? `"${String(v).replace(/"/g, '""')}"` : String(v));

function writeCsv(name: string, dossiers: readonly TestDossier[], extra: (i: number) => (string | null)[] = () => [null, null, null, null]): string {
  const path = join(dir, name);
  const lines = [HEADER.join(",")];
  dossiers.forEach((d, i) => lines.push([d.code, d.procedureCode, d.agencyCode, d.channel, d.receivedAt, d.dueAt, d.endedAt, d.status, d.supplementRequests, ...extra(i)].map(csvField).join(",")));
  writeFileSync(path, `${lines.join("\n")}\n`);
  return path;
}

async function duck(sql: string): Promise<void> {
  const instance = await DuckDBInstance.create(":memory:");
  const connection = await instance.connect();
  await connection.run(sql);
  connection.closeSync();
  instance.closeSync();
}

const flags = (i: number): (string | null)[] => [["true", "0", "", "có"][i % 4] as string, ["1", "false", null, "yes"][i % 3] ?? null, ["1", "0", ""][i % 3] ?? null, ["no", "1", "không", ""][i % 4] ?? null];

describe("reportFileWithDuckDb gives the JavaScript engine's state", () => {
  it("on random CSV files (all columns, bad rows included)", async () => {
    let n = 0;
    await fc.assert(
      fc.asyncProperty(caseArbitrary(300), async (c) => {
        const path = writeCsv(`random-${n++}.csv`, c.dossiers, flags);
        const options = { from: c.from, to: c.to, asOf: c.asOf, groupBy: c.groupBy, comparator: c.comparator };
        const [js, sql] = await Promise.all([ingestFile(path, { ...options, mode: "lenient", maxReported: 20 }), reportFileWithDuckDb(path, options)]);
        expect(sql.state).toEqual(js.state);
        expect(sql.rows).toBe(js.rows);
        expect(sql.badCount).toBe(js.badCount);
        expect(sql.badRows.map((b) => [b.line, b.field])).toEqual(js.badRows.map((b) => [b.line, b.field]));
      }),
      { numRuns: 10, endOnFailure: true },
    );
  }, 400_000);

  it("on the same dossiers as Parquet (typed timestamptz columns) and NDJSON", async () => {
    const c = fc.sample(caseArbitrary(400), { numRuns: 1, seed: 6 })[0] ?? fc.sample(caseArbitrary(400), 1)[0];
    if (c === undefined) throw new Error("no sample");
    const csv = writeCsv("typed.csv", c.dossiers, flags);
    const parquet = join(dir, "typed.parquet");
    const ndjson = join(dir, "typed.ndjson");
    await duck(`COPY (SELECT code, "procedureCode", "agencyCode", channel, CAST("receivedAt" AS TIMESTAMPTZ) AS "receivedAt", CAST("dueAt" AS TIMESTAMPTZ) AS "dueAt",
      CAST("endedAt" AS TIMESTAMPTZ) AS "endedAt", status, CAST("supplementRequests" AS INTEGER) AS "supplementRequests", "hasFees", "paidOnline", "electronicResult", digitised
      FROM read_csv('${csv}', all_varchar = true)) TO '${parquet}' (FORMAT parquet)`);
    await duck(`COPY (SELECT * FROM read_csv('${csv}', all_varchar = true)) TO '${ndjson}' (FORMAT json)`);
    for (const groupBy of [[], ["agency", "channel"], ["procedure", "month"]] as GroupDimension[][]) {
      const options = { from: c.from, to: c.to, asOf: c.asOf, groupBy };
      const js = await ingestFile(csv, { ...options, mode: "lenient" });
      expect((await reportFileWithDuckDb(parquet, options)).state).toEqual(js.state);
      expect((await reportFileWithDuckDb(ndjson, options)).state).toEqual(js.state);
    }
  });

  it("takes the period from the file's receipt dates when none is given", async () => {
    const path = writeCsv("range.csv", [
      { code: "A-1", procedureCode: "1.001612", agencyCode: "A", channel: "2", receivedAt: "20240305083000", dueAt: "20240310", endedAt: null, status: "4", supplementRequests: 0 },
      { code: "A-2", procedureCode: "1.001612", agencyCode: "A", channel: "1", receivedAt: "2024-01-31T17:30:00Z", dueAt: null, endedAt: "2024-02-02T10:00", status: "10", supplementRequests: 0 },
      { code: "A-3", procedureCode: "1.001612", agencyCode: "A", channel: "1", receivedAt: "2023-12-01", dueAt: null, endedAt: null, status: "3", supplementRequests: 0 },
    ]);
    const sql = await reportFileWithDuckDb(path);
    expect([sql.state.spec.from, sql.state.spec.to]).toEqual(["2024-02-01", "2024-03-05"]);
    expect(sql.state.excluded).toEqual({ notReceived: 1, outOfPeriod: 0, invalid: 0 });
  });

  it("fails with one line naming the missing column or the unreadable file", async () => {
    const noStatus = join(dir, "no-status.csv");
    writeFileSync(noStatus, "code,procedureCode,receivedAt\nA-1,1.001612,2024-01-01\n");
    await expect(reportFileWithDuckDb(noStatus, { from: "2024-01-01", to: "2024-01-31" })).rejects.toThrow(`${noStatus}: missing required column status`);
    const broken = join(dir, "broken.parquet");
    writeFileSync(broken, "not parquet at all");
    const error = await reportFileWithDuckDb(broken, { from: "2024-01-01", to: "2024-01-31" }).catch((e: unknown) => e);
    expect(isHccError(error) && error.code).toBe("parse_error");
    expect((error as Error).message).toMatch(new RegExp(`^Cannot read ${broken}: `));
    expect((error as Error).message).not.toContain("\n");
    const pauses = join(dir, "pauses.csv");
    writeFileSync(pauses, "procedureCode,status,receivedAt,pauses\n1.001612,4,2024-01-01,\n");
    await expect(reportFileWithDuckDb(pauses, { from: "2024-01-01", to: "2024-01-31" })).rejects.toThrow(/does not read the pauses column/);
  });

  it("says how to install DuckDB when it is missing", async () => {
    await expect(loadDuckDb("@duckdb/not-installed-here")).rejects.toThrow("DuckDB is not installed: the DuckDB engine needs the optional package @duckdb/node-api (npm install @duckdb/node-api)");
  });
});

describe("writeCalendarParquet", () => {
  it("writes the typed calendar table", async () => {
    const path = join(dir, "calendar.parquet");
    expect(await writeCalendarParquet(path, { from: "2025-01-01", to: "2025-12-31" })).toBe(365);
    const instance = await DuckDBInstance.create(":memory:");
    const connection = await instance.connect();
    const rows = (await connection.runAndReadAll(`SELECT CAST(MAX(working_day_index) AS INTEGER) AS n, typeof(ANY_VALUE("date")) AS t FROM read_parquet('${path}')`)).getRowObjectsJS();
    connection.closeSync();
    instance.closeSync();
    expect(rows).toEqual([{ n: vietnamCalendar().workingDaysBetween("2024-12-31", "2025-12-31"), t: "DATE" }]);
    await expect(writeCalendarParquet("")).rejects.toThrow(/expected a file path/);
  });
});
