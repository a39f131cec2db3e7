import { isHccError } from "@hcc/core";
import { bieu06Sql, parseDialect, SQL_DIALECTS } from "@hcc/sql";
import { describe, expect, it } from "vitest";

const base = { table: "dossiers", from: "2024-01-01", to: "2024-03-31" } as const;

describe("bieu06Sql", () => {
  it("writes one SELECT per dialect (golden text)", async () => {
    for (const dialect of SQL_DIALECTS) {
      await expect(bieu06Sql({ ...base, dialect, asOf: "2024-04-05", groupBy: ["agency", "channel"] })).toMatchFileSnapshot(`./__golden__/bieu06-${dialect}.sql`);
    }
    await expect(
      bieu06Sql({
        ...base,
        dialect: "ansi",
        table: "warehouse.dossiers",
        groupBy: ["quarter"],
        comparator: "instant",
        columns: { code: null, agencyCode: "agency_id", supplementRequests: "supplements", processingDays: "max_days", fieldCode: "field", level: "level" },
        calendarTable: "warehouse.hcc_calendar",
      }),
    ).toMatchFileSnapshot("./__golden__/bieu06-ansi-mapped.sql");
  });

  it("puts the group keys first, then the eleven counts", () => {
    const sql = bieu06Sql({ ...base, dialect: "duckdb", groupBy: ["procedure", "month"] });
    const select = sql.slice(sql.lastIndexOf("SELECT"));
    const names = [...select.matchAll(/ AS "([a-z_]+)"/g)].map((m) => m[1]);
    expect(names).toEqual(["procedure", "month", "received", "received_online", "received_direct_or_postal", "carried_over", "resolved", "early", "on_time", "late", "in_progress", "within_deadline", "overdue"]);
    expect(select).toContain("GROUP BY 1, 2");
  });

  it("splits the period into one VALUES row per month / quarter / year, the last judged at as-of", () => {
    const sql = bieu06Sql({ ...base, dialect: "postgres", asOf: "2024-04-10", groupBy: ["month"] });
    expect(sql).toContain("('2024-02', DATE '2024-02-01', DATE '2024-02-29', DATE '2024-02-29', TIMESTAMP WITH TIME ZONE '2024-02-29 23:59:59.999+07:00', FALSE)");
    expect(sql).toContain("('2024-03', DATE '2024-03-01', DATE '2024-03-31', DATE '2024-04-10', TIMESTAMP WITH TIME ZONE '2024-04-10 23:59:59.999+07:00', TRUE)");
  });

  it("maps column names and quotes them", () => {
    const sql = bieu06Sql({ ...base, dialect: "duckdb", columns: { receivedAt: 'ngay "tiep nhan"', status: "TrangThaiHoSo" } });
    expect(sql).toContain('t."ngay ""tiep nhan"""');
    expect(sql).toContain('t."TrangThaiHoSo"');
  });

  it("rejects an unknown dialect, a missing required column and bad options with HccError", () => {
    const error = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        return e;
      }
      throw new Error("no error");
    };
    const unknown = error(() => bieu06Sql({ ...base, dialect: "mysql" as never }));
    expect(isHccError(unknown) && unknown.code).toBe("invalid_input");
    expect((unknown as Error).message).toBe('Unknown SQL dialect "mysql"; expected duckdb, postgres, ansi');
    expect(() => bieu06Sql({ ...base, dialect: "duckdb", columns: { receivedAt: null } })).toThrow("bieu06Sql: column receivedAt is required");
    expect(() => bieu06Sql({ ...base, dialect: "duckdb", columns: { code: null, agencyCode: null } })).toThrow(/agencyCode is required/);
    expect(() => bieu06Sql({ ...base, dialect: "duckdb", to: "2023-12-31" })).toThrow(/before it starts/);
    expect(() => bieu06Sql({ ...base, dialect: "duckdb", groupBy: ["month", "year"] })).toThrow(/one time dimension/);
    expect(() => bieu06Sql({ ...base, dialect: "duckdb", table: "" })).toThrow(/table/);
    expect(() => bieu06Sql(null as never)).toThrow(/Invalid bieu06Sql options/);
  });
});

describe("parseDialect", () => {
  it("accepts the three dialects", () => {
    expect(SQL_DIALECTS.map(parseDialect)).toEqual(["duckdb", "postgres", "ansi"]);
  });
});
