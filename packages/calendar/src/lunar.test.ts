import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { isHccError } from "@hcc/core";
import { describe, expect, it } from "vitest";
import { canChiYear, fromLunarDate, lunarYear, safeFromLunarDate, toLunarDate } from "@hcc/calendar";
import { sunApparentLongitude, trueNewMoonJde } from "../scripts/astro.mjs";
import { computeLunarMonths, computeLunarTable, renderLunarTable } from "../scripts/generate-lunar-table.mjs";

const iso = (day: number): string => new Date(day * 86_400_000).toISOString().slice(0, 10);

function code(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    if (isHccError(error)) return error.code;
    throw error;
  }
  return "no error";
}

describe("astronomy (Meeus, Astronomical Algorithms)", () => {
  it("reproduces example 49.a: the new moon of February 1977", () => {
    expect(trueNewMoonJde(-283)).toBeCloseTo(2443192.65118, 4);
  });
  it("reproduces example 25.a: the Sun on 1992-10-13", () => {
    expect(sunApparentLongitude(2448908.5)).toBeCloseTo(199.90895, 3);
  });
});

describe("the generated lunar table", () => {
  it("is what the generator produces today", () => {
    const path = fileURLToPath(new URL("./generated/lunar-table.ts", import.meta.url));
    expect(readFileSync(path, "utf8")).toBe(renderLunarTable());
  });

  it("chains every year's months into the next Tết", () => {
    const { tet, info, first } = computeLunarTable(7);
    for (let y = 0; y < info.length; y++) {
      const leap = (info[y]! >> 13) & 0xf;
      let days = 0;
      for (let i = 0; i < (leap ? 13 : 12); i++) days += (info[y]! >> i) & 1 ? 30 : 29;
      expect(tet[y]! + days, `lunar year ${first + y}`).toBe(tet[y + 1]);
    }
  });
});

// calendar.md §3, verified by two methods.
const VECTORS: [number, string, string, number, string | null][] = [
  [2017, "2017-01-28", "2017-04-06", 6, "2017-07-23"],
  [2020, "2020-01-25", "2020-04-02", 4, "2020-05-23"],
  [2023, "2023-01-22", "2023-04-29", 2, "2023-03-22"],
  [2024, "2024-02-10", "2024-04-18", 0, null],
  [2025, "2025-01-29", "2025-04-07", 6, "2025-07-25"],
  [2026, "2026-02-17", "2026-04-26", 0, null],
  [2027, "2027-02-06", "2027-04-16", 0, null],
  [2030, "2030-02-02", "2030-04-12", 0, null],
  [2033, "2033-01-31", "2033-04-09", 11, "2033-12-22"],
  [2037, "2037-02-15", "2037-04-24", 0, null],
];

describe("reference vectors (calendar.md §3)", () => {
  it.each(VECTORS)("%i: Tết %s, Hùng Kings %s, leap month %i", (year, tet, hung, leap, leapStart) => {
    expect(fromLunarDate({ year, month: 1, day: 1 })).toBe(tet);
    expect(toLunarDate(tet)).toEqual({ year, month: 1, day: 1, leap: false });
    expect(fromLunarDate({ year, month: 3, day: 10, leap: false })).toBe(hung);
    const info = lunarYear(year);
    expect(info.tet).toBe(tet);
    expect(info.leapMonth).toBe(leap);
    if (leapStart !== null) {
      expect(fromLunarDate({ year, month: leap, day: 1, leap: true })).toBe(leapStart);
      expect(toLunarDate(leapStart)).toEqual({ year, month: leap, day: 1, leap: true });
    }
  });

  it("lists exactly the calendar.md leap months 2017–2037", () => {
    const leaps = [];
    for (let y = 2017; y <= 2037; y++) if (lunarYear(y).leapMonth !== 0) leaps.push(`${y}:${lunarYear(y).leapMonth}`);
    expect(leaps).toEqual(["2017:6", "2020:4", "2023:2", "2025:6", "2028:5", "2031:3", "2033:11", "2036:6"]);
  });

  it("follows Vietnam (UTC+7), not China (UTC+8), where they differ", () => {
    expect(lunarYear(1985).tet).toBe("1985-01-21");
    expect(lunarYear(2007).tet).toBe("2007-02-17");
    expect(lunarYear(2030).tet).toBe("2030-02-02");
    expect(lunarYear(2053).tet).toBe("2053-02-18");
    expect(fromLunarDate({ year: 2009, month: 3, day: 10 })).toBe("2009-04-04");
    expect(fromLunarDate({ year: 2037, month: 3, day: 10 })).toBe("2037-04-24");
    expect(fromLunarDate({ year: 2038, month: 3, day: 10 })).toBe("2038-04-13");
  });

  it("computed at UTC+8 the same method gives the Chinese dates (the difference is only the meridian)", () => {
    const china = computeLunarMonths(1984, 2053, 8);
    const tet = (y: number) => iso(china.find((m) => m.year === y && m.month === 1 && !m.leap)!.start);
    expect([tet(1985), tet(2007), tet(2030), tet(2053)]).toEqual(["1985-02-20", "2007-02-18", "2030-02-03", "2053-02-19"]);
    const hung = (y: number) => iso(china.find((m) => m.year === y && m.month === 3 && !m.leap)!.start + 9);
    expect([hung(2009), hung(2037), hung(2038)]).toEqual(["2009-04-05", "2037-04-25", "2038-04-14"]);
  });
});

describe("toLunarDate / fromLunarDate", () => {
  it("round-trips every 7th day 1900–2100", () => {
    for (let day = -25_567; day <= 47_846; day += 7) {
      const date = iso(day);
      expect(fromLunarDate(toLunarDate(date))).toBe(date);
    }
  });

  it("reads instants in Vietnam time", () => {
    expect(toLunarDate(new Date("2026-02-16T17:00:00Z"))).toEqual({ year: 2026, month: 1, day: 1, leap: false });
    expect(toLunarDate("2026-02-16T23:59:00+07:00")).toMatchObject({ year: 2025, month: 12 });
  });

  it("covers the range ends", () => {
    expect(toLunarDate("1900-01-01")).toMatchObject({ year: 1899, month: 12 });
    expect(toLunarDate("2100-12-31")).toMatchObject({ year: 2100 });
    expect(code(() => toLunarDate("1899-12-31"))).toBe("out_of_range");
    expect(code(() => toLunarDate("2101-01-01"))).toBe("out_of_range");
  });

  it("rejects a leap month the year lacks, day 30 of a short month, and malformed input", () => {
    expect(code(() => fromLunarDate({ year: 2024, month: 6, day: 1, leap: true }))).toBe("invalid_lunar_date");
    expect(code(() => fromLunarDate({ year: 2025, month: 5, day: 1, leap: true }))).toBe("invalid_lunar_date");
    const short = lunarYear(2025).months.find((m) => m.length === 29)!;
    expect(code(() => fromLunarDate({ year: 2025, month: short.month, day: 30, leap: short.leap }))).toBe("invalid_lunar_date");
    expect(code(() => fromLunarDate({ year: 2025, month: 13, day: 1 }))).toBe("invalid_lunar_date");
    expect(code(() => fromLunarDate({ year: 2025.5, month: 1, day: 1 }))).toBe("invalid_lunar_date");
    expect(code(() => fromLunarDate({ year: 2101, month: 1, day: 1 }))).toBe("out_of_range");
    const bad = safeFromLunarDate({ year: 2024, month: 6, day: 1, leap: true });
    expect(bad.success).toBe(false);
    if (!bad.success) expect(bad.error.message).toMatch(/no leap month/);
    expect(safeFromLunarDate({ year: 2024, month: 1, day: 1 })).toEqual({ success: true, data: "2024-02-10" });
    expect(safeFromLunarDate("nope").success).toBe(false);
  });
});

describe("canChiYear", () => {
  it("names the sexagenary year", () => {
    expect(canChiYear(2024)).toBe("Giáp Thìn");
    expect(canChiYear(2025)).toBe("Ất Tỵ");
    expect(canChiYear(1984)).toBe("Giáp Tý");
    expect(canChiYear(2023)).toBe("Quý Mão");
    expect(lunarYear(2033).name).toBe("Quý Sửu");
    expect(code(() => canChiYear(Number.NaN))).toBe("invalid_lunar_date");
  });
});
