import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { vietnamCalendar } from "@hcc/calendar";
import { dayNumberToLocalDate } from "@hcc/core";

const vn = vietnamCalendar();
const saturdays = vietnamCalendar({ week: { saturday: [{ start: 450, end: 690 }] } });
// 1950–2090: far enough from the range ends for n up to ±400.
const day = fc.integer({ min: -7305, max: 43_830 });
const n = fc.integer({ min: -400, max: 400 });

describe.each([
  ["vn", vn],
  ["vn with Saturday mornings", saturdays],
])("properties of addWorkingDays / workingDaysBetween (%s)", (_name, cal) => {
  it("results are working days for n ≠ 0", () => {
    fc.assert(fc.property(day, n.filter((k) => k !== 0), (d, k) => cal.isWorkingDayNumber(cal.addWorkingDayNumbers(d, k))));
  });

  it("add then subtract is the identity on working days", () => {
    fc.assert(
      fc.property(day, n, (d, k) => {
        fc.pre(cal.isWorkingDayNumber(d));
        return cal.addWorkingDayNumbers(cal.addWorkingDayNumbers(d, k), -k) === d;
      }),
    );
  });

  it("workingDaysBetween(a, addWorkingDays(a, n)) === n for every a when n ≥ 0", () => {
    fc.assert(fc.property(day, n.map(Math.abs), (d, k) => cal.workingDaysBetweenDayNumbers(d, cal.addWorkingDayNumbers(d, k)) === k));
  });

  it("workingDaysBetween(a, addWorkingDays(a, n)) === n for every working day a and every n", () => {
    fc.assert(
      fc.property(day, n, (d, k) => {
        fc.pre(cal.isWorkingDayNumber(d));
        return cal.workingDaysBetweenDayNumbers(d, cal.addWorkingDayNumbers(d, k)) === k;
      }),
    );
  });

  it("from a day off, n < 0 working days back is one short of −n by workingDaysBetween (documented)", () => {
    fc.assert(
      fc.property(day, n.filter((k) => k < 0), (d, k) => {
        fc.pre(!cal.isWorkingDayNumber(d));
        return cal.workingDaysBetweenDayNumbers(d, cal.addWorkingDayNumbers(d, k)) === k + 1;
      }),
    );
  });

  it("workingDaysBetween is antisymmetric and additive", () => {
    fc.assert(
      fc.property(day, day, day, (a, b, c) => {
        const ab = cal.workingDaysBetweenDayNumbers(a, b);
        return ab === -cal.workingDaysBetweenDayNumbers(b, a) && ab + cal.workingDaysBetweenDayNumbers(b, c) === cal.workingDaysBetweenDayNumbers(a, c);
      }),
    );
  });

  it("is strictly monotonic in n", () => {
    fc.assert(fc.property(day, n, (d, k) => cal.addWorkingDayNumbers(d, k) < cal.addWorkingDayNumbers(d, k + 1)));
  });

  it("the result is strictly after (before) the date and skips exactly n − 1 working days", () => {
    fc.assert(
      fc.property(day, fc.integer({ min: 1, max: 60 }), (d, k) => {
        const r = cal.addWorkingDayNumbers(d, k);
        let count = 0;
        for (let x = d + 1; x <= r; x++) if (cal.isWorkingDayNumber(x)) count++;
        return r > d && count === k;
      }),
    );
  });

  it("the Date and string APIs agree with the day-number API", () => {
    fc.assert(
      fc.property(day, n, (d, k) => {
        const date = dayNumberToLocalDate(d);
        const expected = dayNumberToLocalDate(cal.addWorkingDayNumbers(d, k));
        const asDate = cal.addWorkingDays(new Date(Date.parse(`${date}T12:00:00+07:00`)), k);
        return cal.addWorkingDays(date, k) === expected && asDate.getTime() === Date.parse(`${expected}T00:00:00+07:00`);
      }),
    );
  });
});

describe("properties of working minutes", () => {
  const instant = fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2040, 0, 1) });
  it("workingMinutesBetween(a, addWorkingMinutes(a, m)) === m", () => {
    fc.assert(
      fc.property(instant, fc.integer({ min: -20_000, max: 20_000 }), (ms, m) => {
        return vn.workingMinutesBetweenMs(ms, vn.addWorkingMinutesMs(ms, m)) === m;
      }),
    );
  });
  it("is monotonic in minutes", () => {
    fc.assert(
      fc.property(instant, fc.integer({ min: -20_000, max: 20_000 }), (ms, m) => vn.addWorkingMinutesMs(ms, m) <= vn.addWorkingMinutesMs(ms, m + 1)),
    );
  });
});

it("time zone of the process does not matter", () => {
  expect(["UTC", "Asia/Ho_Chi_Minh", undefined]).toContain(process.env.TZ);
  expect(vn.addWorkingDays(new Date("2025-04-29T16:59:59Z"), 1).toISOString()).toBe("2025-05-04T17:00:00.000Z");
  expect(vn.isWorkingDay(new Date("2025-05-01T17:00:00Z"))).toBe(false); // 2 May in Vietnam
});
