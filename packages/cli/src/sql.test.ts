// Integration tests of `hcc sql` and `hcc report --engine duckdb`: the built binary as a subprocess.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DuckDBInstance } from "@duckdb/node-api";
import { calendarCsv, calendarSql } from "@hcc/sql";
import { syntheticCsv } from "@hcc/examples";
import { beforeAll, describe, expect, it } from "vitest";
import { hcc } from "../test/run.js";

let dir = "";
let csv = "";
let parquet = "";

async function duck(sql: string): Promise<void> {
  const instance = await DuckDBInstance.create(":memory:");
  const connection = await instance.connect();
  await connection.run(sql);
  connection.closeSync();
  instance.closeSync();
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "hcc-cli-sql-"));
  csv = join(dir, "dossiers.csv");
  writeFileSync(csv, [...syntheticCsv({ count: 3000, seed: 17 })].join(""));
  parquet = join(dir, "dossiers.parquet");
  // the same dossiers as Parquet, the dates as typed instants (timestamptz)
  await duck(`COPY (SELECT * REPLACE (CAST("receivedAt" AS TIMESTAMPTZ) AS "receivedAt", CAST("dueAt" AS TIMESTAMPTZ) AS "dueAt", CAST("endedAt" AS TIMESTAMPTZ) AS "endedAt")
    FROM read_csv('${csv}', all_varchar = true)) TO '${parquet}' (FORMAT parquet)`);
});

describe("hcc report --engine duckdb", () => {
  const variants: readonly (readonly string[])[] = [
    [],
    ["--group-by", "agency,channel"],
    ["--from", "2024-02-01", "--to", "2024-04-30", "--as-of", "2024-05-10", "--group-by", "month"],
    ["-f", "json", "--group-by", "procedure"],
    ["-f", "csv", "--lang", "vi"],
  ];

  it("prints exactly what the default engine prints, in every format, on CSV", () => {
    for (const args of variants) {
      const js = hcc(["report", csv, ...args]);
      const db = hcc(["report", csv, ...args, "--engine", "duckdb"]);
      expect(js.code).toBe(0);
      expect(db.code).toBe(0);
      expect(db.stdout).toBe(js.stdout);
    }
  });

  it("writes the same HTML page", () => {
    const a = join(dir, "js.html");
    const b = join(dir, "duckdb.html");
    expect(hcc(["report", csv, "--group-by", "agency", "--html", a]).code).toBe(0);
    expect(hcc(["report", csv, "--group-by", "agency", "--html", b, "--engine", "duckdb"]).code).toBe(0);
    expect(readFileSync(b, "utf8")).toBe(readFileSync(a, "utf8"));
  });

  it("reads Parquet with the same result as the CSV", () => {
    for (const args of variants.slice(0, 4)) {
      const js = hcc(["report", csv, ...args]);
      const db = hcc(["report", parquet, ...args, "--engine", "duckdb"]);
      expect(db.stderr).toBe("");
      expect(db.stdout).toBe(js.stdout);
    }
  });

  it("exits 2 with one line for a missing column, an unreadable file, a bad engine", () => {
    const noStatus = join(dir, "no-status.csv");
    writeFileSync(noStatus, "code,procedureCode,receivedAt\nA-1,1.001612,2024-01-01\n");
    const r = hcc(["report", noStatus, "--engine", "duckdb"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`hcc report: ${noStatus}: missing required column status [parse_error]\n`);
    const broken = join(dir, "broken.parquet");
    writeFileSync(broken, "PAR1 this is not parquet");
    const b = hcc(["report", broken, "--engine", "duckdb"]);
    expect(b.code).toBe(2);
    expect(b.stderr).toMatch(new RegExp(`^hcc report: Cannot read ${broken}: .*\\[parse_error\\]\\n$`));
    const e = hcc(["report", csv, "--engine", "spark"]);
    expect([e.code, e.stderr]).toEqual([2, 'hcc report: --engine must be js or duckdb, got "spark"\n']);
    const p = hcc(["report", parquet]);
    expect([p.code, p.stderr]).toEqual([2, `hcc report: ${parquet} is Parquet: use --engine duckdb\n`]);
  });
});

describe("hcc sql", () => {
  it("prints the calendar table as SQL and CSV", () => {
    const r = hcc(["sql", "calendar", "--dialect", "postgres", "--from", "2025-01-01", "--to", "2025-12-31"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(calendarSql({ dialect: "postgres", from: "2025-01-01", to: "2025-12-31", lang: "en" }));
    const c = hcc(["sql", "calendar", "--dialect", "duckdb", "--format", "csv", "--from", "2025-01-01", "--to", "2025-01-31", "--lang", "vi"]);
    expect(c.stdout).toBe(calendarCsv({ from: "2025-01-01", to: "2025-01-31", lang: "vi" }));
  });

  it("writes the calendar as Parquet", async () => {
    const out = join(dir, "calendar.parquet");
    const r = hcc(["sql", "calendar", "--dialect", "duckdb", "--format", "parquet", "--out", out]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe(`Wrote 5844 days to ${out}\n`);
  });

  it("prints the report statement", () => {
    const r = hcc(["sql", "report", "--dialect", "ansi", "--table", "dw.dossiers", "--from", "2024-01-01", "--to", "2024-03-31", "--group-by", "agency", "--column", "receivedAt=received_at,supplementRequests"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^WITH hcc_periods/);
    expect(r.stdout).toContain('t."received_at" AS hcc_received');
    expect(r.stdout).toContain('COALESCE(t."supplementRequests", 0)');
    expect(r.stdout.endsWith(";\n")).toBe(true);
  });

  it("exits 2 with one line for an unknown dialect and missing options", () => {
    const cases: [string[], string][] = [
      [["sql", "report", "--dialect", "oracle", "--table", "t", "--from", "2024-01-01", "--to", "2024-01-31"], 'hcc sql: unknown --dialect "oracle"; expected duckdb, postgres, ansi\n'],
      [["sql", "calendar"], "hcc sql: --dialect duckdb|postgres|ansi is required\n"],
      [["sql", "report", "--dialect", "duckdb", "--from", "2024-01-01", "--to", "2024-01-31"], "hcc sql report: --table <name> is required\n"],
      [["sql", "report", "--dialect", "duckdb", "--table", "t", "--from", "2024-01-01", "--to", "2024-01-31", "--column", "planet=x"], 'hcc sql: unknown --column "planet"; expected one of code, procedureCode, agencyCode, channel, receivedAt, dueAt, endedAt, status, supplementRequests, processingDays, fieldCode, level\n'],
      [["sql", "report", "--dialect", "duckdb", "--table", "t", "--from", "2024-01-01", "--to", "2024-01-31", "--column", "receivedAt="], "hcc sql: bieu06Sql: column receivedAt is required [invalid_input]\n"],
      [["sql", "calendar", "--dialect", "duckdb", "--format", "parquet"], "hcc sql calendar: --format parquet needs --out <file>\n"],
      [["sql", "tables"], 'hcc sql: unknown subcommand "tables"; expected calendar or report\n'],
    ];
    for (const [args, stderr] of cases) {
      const r = hcc(args);
      expect([r.code, r.stderr]).toEqual([2, stderr]);
    }
  });
});
