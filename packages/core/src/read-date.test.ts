import { describe, expect, it } from "vitest";
import { parseInstant, parseLocalDate, readEpochMs, readEpochMsFromBytes, safeParseInstant, toDayNumber, toEpochMs } from "@hcc/core";

// 23:30 on 31 March 2024 in Vietnam: the last half hour of a month and a quarter.
const AT = Date.UTC(2024, 2, 31, 16, 30);
const SAME_INSTANT: readonly (string | number | Date)[] = [
  "2024-03-31T23:30:00+07:00",
  "2024-03-31T23:30:00.000+07:00",
  "2024-03-31T23:30+07:00",
  "2024-03-31T23:30:00+0700",
  "2024-03-31T16:30:00Z",
  "2024-03-31T16:30:00.000Z",
  "2024-03-31T12:30:00-04:00",
  "2024-03-31T23:30:00",
  "2024-03-31 23:30:00",
  "2024-03-31 23:30",
  "20240331233000",
  20240331233000,
  "202403312330",
  "31/03/2024 23:30",
  "31/03/2024 23:30:00",
  "31/3/2024 23:30",
  " 2024-03-31T23:30:00+07:00 ",
  new Date(AT),
];

describe("the lenient reader", () => {
  it.each(SAME_INSTANT.map((v) => [v]))("reads %j as 23:30 on 31 March 2024 in Vietnam", (value) => {
    expect(toEpochMs(value)).toBe(AT);
    expect(parseInstant(value)).toBe("2024-03-31T23:30:00+07:00");
    expect(parseLocalDate(value)).toBe("2024-03-31");
  });
  it("reads dates alone as 00:00 Vietnam time", () => {
    const midnight = Date.UTC(2024, 2, 30, 17);
    for (const v of ["2024-03-31", "20240331", 20240331, "31/03/2024", "31/3/2024"]) expect(toEpochMs(v)).toBe(midnight);
    expect(toDayNumber(20240331)).toBe(toDayNumber("2024-03-31"));
  });
  it.each([
    ["31/02/2024", "day 31 does not exist in 2024-02"],
    ["2024-03-31T24:00", "hour must be 00–23"],
    ["20240332", "day 32 does not exist"],
    ["2024/03/31", "expected ISO 8601"],
    ["12/31/2024", "month must be 01–12"],
    ["1711902600000", "expected ISO 8601"],
  ])("refuses %j with invalid_date naming the value", (bad, why) => {
    const result = safeParseInstant(bad);
    expect(result.error?.code).toBe("invalid_date");
    expect(result.error?.value).toBe(bad);
    expect(result.error?.message).toContain(JSON.stringify(bad));
    expect(result.error?.message).toContain(why);
  });
  it("reads a number only as compact digits, never as epoch milliseconds", () => {
    expect(safeParseInstant(1711902600000).error?.message).toContain("8, 10, 12 or 14");
    expect(safeParseInstant(2024033.5).error?.code).toBe("invalid_date");
    expect(safeParseInstant(-20240331).error?.code).toBe("invalid_date");
  });
  it("fast readers work on a range and never read outside it", () => {
    const line = "x,2024-03-31T23:30:00+07:00,20240331233000,31/03/2024 23:30,y";
    expect(readEpochMs(line, 2, 27)).toBe(AT);
    expect(readEpochMs(line, 28, 42)).toBe(AT);
    expect(readEpochMs(line, 43, 59)).toBe(AT);
    expect(readEpochMs(line, 2, 26)).toBeNaN(); // "+07:0" cut short
    expect(readEpochMs("2024-03-31T23:30:00+07:00", 0, 24)).toBeNaN();
    const bytes = new TextEncoder().encode(line);
    expect(readEpochMsFromBytes(bytes, 2, 27)).toBe(AT);
    expect(readEpochMsFromBytes(bytes, 28, 42)).toBe(AT);
    expect(readEpochMsFromBytes(bytes, 43, 59)).toBe(AT);
    expect(readEpochMsFromBytes(bytes, 2, 26)).toBeNaN();
  });
  it("fast readers leave what they do not recognise to the general reader", () => {
    for (const t of [" 2024-03-31", "31/3/2024", "2024-02-30", "abcdefgh", "2024-03-31T23:30:00+07:00x", "2024-03-31T23:30:00.1234567891Z"]) {
      expect(readEpochMs(t)).toBeNaN();
    }
  });
});
