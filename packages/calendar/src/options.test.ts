import { HccError, isHccError } from "@hcc/core";
import { describe, expect, it } from "vitest";
import { vietnamCalendar } from "@hcc/calendar";

function thrown(fn: () => unknown): HccError {
  try {
    fn();
  } catch (error) {
    if (isHccError(error)) return error;
    throw error;
  }
  throw new Error("did not throw");
}

describe("vietnamCalendar options", () => {
  it("shares the default calendar and builds it under 20 ms", () => {
    expect(vietnamCalendar()).toBe(vietnamCalendar({}));
    expect(vietnamCalendar().id).toBe("vn");
    expect(vietnamCalendar().byteLength).toBeLessThan(1_000_000);
  });

  it("applies runtime overrides: a newly announced swap", () => {
    const vn = vietnamCalendar();
    const swapped = vn.withOverrides([
      { date: "2027-04-29", working: false, name: { vi: "Nghỉ hoán đổi", en: "Swapped day off" } },
      { date: "2027-04-24", working: true },
    ]);
    expect(swapped.id).toBe("vn+overrides");
    expect(swapped.dayInfo("2027-04-29")).toMatchObject({ working: false, kind: "bridge_off", status: "official" });
    expect(swapped.dayInfo("2027-04-24")).toMatchObject({ working: true, kind: "makeup_workday" });
    expect(swapped.dayInfo("2027-04-24").name.en).toBe("Additional working day");
    expect(vn.isWorkingDay("2027-04-29")).toBe(true); // the original is unchanged
    expect(swapped.withOverrides([{ date: "2027-04-29", working: true }]).dayInfo("2027-04-29")).toMatchObject({ kind: "weekday" });
    expect(swapped.withOverrides([]).id).toBe("vn+overrides");
    expect(swapped.daysOff("2027-04-20", "2027-05-05").map((d) => d.date)).toEqual(["2027-04-24", "2027-04-29", "2027-04-30", "2027-05-03"]);
  });

  it("applies overrides given as options, with a kind, a string name and sessions", () => {
    const cal = vietnamCalendar({
      overrides: [
        { date: "2030-03-01", working: false, kind: "holiday", name: "Ngày nghỉ địa phương" },
        { date: new Date("2030-03-02T03:00:00Z"), working: true, sessions: [{ start: 480, end: 660 }] },
      ],
    });
    expect(cal.id).toBe("vn+overrides");
    expect(cal.dayInfo("2030-03-01")).toMatchObject({ kind: "holiday", name: { vi: "Ngày nghỉ địa phương", en: "Ngày nghỉ địa phương" } });
    expect(cal.workingMinutesBetween("2030-03-02T00:00", "2030-03-03T00:00")).toBe(180);
    expect(vietnamCalendar({ id: "hcm", overrides: [{ date: "2030-03-01", working: false }] }).id).toBe("hcm");
  });

  it("supports a weekly pattern", () => {
    const cal = vietnamCalendar({ week: { saturday: true, friday: false } });
    expect(cal.dayInfo("2030-03-02")).toMatchObject({ working: true, kind: "weekday" });
    expect(cal.dayInfo("2030-03-01")).toMatchObject({ working: false, kind: "weekend" });
    expect(cal.isWorkingDay("2025-05-02")).toBe(false); // national swaps still apply
    expect(cal.daysOff("2030-03-01", "2030-03-03")).toEqual([]);
  });

  it("rejects bad options with invalid_calendar and the issues", () => {
    const bad: unknown[] = [
      { sessions: [{ start: 600, end: 500 }] },
      { sessions: [{ start: 420, end: 700 }, { start: 690, end: 800 }] },
      { sessions: [] },
      { week: { caturday: true } },
      { week: { monday: false, tuesday: false, wednesday: false, thursday: false, friday: false, saturday: false, sunday: false } },
      { include: ["pending-day"] },
      { overrides: [{ date: "2025-02-30", working: false }] },
      { overrides: [{ date: "2025-03-03", working: true, kind: "holiday" }] },
      { overrides: [{ date: "2025-03-03", working: false, sessions: [{ start: 420, end: 600 }] }] },
      { unknown: 1 },
      "vn",
    ];
    for (const options of bad) {
      const error = thrown(() => vietnamCalendar(options as never));
      expect(error.code, JSON.stringify(options)).toBe("invalid_calendar");
    }
    expect(thrown(() => vietnamCalendar({ sessions: [{ start: 600, end: 500 }] })).issues.length).toBeGreaterThan(0);
    expect(thrown(() => vietnamCalendar().withOverrides([{ date: "nope", working: false }])).code).toBe("invalid_calendar");
    expect(thrown(() => vietnamCalendar({ overrides: [{ date: "1850-01-01", working: false }] })).code).toBe("out_of_range");
  });
});
