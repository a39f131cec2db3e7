import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { classifyCode, vnDay, vnDayStart } from "./classify.js";

const DAY = 86_400_000;
const OFF = 25_200_000;

/** §4.11 written the plain way (branches, divisions): the reference the fast rule must equal. */
function reference(receivedMs: number, dueMs: number, endedMs: number, asOfMs: number, supplements: number, instant: boolean, lateMultiple: boolean, net: number, max: number): number {
  const day = (ms: number) => Math.floor((ms + OFF) / DAY);
  if (Number.isNaN(receivedMs) || receivedMs > asOfMs) return 0;
  const multiple = lateMultiple && supplements > 1;
  const within = Number.isNaN(net) || Number.isNaN(max) || net <= max;
  if (!Number.isNaN(endedMs) && endedMs <= asOfMs) {
    if (multiple) return 3;
    if (Number.isNaN(dueMs)) return within ? 2 : 3;
    if (day(endedMs) < day(dueMs)) return 1;
    if (instant) return endedMs <= dueMs ? 2 : 3;
    return day(endedMs) === day(dueMs) ? 2 : 3;
  }
  if (multiple) return 5;
  if (Number.isNaN(dueMs)) return within ? 4 : 5;
  if (instant) return dueMs >= asOfMs ? 4 : 5;
  return day(dueMs) >= day(asOfMs) ? 4 : 5;
}

const BASE = Date.parse("2024-03-01T00:00:00+07:00");
const instant = fc.oneof(
  fc.constant(Number.NaN),
  fc.constantFrom(Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY),
  fc.integer({ min: -5, max: 20 }).map((d) => BASE + d * DAY),
  fc.integer({ min: -5, max: 20 }).map((d) => BASE + d * DAY - 1),
  fc.integer({ min: -5 * 1440, max: 20 * 1440 }).map((m) => BASE + m * 60_000),
  fc.double({ min: -1e13, max: 1e13, noNaN: true }),
);
const minutes = fc.oneof(fc.constant(Number.NaN), fc.integer({ min: 0, max: 10_000 }));

describe("vnDay", () => {
  it("is floor((ms + 7 h) / day), at every day boundary 1900–2100 and its neighbours", () => {
    const first = Math.floor((Date.UTC(1900, 0, 1) + OFF) / DAY);
    const last = Math.floor((Date.UTC(2100, 11, 31) + OFF) / DAY);
    const wrong: number[] = [];
    for (let d = first; d <= last; d++) {
      const start = d * DAY - OFF;
      for (const ms of [start - 1, start - 0.5, start - 1e-3, start, start + 1e-3, start + 1]) {
        if (vnDay(ms) !== Math.floor((ms + OFF) / DAY)) wrong.push(ms);
      }
    }
    expect(last - first).toBeGreaterThan(73_000);
    expect(wrong).toEqual([]);
  });

  it("is floor((ms + 7 h) / day) for any integer or fractional instant up to ±10^13 ms, and keeps NaN and ±Infinity", () => {
    fc.assert(fc.property(fc.oneof(fc.integer({ min: -1e13, max: 1e13 }), fc.double({ min: -1e13, max: 1e13, noNaN: true })), (ms) => vnDay(ms) === Math.floor((ms + OFF) / DAY)), { numRuns: 20_000 });
    expect(vnDay(Number.NaN)).toBeNaN();
    expect(vnDay(Number.POSITIVE_INFINITY)).toBe(Number.POSITIVE_INFINITY);
    expect(vnDay(Number.NEGATIVE_INFINITY)).toBe(Number.NEGATIVE_INFINITY);
  });
});

describe("classifyCode", () => {
  it("equals §4.11 written plainly, for any instants, counts, minutes and options", () => {
    fc.assert(
      fc.property(instant, instant, instant, instant.filter(Number.isFinite), fc.integer({ min: 0, max: 3 }), fc.boolean(), fc.boolean(), minutes, minutes, (r, due, end, asOf, s, inst, late, net, max) => {
        expect(classifyCode(r, due, end, asOf, vnDayStart(asOf), s, inst, late, net, max)).toBe(reference(r, due, end, asOf, s, inst, late, net, max));
      }),
      { numRuns: 20_000 },
    );
  });
});
