import { describe, expectTypeOf, it } from "vitest";
import { parseInstant, type Instant, type LocalDate } from "@hcc/core";
import { vietnamCalendar } from "@hcc/calendar";

describe("the calendar speaks core's branded time model", () => {
  it("a working day after an instant is a LocalDate, not an Instant", () => {
    const cal = vietnamCalendar();
    const instant = parseInstant("2024-03-29T16:00");
    expectTypeOf(cal.addWorkingDays(instant, 1)).toEqualTypeOf<LocalDate>();
    expectTypeOf(cal.addWorkingDays(new Date(0), 1)).toEqualTypeOf<Date>();
    // @ts-expect-error the issue's example: a date is not an instant
    const due: Instant = cal.addWorkingDays(instant, 1);
    void due;
  });
});
