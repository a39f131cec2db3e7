import { dayNumberToLocalDate, localDateToDayNumber } from "@hcc/core";
import { vietnamCalendar } from "@hcc/calendar";
import { calendarCsv, calendarRows, calendarSql } from "@hcc/sql";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { duckdb, postgres, postgresReady, type Engine } from "./_test/engines.js";

const calendar = vietnamCalendar();

describe("calendarRows", () => {
  it("gives one row per day with the running working-day index (the day itself included)", () => {
    const rows = calendarRows({ from: "2025-04-28", to: "2025-05-05" });
    expect(rows.map((r) => [r.date, r.working, r.kind, r.working_day_index])).toEqual([
      ["2025-04-28", true, "weekday", 1],
      ["2025-04-29", true, "weekday", 2],
      ["2025-04-30", false, "holiday", 2],
      ["2025-05-01", false, "holiday", 2],
      ["2025-05-02", false, "bridge_off", 2],
      ["2025-05-03", false, "weekend", 2],
      ["2025-05-04", false, "weekend", 2],
      ["2025-05-05", true, "weekday", 3],
    ]);
  });

  it("names days in Vietnamese by default, in English on request", () => {
    expect(calendarRows({ from: "2025-01-01", to: "2025-01-01" })[0]?.name).toBe(calendar.dayInfo("2025-01-01").name.vi);
    expect(calendarRows({ from: "2025-01-01", to: "2025-01-01", lang: "en" })[0]?.name).toBe(calendar.dayInfo("2025-01-01").name.en);
  });

  it("rejects a reversed range, a bad date and a bad calendar", () => {
    expect(() => calendarRows({ from: "2025-01-02", to: "2025-01-01" })).toThrow(/ends \(2025-01-01\) before it starts/);
    expect(() => calendarRows({ from: "2025-13-01" })).toThrow(/2025-13-01/);
    expect(() => calendarRows({ calendar: {} as never })).toThrow(/WorkingCalendar/);
    expect(() => calendarRows({ from: "1800-01-01", to: "2100-01-01" })).toThrow(/too long/);
  });

  it("defaults to 2015-01-01 – 2030-12-31", () => {
    const rows = calendarRows();
    expect(rows[0]?.date).toBe("2015-01-01");
    expect(rows.at(-1)?.date).toBe("2030-12-31");
  });
});

describe("calendarSql / calendarCsv", () => {
  it("writes the DDL, the rows and the index", () => {
    expect(calendarSql({ dialect: "postgres", table: "ref.cal", from: "2025-01-01", to: "2025-01-02", lang: "en" })).toBe(
      [
        'CREATE TABLE "ref"."cal" (',
        '  "date" DATE NOT NULL PRIMARY KEY,',
        '  "working" BOOLEAN NOT NULL,',
        '  "kind" VARCHAR NOT NULL,',
        '  "name" VARCHAR NOT NULL,',
        '  "working_day_index" INTEGER NOT NULL',
        ");",
        'INSERT INTO "ref"."cal" ("date", "working", "kind", "name", "working_day_index") VALUES',
        "  (DATE '2025-01-01', FALSE, 'holiday', 'New Year''s Day', 0),",
        `  (DATE '2025-01-02', TRUE, 'weekday', '${calendar.dayInfo("2025-01-02").name.en}', 1);`,
        'CREATE INDEX "cal_working_day_index" ON "ref"."cal" ("working_day_index");',
        "",
      ].join("\n"),
    );
  });

  it("sizes the ANSI text columns", () => {
    expect(calendarSql({ dialect: "ansi", from: "2025-01-01", to: "2025-01-01" })).toContain('"name" VARCHAR(200) NOT NULL');
  });

  it("rejects an unknown dialect and a bad table name", () => {
    expect(() => calendarSql({ dialect: "oracle" as never })).toThrow('Unknown SQL dialect "oracle"; expected duckdb, postgres, ansi');
    expect(() => calendarSql({ dialect: "duckdb", table: "a..b" })).toThrow(/Bad table name/);
  });

  it("writes CSV with a header and quotes names that need it", () => {
    const text = calendarCsv({ from: "2025-01-01", to: "2025-01-02", lang: "en" });
    expect(text.split("\n")[0]).toBe("date,working,kind,name,working_day_index");
    expect(text.split("\n")[1]).toBe("2025-01-01,false,holiday,New Year's Day,0");
    expect(text.endsWith("\n")).toBe(true);
  });
});

/** Working days 2015–2026 and 10,000 due dates through the join, in one engine. */
function engineSuite(open: () => Promise<Engine>) {
  let db: Engine;
  beforeAll(async () => {
    db = await open();
    await db.query(calendarSql({ dialect: db.name, from: "2015-01-01", to: "2026-12-31" }));
  });
  afterAll(async () => db.close());

  it("has @hcc/calendar's working days, kinds and counts for every year 2015–2026", async () => {
    const rows = await db.query(`SELECT CAST("date" AS VARCHAR) AS d, "working" AS w, "kind" AS k FROM hcc_calendar ORDER BY 1`);
    expect(rows.length).toBe(localDateToDayNumber("2026-12-31") - localDateToDayNumber("2015-01-01") + 1);
    const expected = rows.map((r) => {
      const info = calendar.dayInfo(r["d"] as string);
      return { d: info.date, w: info.working, k: info.kind };
    });
    expect(rows).toEqual(expected);
    const perYear = await db.query(
      `SELECT CAST(EXTRACT(YEAR FROM "date") AS INTEGER) AS y, CAST(SUM(CASE WHEN "working" THEN 1 ELSE 0 END) AS INTEGER) AS n FROM hcc_calendar GROUP BY 1 ORDER BY 1`,
    );
    expect(perYear).toEqual(
      Array.from({ length: 12 }, (_, i) => ({ y: 2015 + i, n: calendar.workingDaysBetween(`${2014 + i}-12-31`, `${2015 + i}-12-31`) })),
    );
  });

  it("gives addWorkingDays' due dates through working_day_index on 10,000 random cases", async () => {
    const first = localDateToDayNumber("2015-01-01");
    const last = localDateToDayNumber("2026-09-30");
    const cases = fc.sample(fc.tuple(fc.integer({ min: first, max: last }), fc.integer({ min: 1, max: 60 })), { numRuns: 10_000, seed: 17 });
    const values = cases.map(([d, n], i) => `(${i}, DATE '${dayNumberToLocalDate(d)}', ${n})`).join(",\n");
    const rows = await db.query(`CREATE TABLE cases (id INTEGER, d DATE, n INTEGER);
INSERT INTO cases VALUES ${values};
SELECT c.id, CAST(due."date" AS VARCHAR) AS due
FROM cases c
JOIN hcc_calendar start ON start."date" = c.d
JOIN hcc_calendar due ON due.working_day_index = start.working_day_index + c.n AND due.working
ORDER BY c.id`);
    expect(rows.length).toBe(10_000);
    expect(rows.map((r) => r["due"])).toEqual(cases.map(([d, n]) => calendar.addWorkingDays(dayNumberToLocalDate(d), n)));
  });
}

describe("the calendar table in DuckDB", () => engineSuite(duckdb));
describe.runIf(postgresReady())("the calendar table in PostgreSQL", () => engineSuite(postgres));
