import { describe, expect, it } from "vitest";
import { vietnamCalendar } from "@hcc/calendar";
import { isHccError } from "@hcc/core";
import { clockStart, computeDueDate, safeClockStart, safeComputeDueDate } from "@hcc/sla";
import { testCalendar } from "./_test/test-calendar.js";

const calendar = vietnamCalendar();
const due = (received: string, value: number, unit: "working_days" | "working_hours" | "calendar_days" | "months", extra = {}) =>
  computeDueDate(received, { value, unit }, { calendar, ...extra }).at;

describe("clockStart", () => {
  it("moves a receipt into working time", () => {
    expect(clockStart("2024-03-11T06:30", { calendar })).toBe("2024-03-11T07:00:00+07:00");
    expect(clockStart("2024-03-11T07:00", { calendar })).toBe("2024-03-11T07:00:00+07:00");
    expect(clockStart("2024-03-11T11:30", { calendar })).toBe("2024-03-11T13:30:00+07:00");
    expect(clockStart("2024-03-11T13:29:59", { calendar })).toBe("2024-03-11T13:30:00+07:00");
    expect(clockStart("2024-03-11T16:59:59", { calendar })).toBe("2024-03-11T16:59:59+07:00");
    expect(clockStart("2024-03-11T17:00", { calendar })).toBe("2024-03-12T07:00:00+07:00");
    expect(clockStart("2024-03-11T23:59", { calendar })).toBe("2024-03-12T07:00:00+07:00");
    expect(clockStart(new Date("2024-03-10T17:30:00Z"), { calendar })).toBe("2024-03-11T07:00:00+07:00"); // 00:30 Monday in Vietnam
  });
  it("applies a cut-off only on working days", () => {
    expect(clockStart("2024-03-11T14:59", { calendar, cutoff: "15:00" })).toBe("2024-03-11T14:59:00+07:00");
    expect(clockStart("2024-03-11T15:00", { calendar, cutoff: "15:00" })).toBe("2024-03-12T07:00:00+07:00");
    expect(clockStart("2024-03-09T16:00", { calendar, cutoff: "15:00" })).toBe("2024-03-11T07:00:00+07:00");
  });
  it("follows the calendar's sessions (a center with 07:30–11:30 and 13:00–17:00)", () => {
    const custom = testCalendar([{ start: 450, end: 690 }, { start: 780, end: 1020 }]);
    expect(clockStart("2024-03-11T07:10", { calendar: custom })).toBe("2024-03-11T07:30:00+07:00");
    expect(clockStart("2024-03-11T12:10", { calendar: custom })).toBe("2024-03-11T13:00:00+07:00");
    expect(computeDueDate("2024-03-11T07:30", { value: 8, unit: "working_hours" }, { calendar: custom }).at).toBe("2024-03-11T17:00:00+07:00");
  });
  it("validates its input", () => {
    expect(safeClockStart("2024-02-30T08:00", { calendar }).error?.code).toBe("invalid_date");
    expect(safeClockStart("2024-03-11T08:00", { calendar, cutoff: "25:00" }).error?.code).toBe("invalid_input");
    expect(safeClockStart("2024-03-11T08:00", { calendar: {} as never }).error?.code).toBe("invalid_calendar");
    expect(safeClockStart("2024-03-11T08:00", undefined as never).error?.code).toBe("invalid_calendar");
    expect(safeClockStart(undefined, { calendar }).error?.message).toMatch(/received is required/);
    const bad = { ...testCalendar(), sessions: [{ start: 600, end: 500 }] };
    expect(safeClockStart("2024-03-11T08:00", { calendar: bad }).error?.code).toBe("invalid_calendar");
    expect(safeClockStart("2024-03-11T08:00", { calendar: { ...testCalendar(), sessions: [] } }).error?.message).toMatch(/no working sessions/);
    expect(safeClockStart("2024-03-11T08:00", { calendar }).data).toBe("2024-03-11T08:00:00+07:00");
  });
  it("reports dates outside the calendar's range as HccError", () => {
    const r = safeClockStart("2100-12-31T18:00", { calendar });
    expect(r.success).toBe(false);
    expect(isHccError(r.error)).toBe(true);
  });
});

describe("computeDueDate", () => {
  it("working days, day-based: the N-th working day after the receipt day, at the close", () => {
    expect(due("2024-03-11T10:00", 1, "working_days")).toBe("2024-03-12T17:00:00+07:00");
    expect(due("2024-03-11T23:00", 1, "working_days")).toBe("2024-03-12T17:00:00+07:00");
    expect(due("2024-03-10T10:00", 1, "working_days")).toBe("2024-03-11T17:00:00+07:00");
  });
  it("0 working days is the clock-start day; fractional days count in hours", () => {
    expect(due("2024-03-11T10:00", 0, "working_days")).toBe("2024-03-11T17:00:00+07:00");
    expect(due("2024-03-11T18:00", 0, "working_days")).toBe("2024-03-12T17:00:00+07:00");
    expect(due("2024-03-11T10:00", 0.5, "working_days")).toBe("2024-03-11T16:00:00+07:00"); // 4 h: 1 h 30 + 2 h 30
    expect(due("2024-03-11T10:00", 0, "working_days", { convention: "hour" })).toBe("2024-03-11T10:00:00+07:00");
  });
  it("working hours: session time from the clock start, landing on a session end when exact", () => {
    expect(due("2024-03-11T07:00", 4.5, "working_hours")).toBe("2024-03-11T11:30:00+07:00");
    expect(due("2024-03-11T07:00", 8, "working_hours")).toBe("2024-03-11T17:00:00+07:00");
    expect(due("2024-03-11T07:00", 8.5, "working_hours")).toBe("2024-03-12T07:30:00+07:00");
    expect(due("2024-03-08T16:00", 16, "working_hours")).toBe("2024-03-12T16:00:00+07:00");
    expect(due("2024-02-07T16:00", 2, "working_hours")).toBe("2024-02-15T08:00:00+07:00"); // across Tết 2024
    expect(due("2024-03-11T17:30", 0, "working_hours")).toBe("2024-03-12T07:00:00+07:00");
  });
  it("calendar days and months move off days off; months clamp", () => {
    expect(due("2024-03-11T10:00", 0, "calendar_days")).toBe("2024-03-11T17:00:00+07:00");
    expect(due("2024-03-09T10:00", 0, "calendar_days")).toBe("2024-03-11T17:00:00+07:00");
    expect(due("2024-12-31T10:00", 2, "months")).toBe("2025-02-28T17:00:00+07:00");
    expect(due("2023-12-31T10:00", 2, "months")).toBe("2024-02-29T17:00:00+07:00");
    expect(due("2024-03-31T10:00", 1, "months")).toBe("2024-05-02T17:00:00+07:00"); // clamped to 30/4 (holiday), 1/5 holiday → 2/5
  });
  it("validates amount, unit and options", () => {
    const code = (r: ReturnType<typeof safeComputeDueDate>) => (r.success ? "ok" : `${r.error.code}: ${r.error.message}`);
    expect(code(safeComputeDueDate("2024-03-11", { value: -1, unit: "working_days" }, { calendar }))).toMatch(/invalid_input: .*≥ 0, got -1/);
    expect(code(safeComputeDueDate("2024-03-11", { value: 1.5, unit: "months" }, { calendar }))).toMatch(/whole number, got 1.5/);
    expect(code(safeComputeDueDate("2024-03-11", { value: 1, unit: "weeks" }, { calendar }))).toMatch(/processing time must be/);
    expect(code(safeComputeDueDate("2024-03-11", null, { calendar }))).toMatch(/processing time must be/);
    expect(code(safeComputeDueDate("2024-03-11", { value: 1, unit: "working_days" }, { calendar, convention: "week" as never }))).toMatch(/convention must be one of "day", "hour", got "week"/);
    expect(code(safeComputeDueDate("2024-03-11", { value: Number.POSITIVE_INFINITY, unit: "working_hours" }, { calendar }))).toMatch(/finite/);
  });
});
