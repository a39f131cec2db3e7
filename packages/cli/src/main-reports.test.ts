// In-process tests of the report-side options added in 2026 (names, the official workbook, the
// portal-766 profile, the SQL commands, Decree 118 in `hcc due`), through `main` with a fake
// terminal, so coverage measures them. The subprocess tests beside them (xlsx.test.ts,
// report-portal.test.ts, sql.test.ts, report-layout.test.ts) check the built binary, LibreOffice
// and DuckDB end to end.
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { PORTAL_766_PERIOD, benTreCatalogue, benTreDepartments, portal766Catalogue, portal766Dossiers, syntheticCsv } from "@hcc/examples";
import { main } from "./main.js";

async function run(args: string[], env: Record<string, string> = { LANG: "C", COLUMNS: "100" }) {
  let out = "";
  let err = "";
  const code = await main(args, { out: (t) => (out += t), err: (t) => (err += t), stderrIsTTY: false, cwd: dir, env });
  return { code, out, err };
}

let dir = "";
let csv = "";

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "hcc-main-reports-"));
  csv = join(dir, "dossiers.csv");
  writeFileSync(csv, [...syntheticCsv({ count: 400, seed: 5 })].join(""));
  writeFileSync(join(dir, "portal.ndjson"), portal766Dossiers.map((d) => `${JSON.stringify(d)}\n`).join(""));
  writeFileSync(join(dir, "portal-catalogue.json"), JSON.stringify({ procedures: portal766Catalogue }));
  writeFileSync(join(dir, "catalogue.json"), JSON.stringify(benTreCatalogue));
  writeFileSync(join(dir, "agencies.csv"), `code,name\n${benTreDepartments.map((d) => `${d.code},"${d.name}"`).join("\n")}\n`);
  writeFileSync(join(dir, "agencies.json"), JSON.stringify(Object.fromEntries(benTreDepartments.map((d) => [d.code, d.name]))));
});

async function numbersOf(file: string, sheet: string): Promise<number[]> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(file);
  const ws = book.getWorksheet(sheet);
  const numbers: number[] = [];
  ws?.eachRow((row) => row.eachCell((cell) => void (typeof cell.value === "number" && numbers.push(cell.value))));
  return numbers;
}

describe("hcc report: names and the official workbook", () => {
  it("names units from a CSV or JSON agencies file and writes the workbook with the report's totals", async () => {
    for (const agencies of ["agencies.csv", "agencies.json"]) {
      const json = await run(["report", "dossiers.csv", "--group-by", "agency", "--agencies", agencies, "--catalogue", "catalogue.json", "--xlsx", "r.xlsx", "-f", "json"]);
      expect(json.code).toBe(0);
      expect(json.err).toMatch(/Wrote .*r\.xlsx/);
      const total = (JSON.parse(json.out) as { total: { received: { total: number } } }).total;
      const numbers = await numbersOf(join(dir, "r.xlsx"), "Biểu 06");
      expect(total.received.total).toBe(400);
      expect(numbers).toContain(total.received.total);
    }
    const table = await run(["report", "dossiers.csv", "--group-by", "agency", "--agencies", "agencies.csv", "--html", "r.html"]);
    expect(table.code).toBe(0);
    expect(Math.max(...table.out.split("\n").map((l) => [...l].length))).toBeLessThanOrEqual(100);
    expect(existsSync(join(dir, "r.html"))).toBe(true);
  });

  it.each([
    ["a missing agencies file", ["--agencies", "nope.csv"], /agencies/],
    ["an agencies CSV without code and name", ["--agencies", "no-columns.csv", "--format", "json"], /no-columns\.csv/],
    ["a catalogue that is not JSON", ["--catalogue", "agencies.csv"], /catalogue .* is not valid JSON/],
    ["a catalogue that is not procedures", ["--catalogue", "agencies.json"], /catalogue .* must hold an array of procedures/],
  ])("exits 2 with one line for %s", async (_name, args, message) => {
    writeFileSync(join(dir, "no-columns.csv"), "x,y\n1,2\n");
    const r = await run(["report", "dossiers.csv", ...args]);
    expect(r.code).toBe(2);
    expect(r.out).toBe("");
    expect(r.err.trim().split("\n")).toHaveLength(1);
    expect(r.err).toMatch(message);
  });

  it("writes the demo's workbook with the seed's totals as numbers", async () => {
    const r = await run(["demo", "--xlsx", "demo.xlsx", "-f", "json"]);
    expect(r.code).toBe(0);
    const numbers = await numbersOf(join(dir, "demo.xlsx"), "Biểu 06");
    expect(numbers).toEqual(expect.arrayContaining([14168, 12356, 1812]));
  });
});

describe("hcc report --profile portal-766", () => {
  const base = ["report", "portal.ndjson", "--profile", "portal-766", "--catalogue", "portal-catalogue.json", "--from", PORTAL_766_PERIOD.from, "--to", PORTAL_766_PERIOD.to];

  it("gives the hand-computed 2.1 in JSON, and the same indicators as a table, CSV and a page", async () => {
    const json = await run([...base, "--sync-ratio", "0.97", "-f", "json"]);
    expect(json.code).toBe(0);
    const out = JSON.parse(json.out) as { indicators: { id: string; numerator: number; denominator: number }[] };
    expect(out.indicators.find((i) => i.id === "2.1")).toMatchObject({ numerator: 10, denominator: 15 });
    for (const format of ["table", "csv"]) {
      const r = await run([...base, "-f", format, "--html", "portal.html", "--lang", "en"]);
      expect(r.code).toBe(0);
      expect(r.out).toContain("2.1");
    }
    expect(existsSync(join(dir, "portal.html"))).toBe(true);
  });

  it.each([
    ["no catalogue", ["report", "portal.ndjson", "--profile", "portal-766"], /needs --catalogue/],
    ["a bad profile", ["report", "portal.ndjson", "--profile", "portal-999"], /unknown --profile/],
    ["a sync ratio above 1", [...base, "--sync-ratio", "2"], /--sync-ratio must be a number from 0 to 1/],
    ["bad received counts", [...base, "--received-counts", "x"], /received-counts/],
    ["the DuckDB engine", [...base, "--engine", "duckdb"], /--engine duckdb computes the law profile only/],
    ["--xlsx", [...base, "--xlsx", "p.xlsx"], /--agencies and --xlsx apply/],
  ])("exits 2 for %s", async (_name, args, message) => {
    const r = await run(args);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(message);
  });
});

describe("hcc sql", () => {
  it("prints the calendar table as SQL and CSV, and writes it as Parquet", async () => {
    const sql = await run(["sql", "calendar", "--dialect", "postgres", "--from", "2025-04-28", "--to", "2025-05-05"]);
    expect(sql.code).toBe(0);
    expect(sql.out).toMatch(/CREATE TABLE/);
    expect(sql.out).toContain("2025-04-30");
    const csvOut = await run(["sql", "calendar", "--dialect", "duckdb", "--format", "csv", "--from", "2025-04-28", "--to", "2025-05-05"]);
    expect(csvOut.out.split("\n")[0]).toContain("working_day_index");
    const parquet = await run(["sql", "calendar", "--dialect", "duckdb", "--format", "parquet", "--out", "calendar.parquet", "--from", "2025-01-01", "--to", "2025-12-31"]);
    expect(parquet.code).toBe(0);
    expect(existsSync(join(dir, "calendar.parquet"))).toBe(true);
  });

  it("prints the report statement for every dialect, and refuses an unknown one", async () => {
    for (const dialect of ["duckdb", "postgres", "ansi"]) {
      const r = await run(["sql", "report", "--dialect", dialect, "--table", "dw.dossiers", "--from", "2024-01-01", "--to", "2024-03-31", "--group-by", "agency,channel"]);
      expect(r.code).toBe(0);
      expect(r.out).toMatch(/SELECT/);
    }
    const bad = await run(["sql", "report", "--dialect", "oracle", "--table", "t"]);
    expect(bad.code).toBe(2);
    const help = await run(["sql", "--help"]);
    expect(help.out).toMatch(/hcc sql/);
  });
});

describe("hcc due under Decree 118", () => {
  it("restarts after a complete supplement, says which rule set it used, and reports findings", async () => {
    const r = await run(["due", "--received", "2025-07-01T09:00", "--working-days", "10", "--supplement", "2025-07-03T09:00/2025-07-07T14:00", "-f", "json"]);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.out) as { rules: string; dueAt: string; findings: unknown[] };
    expect(out.rules).toBe("decree-118");
    expect(out.dueAt).toBe("2025-07-21T17:00:00+07:00");
    const old = JSON.parse((await run(["due", "--received", "2025-07-01T09:00", "--working-days", "10", "--supplement", "2025-07-03T09:00/2025-07-07T14:00", "--rules", "decree-61", "-f", "json"])).out) as { rules: string };
    expect(old.rules).toBe("decree-61");
    const table = await run(["due", "--received", "2025-07-01T09:00", "--working-days", "10", "--supplement", "2025-07-03T09:00/", "--supplement", "2025-07-04T09:00/2025-07-07T09:00"]);
    expect(table.code).toBe(0);
    expect(table.out).toMatch(/supplement_repeated/);
  });

  it.each([
    ["a bad rule-set name", ["--rules", "decree-99"]],
    ["a supplement completed before it was requested", ["--supplement", "2025-07-07T09:00/2025-07-03T09:00"]],
    ["a malformed supplement", ["--supplement", "2025-07-07T09:00"]],
  ])("exits 2 with one line for %s", async (_name, args) => {
    const r = await run(["due", "--received", "2025-07-01T09:00", "--working-days", "10", ...args]);
    expect(r.code).toBe(2);
    expect(r.out).toBe("");
    expect(r.err.trim().split("\n")).toHaveLength(1);
  });
});
