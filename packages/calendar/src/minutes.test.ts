import { describe, expect, it } from "vitest";
import { vietnamCalendar } from "@hcc/calendar";

const vn = vietnamCalendar();

describe("working minutes (sessions 07:00–11:30, 13:30–17:00)", () => {
  it("adds within a session and across lunch", () => {
    expect(vn.addWorkingMinutes("2025-03-03T08:00", 60)).toBe("2025-03-03T09:00:00+07:00");
    expect(vn.addWorkingMinutes("2025-03-03T11:00", 60)).toBe("2025-03-03T14:00:00+07:00");
  });

  it("ends at a session end rather than the next session start", () => {
    expect(vn.addWorkingMinutes("2025-03-03T07:00", 270)).toBe("2025-03-03T11:30:00+07:00");
    expect(vn.addWorkingMinutes("2025-03-03T07:00", 480)).toBe("2025-03-03T17:00:00+07:00");
  });

  it("moves a start outside a session to the next session start", () => {
    expect(vn.addWorkingMinutes("2025-03-03T12:00", 0)).toBe("2025-03-03T13:30:00+07:00");
    expect(vn.addWorkingMinutes("2025-03-03T18:00", 30)).toBe("2025-03-04T07:30:00+07:00");
    expect(vn.addWorkingMinutes("2025-03-08T09:00", 30)).toBe("2025-03-10T07:30:00+07:00"); // Saturday
  });

  it("skips holidays and swapped days, counts make-up Saturdays", () => {
    expect(vn.addWorkingMinutes("2025-04-29T16:00", 120)).toBe("2025-05-05T08:00:00+07:00");
    expect(vn.addWorkingMinutes("2025-04-25T16:00", 120)).toBe("2025-04-26T08:00:00+07:00");
  });

  it("goes backwards with negative minutes", () => {
    expect(vn.addWorkingMinutes("2025-03-04T07:30", -60)).toBe("2025-03-03T16:30:00+07:00");
    expect(vn.addWorkingMinutes("2025-03-03T12:00", -30)).toBe("2025-03-03T11:00:00+07:00");
  });

  it("returns a Date for a Date", () => {
    const out = vn.addWorkingMinutes(new Date("2025-03-03T01:00:00Z"), 60);
    expect(out).toBeInstanceOf(Date);
    expect(out.toISOString()).toBe("2025-03-03T02:00:00.000Z");
  });

  it("counts session minutes in [from, to)", () => {
    expect(vn.workingMinutesBetween("2025-03-03T00:00", "2025-03-04T00:00")).toBe(480);
    expect(vn.workingMinutesBetween("2025-03-03T11:00", "2025-03-03T14:00")).toBe(60);
    expect(vn.workingMinutesBetween("2025-03-03T14:00", "2025-03-03T11:00")).toBe(-60);
    expect(vn.workingMinutesBetween("2025-04-30T00:00", "2025-05-03T00:00")).toBe(0);
  });

  it("uses per-day sessions of the weekly pattern", () => {
    const cal = vietnamCalendar({ week: { saturday: [{ start: 450, end: 690 }] }, sessions: [{ start: 480, end: 1020 }] });
    expect(cal.sessions).toEqual([{ start: 480, end: 1020 }]);
    expect(cal.workingMinutesBetween("2025-03-08T00:00", "2025-03-09T00:00")).toBe(240);
    expect(cal.addWorkingMinutes("2025-03-07T16:00", 120)).toBe("2025-03-08T08:30:00+07:00");
    expect(cal.addWorkingMinutes("2025-03-08T11:00", 60)).toBe("2025-03-10T08:30:00+07:00");
  });

  it("rejects bad numbers and out-of-range instants", () => {
    expect(() => vn.addWorkingMinutes("2025-03-03T08:00", Number.NaN)).toThrow(/finite/);
    expect(() => vn.addWorkingMinutesMs(Number.POSITIVE_INFINITY, 1)).toThrow(/finite/);
    expect(() => vn.workingMinutesBetweenMs(0, Number.NaN)).toThrow(/finite/);
    expect(() => vn.addWorkingMinutes("2100-12-31T16:00", 600)).toThrow(/outside/);
    expect(() => vn.workingMinutesBetween("1899-12-31T08:00", "2025-01-01")).toThrow(/outside/);
  });
});
