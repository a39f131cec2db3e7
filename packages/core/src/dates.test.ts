import { describe, expect, it } from "vitest";
import {
  dayNumberToLocalDate,
  dayOfWeek,
  formatCompactInstant,
  isHccError,
  localDateToDayNumber,
  parseCompactInstant,
  parseInstant,
  parseLocalDate,
  safeParseInstant,
  safely,
  formatInstant,
  toDayNumber,
  toEpochMs,
  vietnamParts,
} from "@hcc/core";

describe("parseInstant", () => {
  it("reads a string without offset as Vietnam time", () => {
    expect(parseInstant("2019-05-06T08:00")).toBe("2019-05-06T08:00:00+07:00");
    expect(toEpochMs("2019-05-06T08:00")).toBe(Date.UTC(2019, 4, 6, 1, 0));
  });
  it("reads a plain date as midnight in Vietnam", () => {
    expect(parseInstant("2019-05-06")).toBe("2019-05-06T00:00:00+07:00");
  });
  it("converts offsets and Z to Vietnam time", () => {
    expect(parseInstant("2019-05-05T17:00:00Z")).toBe("2019-05-06T00:00:00+07:00");
    expect(parseInstant("2019-05-06T10:00:00+09:00")).toBe("2019-05-06T08:00:00+07:00");
    expect(parseInstant("2019-05-06T10:00:00+0900")).toBe("2019-05-06T08:00:00+07:00");
    expect(parseInstant(new Date(Date.UTC(2019, 4, 6, 1)))).toBe("2019-05-06T08:00:00+07:00");
  });
  it("keeps milliseconds only when present", () => {
    expect(parseInstant("2019-05-06T08:00:00.5")).toBe("2019-05-06T08:00:00.500+07:00");
  });
  it("accepts a space separator", () => {
    expect(parseInstant("2019-05-06 08:00:00")).toBe("2019-05-06T08:00:00+07:00");
  });
  it.each(["2019-02-29", "2019-13-01", "2019-05-06T24:00", "2019-05-06T08:60", "31/02/2019", "6 May 2019", "2019-05-06T08:00:00+7", "201905061", "", "0999-01-01"])(
    "rejects %j with invalid_date",
    (bad) => {
      const result = safeParseInstant(bad);
      expect(result.success).toBe(false);
      expect(result.error?.code).toBe("invalid_date");
      expect(result.error?.value).toBe(bad);
      expect(result.error?.message).toContain(JSON.stringify(bad));
    },
  );
  it("rejects non-strings and invalid Dates", () => {
    expect(safeParseInstant(42).error?.code).toBe("invalid_date");
    expect(safeParseInstant(new Date(NaN)).error?.code).toBe("invalid_date");
    expect(isHccError(safeParseInstant(null).error)).toBe(true);
  });
});

describe("local dates and day numbers", () => {
  it("gives the Vietnam date of an instant", () => {
    expect(parseLocalDate("2019-05-05T16:59:59Z")).toBe("2019-05-05");
    expect(parseLocalDate("2019-05-05T17:00:00Z")).toBe("2019-05-06");
  });
  it("round-trips day numbers", () => {
    expect(localDateToDayNumber("1970-01-01")).toBe(0);
    expect(localDateToDayNumber("2019-05-06")).toBe(18022);
    expect(dayNumberToLocalDate(18022)).toBe("2019-05-06");
    expect(dayNumberToLocalDate(-1)).toBe("1969-12-31");
    expect(toDayNumber("2019-05-06T23:59")).toBe(18022);
  });
  it("knows the weekday", () => {
    expect(dayOfWeek(localDateToDayNumber("2019-05-06"))).toBe(1);
    expect(dayOfWeek(localDateToDayNumber("1969-12-28"))).toBe(0);
  });
  it("splits wall-clock parts in Vietnam time", () => {
    const p = vietnamParts("2019-05-05T23:30:00Z");
    expect([p.year, p.month, p.day, p.hour, p.minute, p.dayOfWeek, p.minuteOfDay]).toEqual([2019, 5, 6, 6, 30, 1, 390]);
  });
});

describe("compact wire dates", () => {
  it("parses and formats yyyyMMddHHmmss in Vietnam time", () => {
    expect(parseCompactInstant("20190506143000")).toBe("2019-05-06T14:30:00+07:00");
    expect(parseCompactInstant("20190506")).toBe("2019-05-06T00:00:00+07:00");
    expect(formatCompactInstant(toEpochMs("2019-05-06T14:30:00+07:00"))).toBe("20190506143000");
  });
  it("rejects impossible compact dates", () => {
    expect(() => parseCompactInstant("20190230000000")).toThrowError(/does not exist/);
    expect(() => parseCompactInstant("2019-05-06")).toThrowError(/yyyyMMddHHmmss/);
  });
});

describe("supported range", () => {
  it("rejects instants outside years 1000–9999 instead of printing NaN", () => {
    for (const run of <(() => unknown)[]>[
      () => formatInstant(8.64e15),
      () => formatInstant(Date.UTC(10000, 0, 1)),
      () => dayNumberToLocalDate(100_000_000),
      () => toEpochMs(new Date(8.64e15)),
      () => formatInstant(Number.NaN),
    ]) {
      const result = safely(run);
      expect(result.success).toBe(false);
      expect(result.error?.code).toBe("invalid_date");
    }
    expect(formatInstant(Date.UTC(9999, 11, 31, 16, 59, 59))).toBe("9999-12-31T23:59:59+07:00");
  });
  it("names odd values in messages without throwing a TypeError", () => {
    expect(safeParseInstant(Object.create(null)).error?.message).toMatch(/^Invalid date \{\}: expected a Date, a number of yyyyMMddHHmmss digits or a text in ISO 8601/);
    expect(safeParseInstant(10n).error?.message).toMatch(/^Invalid date 10n: expected a Date/);
  });
});
