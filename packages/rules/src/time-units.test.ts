import { describe, expect, it } from "vitest";
import { toWorkingDays } from "@hcc/rules";

describe("toWorkingDays", () => {
  it("converts each unit", () => {
    expect(toWorkingDays({ value: 4, unit: "working_hours" })).toBe(0.5);
    expect(toWorkingDays({ value: 20, unit: "working_days" })).toBe(20);
    expect(toWorkingDays({ value: 365, unit: "calendar_days" })).toBe(250);
    expect(toWorkingDays({ value: 12, unit: "months" })).toBe(250);
    expect(toWorkingDays({ value: 12, unit: "months" }, { workingDaysPerYear: 248 })).toBe(248);
    expect(toWorkingDays({ value: 16, unit: "working_hours" }, { hoursPerWorkingDay: 4 })).toBe(4);
  });

  it("validates the time and the factors", () => {
    expect(() => toWorkingDays({ value: -1, unit: "working_days" })).toThrow(/Invalid processing time/);
    expect(() => toWorkingDays({ value: 1, unit: "weeks" } as never)).toThrow(/Invalid processing time/);
    expect(() => toWorkingDays({ value: 1, unit: "working_days" }, { hoursPerWorkingDay: 0 })).toThrow(/conversion/);
  });
});
