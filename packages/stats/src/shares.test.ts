import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decision766, percentages, thresholdPoints, topLate, createAggregator } from "@hcc/stats";

describe("percentages", () => {
  it("truncates, rounds and distributes largest remainders", () => {
    expect(percentages([1, 1, 1], { method: "truncate", decimals: 1 })).toEqual([33.3, 33.3, 33.3]);
    expect(percentages([1, 1, 1], { decimals: 1 })).toEqual([33.4, 33.3, 33.3]);
    expect(percentages([2, 1], { method: "round", decimals: 0 })).toEqual([67, 33]);
    expect(percentages([1, 1], { method: "round", decimals: 0 })).toEqual([50, 50]);
    expect(percentages([0, 0])).toEqual([0, 0]);
    expect(percentages([])).toEqual([]);
    expect(percentages([5, 0, 0])).toEqual([100, 0, 0]);
  });

  it("puts the last share by difference when asked", () => {
    expect(percentages([12_356, 1_812], { method: "truncate", decimals: 1, lastByDifference: true })).toEqual([87.2, 12.8]);
  });

  it("rejects bad input", () => {
    expect(() => percentages([1.5])).toThrow(/non-negative integers/);
    expect(() => percentages([-1])).toThrow(/non-negative integers/);
    expect(() => percentages([1], { decimals: 7 })).toThrow(/decimals/);
    expect(() => percentages([1], { method: "banker" as never })).toThrow(/Unknown rounding/);
  });

  it("largest remainder always adds up to exactly 100 and stays within one unit of the truth", () => {
    fc.assert(
      fc.property(fc.array(fc.nat({ max: 1_000_000 }), { minLength: 1, maxLength: 8 }), fc.integer({ min: 0, max: 4 }), (counts, decimals) => {
        const total = counts.reduce((s, c) => s + c, 0);
        const p = percentages(counts, { decimals });
        if (total === 0) return;
        const scale = 10 ** decimals;
        expect(p.reduce((s, v) => s + Math.round(v * scale), 0)).toBe(100 * scale);
        p.forEach((v, i) => expect(Math.abs(v - ((counts[i] as number) * 100) / total)).toBeLessThanOrEqual(1 / scale + 1e-9));
        const t = percentages(counts, { decimals, method: "truncate" });
        t.forEach((v, i) => expect(v).toBeLessThanOrEqual(((counts[i] as number) * 100) / total + 1e-9));
      }),
    );
  });
});

describe("Decision 766 indicators", () => {
  it("scores 2.1, 3.3 (threshold), 3.6, 4.1, 4.2 (threshold) and 2.2", () => {
    const agg = createAggregator({ from: "2024-03-01", to: "2024-03-31" });
    const d = { procedureCode: "1.001612", agencyCode: "A" } as const;
    agg.add({ ...d, channel: "online", status: 10, receivedAt: "2024-03-04T08:00", dueAt: "2024-03-10", endedAt: "2024-03-06T08:00", flags: { hasFees: true, paidOnline: true, digitised: true, electronicResult: true } });
    agg.add({ ...d, channel: "direct", status: 10, receivedAt: "2024-03-04T08:00", dueAt: "2024-03-05", endedAt: "2024-03-08T08:00", flags: { hasFees: true, paidOnline: false, digitised: false, electronicResult: true } });
    agg.add({ ...d, channel: "direct", status: 4, receivedAt: "2024-03-04T08:00", dueAt: "2024-04-10" });
    agg.add({ ...d, channel: "postal", status: 4, receivedAt: "2024-03-04T08:00", dueAt: "2024-03-10" });
    const ind = Object.fromEntries(decision766(agg.state()).map((i) => [i.id, i]));
    expect(ind["2.1"]).toMatchObject({ numerator: 2, denominator: 4, value: 0.5, points: 10, maxPoints: 20 });
    expect(ind["2.2"]).toMatchObject({ value: 3, points: null, applicable: true });
    expect(ind["3.3"]).toMatchObject({ numerator: 1, denominator: 4, points: 3 });
    expect(ind["3.6"]).toMatchObject({ numerator: 1, denominator: 2, points: 3 });
    expect(ind["4.1"]).toMatchObject({ numerator: 2, denominator: 2, points: 6 });
    expect(ind["4.2"]).toMatchObject({ numerator: 1, denominator: 2, points: 2.5 });
  });

  it("marks indicators not applicable when the denominator is 0", () => {
    const ind = decision766(createAggregator({ from: "2024-03-01", to: "2024-03-31" }).state());
    for (const i of ind) expect(i).toMatchObject({ applicable: false, value: null, points: null });
  });

  it("applies the threshold rule", () => {
    expect(thresholdPoints(0.5, 6, 0.5)).toBe(6);
    expect(thresholdPoints(0.1, 6, 0.5)).toBe(1.2);
    expect(thresholdPoints(0.333, 20)).toBe(6.66);
  });
});

describe("topLate", () => {
  it("ranks procedures and agencies by late + overdue", () => {
    const agg = createAggregator({ from: "2024-03-01", to: "2024-03-31" });
    const late = { status: 10, receivedAt: "2024-03-04", dueAt: "2024-03-05", endedAt: "2024-03-08" } as const;
    agg.add({ procedureCode: "P1", agencyCode: "A", ...late });
    agg.add({ procedureCode: "P2", agencyCode: "B", ...late });
    agg.add({ procedureCode: "P2", agencyCode: "B", status: 4, receivedAt: "2024-03-04", dueAt: "2024-03-05" });
    agg.add({ procedureCode: "P3", agencyCode: "B", status: 4, receivedAt: "2024-03-04", dueAt: "2024-04-05" });
    const s = agg.state();
    expect(topLate(s, "procedure").map((e) => [e.code, e.late, e.overdue])).toEqual([
      ["P2", 1, 1],
      ["P1", 1, 0],
    ]);
    expect(topLate(s, "agency", 1)).toEqual([{ code: "B", handled: 3, late: 1, overdue: 1, lateOrOverdue: 2, rate: 2 / 3 }]);
    expect(() => topLate(s, "field" as never)).toThrow(/by must be/);
    expect(() => topLate(s, "agency", -1)).toThrow(/limit/);
  });
});
