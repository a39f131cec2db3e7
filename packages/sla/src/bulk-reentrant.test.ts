import { describe, expect, it } from "vitest";
import { vietnamCalendar, type WorkingCalendar } from "@hcc/calendar";
import { evaluateMany } from "@hcc/sla";

// The columnar fast path keeps its block scratch in one place. A plug-in calendar may do anything
// in its methods, including evaluating other dossiers: such a nested call must not overwrite the
// scratch of the call that is running.

const DAY = 86_400_000;
const vn = vietnamCalendar();

function columns(n: number, seed: number) {
  let x = seed;
  const rnd = () => ((x = (Math.imul(x ^ (x >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0) / 4294967296);
  const from = Date.parse("2024-01-01T00:00:00+07:00");
  const receivedMs = Float64Array.from({ length: n }, () => from + Math.floor(rnd() * 400 * 24 * 60) * 60_000);
  return {
    receivedMs,
    endedMs: Float64Array.from(receivedMs, (r) => (rnd() < 0.7 ? r + Math.floor(rnd() * 25 * DAY) : Number.NaN)),
    amount: Float64Array.from({ length: n }, () => 1 + Math.floor(rnd() * 15)),
    unit: new Uint8Array(n).fill(2),
  };
}

/** The Vietnamese calendar behind a plain object (not the compiled table), whose day arithmetic evaluates other dossiers first. */
function meddlingCalendar(): { calendar: WorkingCalendar; nested: () => number } {
  let nested = 0;
  let inside = false;
  const other = columns(500, 99);
  const calendar = new Proxy({} as WorkingCalendar, {
    get(_, key) {
      if (key === "addWorkingDayNumbers") {
        return (day: number, n: number) => {
          if (!inside) {
            inside = true;
            evaluateMany(other, { asOf: "2025-06-30T17:00", calendar: vn });
            nested++;
            inside = false;
          }
          return vn.addWorkingDayNumbers(day, n);
        };
      }
      const value = (vn as unknown as Record<PropertyKey, unknown>)[key];
      return typeof value === "function" ? (value as (...a: unknown[]) => unknown).bind(vn) : value;
    },
  });
  return { calendar, nested: () => nested };
}

describe("evaluateMany with a calendar that evaluates dossiers itself", () => {
  it("gives the results of the plain calendar: the nested calls do not touch the running call's scratch", () => {
    const cols = columns(9000, 7);
    const options = { asOf: "2025-03-14T15:30" };
    const expected = evaluateMany(cols, { ...options, calendar: vn });
    const { calendar, nested } = meddlingCalendar();
    const actual = evaluateMany(cols, { ...options, calendar });
    expect(nested()).toBeGreaterThan(1000);
    expect(actual).toEqual(expected);
  });
});
