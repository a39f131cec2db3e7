import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { lunarYear, vietnamCalendar } from "@hcc/calendar";
import { CSV_PATH, compileRows } from "../scripts/generate-official-days.mjs";

const official = vietnamCalendar();
const rules = vietnamCalendar({ officialData: false });
const offIn = (year: number, cal = rules): string[] =>
  cal
    .holidays(year)
    .filter((d) => !d.working)
    .map((d) => d.date);

describe("holiday rules by law period", () => {
  it("reproduce every published day off 2015–2026 except the swaps (bridge_off / makeup_workday)", () => {
    const rows = compileRows(readFileSync(CSV_PATH, "utf8")).filter((r) => r.optIn === undefined);
    const swaps = new Set(
      rows.filter((r) => (r.kind === "bridge_off" || r.kind === "makeup_workday") && r.date >= "2015" && r.date < "2027").map((r) => r.date),
    );
    const differences: string[] = [];
    for (let day = Date.UTC(2015, 0, 1) / 864e5; day <= Date.UTC(2026, 11, 31) / 864e5; day++) {
      if (official.isWorkingDayNumber(day) !== rules.isWorkingDayNumber(day)) differences.push(new Date(day * 864e5).toISOString().slice(0, 10));
    }
    expect(differences.length).toBe(swaps.size);
    expect(new Set(differences)).toEqual(swaps);
  });

  it("2007–2012: Tết is 4 days (eve + days 1–3), Hùng Kings' day is a holiday", () => {
    const tet = lunarYear(2010).tet; // 2010-02-14, a Sunday
    expect(tet).toBe("2010-02-14");
    const days = rules.holidays(2010).filter((d) => d.name.en.includes("Tết"));
    expect(days.map((d) => `${d.date} ${d.kind}`)).toEqual([
      "2010-02-13 holiday", // eve, Saturday → moved to Friday 12/2
      "2010-02-12 compensatory",
      "2010-02-14 holiday",
      "2010-02-15 holiday",
      "2010-02-16 holiday",
      "2010-02-17 compensatory", // day 1 on Sunday → next free weekday
    ].sort());
    expect(rules.dayInfo("2010-04-23")).toMatchObject({ kind: "holiday", working: false }); // 10/3 Canh Dần
    expect(rules.dayInfo("2010-04-23").name.en).toBe("Hùng Kings' Commemoration Day");
  });

  it("before 2007: no Hùng Kings' holiday, everything estimated", () => {
    const hung2005 = "2005-04-18";
    expect(rules.isWorkingDay(hung2005)).toBe(true);
    expect(rules.dayInfo("2005-09-02")).toMatchObject({ kind: "holiday", status: "estimated" });
  });

  it("2013–2020: Tết is 5 days, National Day one day", () => {
    expect(offIn(2014).filter((d) => d.startsWith("2014-0")).length).toBeGreaterThan(0);
    const tetDays = rules.holidays(2014).filter((d) => d.name.en.includes("Tết") && d.kind === "holiday");
    expect(tetDays).toHaveLength(5);
    expect(rules.holidays(2014).filter((d) => d.name.en.startsWith("National Day"))).toHaveLength(1);
  });

  it("from 2021: National Day has an adjacent day chosen for a long weekend", () => {
    const second = (year: number) => rules.holidays(year).find((d) => d.name.en === "National Day (adjacent day)")?.date;
    expect([2021, 2022, 2023, 2024, 2025, 2026].map(second)).toEqual([
      "2021-09-03",
      "2022-09-01",
      "2023-09-01",
      "2024-09-03",
      "2025-09-01",
      "2026-09-01",
    ]);
    expect(second(2027)).toBe("2027-09-03"); // 2/9/2027 is a Thursday
    expect(second(2029)).toBe("2029-09-03"); // Sunday → Monday 3/9, plus a compensatory Tuesday
    expect(rules.dayInfo("2029-09-04").kind).toBe("compensatory");
  });

  it("gives consecutive compensatory days for consecutive weekend holidays (2023)", () => {
    expect(rules.dayInfo("2023-05-02")).toMatchObject({ kind: "compensatory" });
    expect(rules.dayInfo("2023-05-03")).toMatchObject({ kind: "compensatory" });
    expect(rules.isWorkingDay("2023-05-04")).toBe(true);
  });

  it("marks estimated days in years without published data", () => {
    // Tết 2027 is on Saturday 6/2: eve Friday 5/2, days 1–4 Sat–Tue; Saturday moves to Thursday 4/2.
    expect(official.dayInfo("2027-02-06")).toMatchObject({ kind: "holiday", status: "official" });
    expect(official.dayInfo("2027-02-05")).toMatchObject({ kind: "holiday", status: "estimated" });
    expect(official.dayInfo("2027-02-04")).toMatchObject({ kind: "compensatory", status: "estimated" });
    expect(official.dayInfo("2027-04-30")).toMatchObject({ kind: "holiday", status: "official" });
    expect(official.dayInfo("2027-01-01")).toMatchObject({ kind: "holiday", status: "official" });
    expect(official.dayInfo("2027-03-15")).toMatchObject({ kind: "weekday", status: "official", working: true });
    expect(official.dayInfo("2037-04-24")).toMatchObject({ kind: "holiday", working: false });
  });

  it("the culture-day opt-in adds 24 November from 2026 on (with the compensatory rule)", () => {
    const culture = vietnamCalendar({ include: ["culture-day"] });
    expect(culture.dayInfo("2028-11-24")).toMatchObject({ kind: "holiday", status: "estimated" });
    expect(culture.dayInfo("2029-11-24").kind).toBe("holiday"); // Saturday
    expect(culture.dayInfo("2029-11-26").kind).toBe("compensatory");
    expect(official.isWorkingDay("2028-11-24")).toBe(true);
  });
});
