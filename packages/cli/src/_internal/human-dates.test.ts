import { describe, expect, it } from "vitest";
import { daySpan, longDate, longInstant, workingDuration } from "./human-dates.js";

describe("human-readable dates and durations", () => {
  it("writes working time with 8 working hours to the day, in both languages", () => {
    expect(workingDuration(2 * 480 + 180, "en")).toBe("2 working days 3 hours");
    expect(workingDuration(2 * 480 + 180, "vi")).toBe("2 ngày làm việc 3 giờ");
    expect(workingDuration(480, "en")).toBe("1 working day");
    expect(workingDuration(61, "en")).toBe("1 hour 1 minute");
    expect(workingDuration(0, "en")).toBe("0 hours");
  });

  it("writes dates and instants in Vietnam time whatever the process time zone", () => {
    expect(longDate("2019-05-06", "en")).toBe("Monday, 6 May 2019");
    expect(longDate("2019-05-06", "vi")).toBe("Thứ Hai, 06/5/2019");
    // 10:00 UTC is 17:00 in Vietnam
    expect(longInstant("2024-03-13T10:00:00Z", "en")).toBe("17:00 on Wednesday, 13 March 2024");
    expect(longInstant("2024-03-13T17:00:00+07:00", "vi")).toBe("17:00 Thứ Tư, 13/3/2024");
    expect(daySpan("2019-05-06", "2019-08-09", "en")).toBe("96 days");
  });
});
