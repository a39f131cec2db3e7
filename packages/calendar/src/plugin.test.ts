import { dayNumberToLocalDate, dayOfWeek, localDateToDayNumber, toDayNumber, type DateInput, type Instant, type LocalDate } from "@hcc/core";
import { describe, expect, it } from "vitest";
import {
  addWorkingDaysBulk,
  createWorkingCalendar,
  isWorkingDayBulk,
  vietnamCalendar,
  workingDaysBetweenBulk,
  type DayInfo,
  type WorkingCalendar,
  type WorkingSession,
} from "@hcc/calendar";

/**
 * An outside implementation written against the interface only: a ministry that works
 * Monday–Saturday and closes on one listed day. Naive loops, no typed arrays.
 */
class MinistryCalendar implements WorkingCalendar {
  readonly id = "ministry-x";
  readonly sessions: readonly WorkingSession[] = [{ start: 480, end: 1020 }];
  readonly range = { first: 0, last: 40_000 };
  constructor(private readonly closed: ReadonlySet<number>) {}
  isWorkingDayNumber(day: number): boolean {
    return dayOfWeek(day) !== 0 && !this.closed.has(day);
  }
  isWorkingDay(date: DateInput): boolean {
    return this.isWorkingDayNumber(toDayNumber(date));
  }
  dayInfo(date: DateInput): DayInfo {
    const day = toDayNumber(date);
    const working = this.isWorkingDayNumber(day);
    return { date: dayNumberToLocalDate(day), working, kind: working ? "weekday" : this.closed.has(day) ? "holiday" : "weekend", name: { vi: "", en: "" }, status: "official" };
  }
  addWorkingDayNumbers(day: number, n: number): number {
    let d = day;
    for (let left = Math.abs(n); left > 0; ) {
      d += Math.sign(n);
      if (this.isWorkingDayNumber(d)) left--;
    }
    return d;
  }
  workingDaysBetweenDayNumbers(from: number, to: number): number {
    let count = 0;
    if (to >= from) for (let d = from + 1; d <= to; d++) count += this.isWorkingDayNumber(d) ? 1 : 0;
    else for (let d = to + 1; d <= from; d++) count -= this.isWorkingDayNumber(d) ? 1 : 0;
    return count;
  }
  addWorkingDays(date: Date, n: number): Date;
  addWorkingDays(date: string, n: number): LocalDate;
  addWorkingDays(date: DateInput, n: number): Date | LocalDate;
  addWorkingDays(date: DateInput, n: number): Date | LocalDate {
    const day = this.addWorkingDayNumbers(toDayNumber(date), n);
    return typeof date === "string" ? dayNumberToLocalDate(day) : new Date(day * 86_400_000 - 7 * 3_600_000);
  }
  workingDaysBetween(from: DateInput, to: DateInput): number {
    return this.workingDaysBetweenDayNumbers(toDayNumber(from), toDayNumber(to));
  }
  nextWorkingDay(date: Date): Date;
  nextWorkingDay(date: string): LocalDate;
  nextWorkingDay(date: DateInput): Date | LocalDate;
  nextWorkingDay(date: DateInput): Date | LocalDate {
    return this.addWorkingDays(date, 1);
  }
  previousWorkingDay(date: Date): Date;
  previousWorkingDay(date: string): LocalDate;
  previousWorkingDay(date: DateInput): Date | LocalDate;
  previousWorkingDay(date: DateInput): Date | LocalDate {
    return this.addWorkingDays(date, -1);
  }
  daysOff(): DayInfo[] {
    return [];
  }
  holidays(): DayInfo[] {
    return [];
  }
  addWorkingMinutes(start: Date, minutes: number): Date;
  addWorkingMinutes(start: string, minutes: number): Instant;
  addWorkingMinutes(start: DateInput, minutes: number): Date | Instant;
  addWorkingMinutes(): Date | Instant {
    throw new Error("not used in this test");
  }
  workingMinutesBetween(): number {
    return 0;
  }
  addWorkingMinutesMs(): number {
    return 0;
  }
  workingMinutesBetweenMs(): number {
    return 0;
  }
}

/** Generic code of another package: it only knows the interface. */
function dueDates(calendar: WorkingCalendar, received: readonly string[], days: number): string[] {
  const start = Int32Array.from(received, localDateToDayNumber);
  return Array.from(addWorkingDaysBulk(calendar, start, days), dayNumberToLocalDate);
}

describe("plug-in calendars", () => {
  const closed = new Set([localDateToDayNumber("2030-09-05")]);
  const ministry = new MinistryCalendar(closed);

  it("an outside implementation works through the generic API", () => {
    expect(dueDates(ministry, ["2030-09-03", "2030-09-06"], 2)).toEqual(["2030-09-06", "2030-09-09"]);
    const from = Int32Array.of(localDateToDayNumber("2030-09-01"));
    const to = Int32Array.of(localDateToDayNumber("2030-09-08"));
    expect(workingDaysBetweenBulk(ministry, from, to)[0]).toBe(5);
    expect(Array.from(isWorkingDayBulk(ministry, Int32Array.of(localDateToDayNumber("2030-09-05"), localDateToDayNumber("2030-09-07"))))).toEqual([0, 1]);
  });

  it("createWorkingCalendar compiles the same rule and agrees with the outside implementation", () => {
    const compiled = createWorkingCalendar({
      id: "ministry-x",
      isWorkingDay: (_day, weekday) => weekday !== 0,
      daysOff: ["2030-09-05"],
      sessions: [{ start: 480, end: 1020 }],
      names: { "2030-09-05": { vi: "Nghỉ", en: "Closed" } },
    });
    expect(compiled.dayInfo("2030-09-05")).toMatchObject({ kind: "holiday", working: false, name: { en: "Closed" } });
    expect(compiled.dayInfo("2030-09-07")).toMatchObject({ kind: "makeup_workday", working: true });
    const received = ["2030-08-30", "2030-09-03", "2030-09-04", "2030-09-06", "2030-09-08"];
    for (const n of [1, 2, 5, 12]) expect(dueDates(compiled, received, n)).toEqual(dueDates(ministry, received, n));
    expect(compiled.workingDaysBetween("2030-09-01", "2030-09-08")).toBe(5);
    expect(compiled.withOverrides([{ date: "2030-09-05", working: true }]).isWorkingDay("2030-09-05")).toBe(true);
  });

  it("createWorkingCalendar defaults to Monday–Friday and accepts extra working days", () => {
    const cal = createWorkingCalendar({ id: "plain", workingDays: ["2030-09-07"] });
    expect(cal.isWorkingDay("2030-09-07")).toBe(true);
    expect(cal.isWorkingDay("2030-09-08")).toBe(false);
    expect(createWorkingCalendar({ id: "plain" }).isWorkingDay("2030-09-07")).toBe(false);
  });

  it("createWorkingCalendar validates its spec", () => {
    expect(() => createWorkingCalendar({ id: "" })).toThrow(/Invalid working calendar spec/);
    expect(() => createWorkingCalendar({ id: "x", isWorkingDay: () => 1 as unknown as boolean })).toThrow(/not a boolean/);
  });
});

describe("bulk functions on a compiled calendar", () => {
  const vn = vietnamCalendar();
  it("match the scalar API, with n per item and in place", () => {
    const days = Int32Array.from({ length: 500 }, (_, k) => 16_000 + k * 7);
    const ns = Int32Array.from({ length: 500 }, (_, k) => (k % 61) - 30);
    const out = addWorkingDaysBulk(vn, days, ns);
    days.forEach((d, k) => expect(out[k]).toBe(vn.addWorkingDayNumbers(d, ns[k]!)));
    const between = workingDaysBetweenBulk(vn, days, out);
    days.forEach((d, k) => expect(between[k]).toBe(vn.workingDaysBetweenDayNumbers(d, out[k]!)));
    ns.forEach((n, k) => (n >= 0 || vn.isWorkingDayNumber(days[k]!)) && expect(between[k]).toBe(n));
    const flags = isWorkingDayBulk(vn, out);
    ns.forEach((n, k) => n !== 0 && expect(flags[k]).toBe(1));
    const copy = days.slice();
    addWorkingDaysBulk(vn, copy, 3, copy);
    expect(copy[0]).toBe(vn.addWorkingDayNumbers(days[0]!, 3));
  });

  it("validate arrays and ranges", () => {
    expect(() => addWorkingDaysBulk(vn, [1] as unknown as Int32Array, 1)).toThrow(/Int32Array/);
    expect(() => addWorkingDaysBulk(vn, Int32Array.of(1), 1.5)).toThrow(/integer/);
    expect(() => addWorkingDaysBulk(vn, Int32Array.of(1), Int32Array.of(1, 2))).toThrow(/items/);
    expect(() => addWorkingDaysBulk(vn, Int32Array.of(99_999), 1)).toThrow(/outside/);
    expect(() => addWorkingDaysBulk(vn, Int32Array.of(47_845), 10)).toThrow(/outside/);
    expect(() => workingDaysBetweenBulk(vn, Int32Array.of(1), Int32Array.of(99_999))).toThrow(/outside/);
    expect(() => workingDaysBetweenBulk(vn, Int32Array.of(-99_999), Int32Array.of(1))).toThrow(/outside/);
    expect(() => isWorkingDayBulk(vn, Int32Array.of(1), new Uint8Array(2))).toThrow(/Uint8Array/);
    expect(() => isWorkingDayBulk(vn, Int32Array.of(99_999))).toThrow(/outside/);
    expect(Array.from(addWorkingDaysBulk(vn, Int32Array.of(20_000), 0))).toEqual([20_000]);
  });
});
