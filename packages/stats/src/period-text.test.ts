import { describe, expect, it } from "vitest";
import { formatPeriod, formatReportDate } from "@hcc/stats";

describe("formatPeriod and formatReportDate", () => {
  it("writes the period as Vietnamese forms do, and in English", () => {
    expect(formatPeriod("2019-05-06", "2019-08-09")).toBe("Từ ngày 06/5/2019 đến ngày 09/8/2019");
    expect(formatPeriod("2019-05-06", "2019-08-09", "en")).toBe("From 6 May 2019 to 9 August 2019");
    expect(formatReportDate("2024-12-31")).toBe("31/12/2024");
  });

  it("reads an instant as its Vietnam date, whatever the process time zone", () => {
    // 2024-03-31T17:30Z is 1 April 00:30 in Vietnam
    expect(formatReportDate("2024-03-31T17:30:00Z", "en")).toBe("1 April 2024");
    expect(formatReportDate("2024-04-01T00:00", "en")).toBe("1 April 2024");
  });

  it("rejects a date that does not exist and an unknown language", () => {
    expect(() => formatReportDate("2023-02-29")).toThrow(/2023-02-29/);
    expect(() => formatPeriod("2024-01-01", "2024-01-02", "fr" as never)).toThrow(/lang/);
  });
});
