import { readFileSync } from "node:fs";
import { HccError, isHccError } from "@hcc/core";
import { describe, expect, it } from "vitest";
import { vietnamCalendar } from "@hcc/calendar";
import { CSV_PATH, compileRows } from "../scripts/generate-official-days.mjs";

const rows = compileRows(readFileSync(CSV_PATH, "utf8"));
const vn = vietnamCalendar();

function thrown(fn: () => unknown): HccError {
  try {
    fn();
  } catch (error) {
    if (isHccError(error)) return error;
    throw error;
  }
  throw new Error("did not throw");
}

describe("vietnamCalendar — official data", () => {
  it("has the 179 rows of vn-days-off.csv", () => {
    expect(rows).toHaveLength(179);
  });

  it.each(rows.filter((r) => r.optIn === undefined))("reproduces $date ($kind)", (row) => {
    const info = vn.dayInfo(row.date);
    expect(info.kind).toBe(row.kind);
    expect(info.working).toBe(row.kind === "makeup_workday");
    expect(vn.isWorkingDay(row.date)).toBe(row.kind === "makeup_workday");
    expect(info.status).toBe("official");
    expect(info.name.vi).toBe(row.vi);
  });

  it("keeps the UNVERIFIED 24 November 2026 row opt-in", () => {
    const [row] = rows.filter((r) => r.optIn !== undefined);
    expect(row?.date).toBe("2026-11-24");
    expect(vn.isWorkingDay("2026-11-24")).toBe(true);
    const withCulture = vietnamCalendar({ include: ["culture-day"] });
    const info = withCulture.dayInfo("2026-11-24");
    expect(info).toMatchObject({ working: false, kind: "holiday", status: "estimated" });
    expect(info.name.en).toBe("Vietnamese Culture Day");
  });

  it("makes every other weekday of 2015–2026 a working day and every other weekend day a day off", () => {
    const listed = new Set(rows.filter((r) => r.optIn === undefined).map((r) => r.date));
    let checked = 0;
    for (let day = Date.UTC(2015, 0, 1) / 864e5; day <= Date.UTC(2026, 11, 31) / 864e5; day++) {
      const date = new Date(day * 864e5).toISOString().slice(0, 10);
      if (listed.has(date)) continue;
      const dow = new Date(day * 864e5).getUTCDay();
      expect(vn.isWorkingDayNumber(day), date).toBe(dow !== 0 && dow !== 6);
      checked++;
    }
    expect(checked).toBeGreaterThan(4000);
  });

  it("lists 2025's holidays and swaps", () => {
    const days = vn.holidays(2025).map((d) => `${d.date} ${d.kind}`);
    expect(days).toEqual([
      "2025-01-01 holiday",
      "2025-01-27 holiday",
      "2025-01-28 holiday",
      "2025-01-29 holiday",
      "2025-01-30 holiday",
      "2025-01-31 holiday",
      "2025-04-07 holiday",
      "2025-04-26 makeup_workday",
      "2025-04-30 holiday",
      "2025-05-01 holiday",
      "2025-05-02 bridge_off",
      "2025-09-01 holiday",
      "2025-09-02 holiday",
    ]);
  });
});

describe("vietnamCalendar — days", () => {
  it("adds working days strictly after the date, skipping swaps and holidays", () => {
    expect(vn.addWorkingDays("2025-04-29", 1)).toBe("2025-05-05");
    expect(vn.addWorkingDays("2025-04-25", 1)).toBe("2025-04-26"); // make-up Saturday
    expect(vn.addWorkingDays("2025-05-05", -1)).toBe("2025-04-29");
    expect(vn.addWorkingDays("2025-05-03", 0)).toBe("2025-05-03");
    expect(vn.nextWorkingDay("2026-01-01")).toBe("2026-01-05");
    expect(vn.previousWorkingDay("2026-01-05")).toBe("2025-12-31");
  });

  it("returns a Date at 00:00 Vietnam time for a Date", () => {
    const result = vn.addWorkingDays(new Date("2025-04-29T10:00:00+07:00"), 1);
    expect(result).toBeInstanceOf(Date);
    expect(result.toISOString()).toBe("2025-05-04T17:00:00.000Z");
  });

  it("counts working days in (from, to]", () => {
    expect(vn.workingDaysBetween("2025-04-28", "2025-05-09")).toBe(6);
    expect(vn.workingDaysBetween("2025-05-09", "2025-04-28")).toBe(-6);
    // Backwards: minus the working days in (to, from].
    expect(vn.workingDaysBetween("2025-05-05", "2025-04-29")).toBe(-1);
    expect(vn.workingDaysBetween("2025-05-05", "2025-05-04")).toBe(-1);
    expect(vn.workingDaysBetween("2025-05-04", "2025-05-03")).toBe(0);
  });

  it("lists days off that break the weekly pattern", () => {
    expect(vn.daysOff("2026-08-20", "2026-09-05").map((d) => `${d.date} ${d.kind}`)).toEqual([
      "2026-08-22 makeup_workday",
      "2026-08-31 bridge_off",
      "2026-09-01 holiday",
      "2026-09-02 holiday",
    ]);
  });

  it("rejects bad input with HccError", () => {
    expect(thrown(() => vn.isWorkingDay("2025-02-30")).code).toBe("invalid_date");
    expect(thrown(() => vn.isWorkingDay(new Date(Number.NaN))).code).toBe("invalid_date");
    expect(thrown(() => vn.isWorkingDay("1899-12-31")).code).toBe("out_of_range");
    expect(thrown(() => vn.addWorkingDays("2100-12-30", 5)).code).toBe("out_of_range");
    expect(thrown(() => vn.addWorkingDays("1900-01-03", -5)).code).toBe("out_of_range");
    expect(thrown(() => vn.addWorkingDays("2025-01-01", 1.5)).code).toBe("invalid_input");
    expect(thrown(() => vn.addWorkingDayNumbers(1.5, 1)).code).toBe("invalid_input");
    expect(thrown(() => vn.holidays(1800)).code).toBe("out_of_range");
    expect(thrown(() => vn.holidays(2025.5)).code).toBe("invalid_input");
  });
});
