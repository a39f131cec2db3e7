import { totalCounts } from "./bieu06.js";
import type { StatsState } from "./state.js";

/**
 * One Decision 766/QĐ-TTg indicator computed from dossier data.
 *
 * @example
 * ```ts
 * import type { Indicator } from "@hcc/stats";
 * const show = (i: Indicator): string => (i.applicable ? `${i.id}: ${i.points ?? i.value}` : `${i.id}: n/a`);
 * ```
 *
 * @category Indicators
 */
export interface Indicator {
  /** Indicator number in Decision 766 (`"2.1"`, `"2.2"`, `"3.3"`, `"3.6"`, `"4.1"`, `"4.2"`). */
  readonly id: "2.1" | "2.2" | "3.3" | "3.6" | "4.1" | "4.2";
  /** Vietnamese name. */
  readonly name: string;
  /** English name. */
  readonly nameEn: string;
  /** Numerator of the ratio (for 2.2: total processing seconds). */
  readonly numerator: number;
  /** Denominator (0 → not applicable). */
  readonly denominator: number;
  /** `false` when the denominator is 0 (no such dossiers or no such flags in the data). */
  readonly applicable: boolean;
  /** The ratio in [0, 1] (for 2.2: average processing time in days); `null` when not applicable. */
  readonly value: number | null;
  /** Points earned; `null` for display-only indicators and when not applicable. */
  readonly points: number | null;
  /** Maximum points (0 for display-only). */
  readonly maxPoints: number;
}

/**
 * Points of a ratio under Decision 766's threshold rule: "≥ X% earns full points, else
 * ratio × max / X%". With no threshold, `max × ratio`.
 *
 * @param ratio - in [0, 1]
 * @param maxPoints - the indicator's maximum
 * @param fullAt - the threshold ratio (1 = none)
 * @returns the points, rounded to 2 decimals
 * @example
 * ```ts
 * import { thresholdPoints } from "@hcc/stats";
 * thresholdPoints(0.25, 6, 0.5); //=> 3
 * thresholdPoints(0.9, 4, 0.8); //=> 4
 * ```
 *
 * @category Indicators
 */
export function thresholdPoints(ratio: number, maxPoints: number, fullAt = 1): number {
  const raw = ratio >= fullAt ? maxPoints : (ratio * maxPoints) / fullAt;
  return Math.round(raw * 100) / 100;
}

function ratioIndicator(
  id: Indicator["id"],
  name: string,
  nameEn: string,
  numerator: number,
  denominator: number,
  maxPoints: number,
  fullAt: number,
): Indicator {
  const applicable = denominator > 0;
  const value = applicable ? numerator / denominator : null;
  return Object.freeze({
    id,
    name,
    nameEn,
    numerator,
    denominator,
    applicable,
    value,
    points: value === null ? null : thresholdPoints(value, maxPoints, fullAt),
    maxPoints,
  });
}

/**
 * The Decision 766 indicators computable from dossier data:
 * - **2.1** progress: (resolved early/on time + in progress within deadline) / dossiers in scope; 20 × ratio;
 * - **2.2** average processing time of resolved dossiers, in days (receipt to end, closed pauses excluded); display only;
 * - **3.3** online share of the dossiers received in the period; 6 points, full at ≥ 50%;
 * - **3.6** paid online / new dossiers with fees; 6 × ratio (needs the `hasFees`/`paidOnline` flags);
 * - **4.1** resolved dossiers with an electronic result / resolved dossiers with that flag; 6 × ratio;
 * - **4.2** digitised with an electronic result / resolved dossiers with both flags; 4 points, full at ≥ 80%.
 *
 * A zero denominator makes the indicator "not applicable" (`applicable: false`, `value: null`).
 *
 * @param state - an aggregation state
 * @returns the six indicators, in order
 * @example
 * ```ts
 * import { createAggregator, decision766 } from "@hcc/stats";
 * const agg = createAggregator({ from: "2024-03-01", to: "2024-03-31" });
 * agg.add({ procedureCode: "1.001612", agencyCode: "A", channel: 2, status: 10, receivedAt: "2024-03-04", dueAt: "2024-03-08", endedAt: "2024-03-06" });
 * decision766(agg.state()).find((i) => i.id === "2.1")?.points; //=> 20
 * ```
 *
 * @category Indicators
 */
export function decision766(state: StatsState): readonly Indicator[] {
  const c = totalCounts(state);
  const inScope = c.inScopeDirect + c.inScopeOnline + c.inScopePostal;
  const resolved = c.resolvedEarly + c.resolvedOnTime + c.resolvedLate;
  const newTotal = c.newDirect + c.newOnline + c.newPostal;
  const avg = resolved > 0 ? Math.round((c.processingSeconds / resolved / 86_400) * 100) / 100 : null;
  return Object.freeze([
    ratioIndicator("2.1", "Tiến độ giải quyết", "Processing progress", c.resolvedEarly + c.resolvedOnTime + c.inProgressWithin, inScope, 20, 1),
    Object.freeze({
      id: "2.2" as const,
      name: "Thời gian giải quyết trung bình (ngày)",
      nameEn: "Average processing time (days)",
      numerator: c.processingSeconds,
      denominator: resolved,
      applicable: resolved > 0,
      value: avg,
      points: null,
      maxPoints: 0,
    }),
    ratioIndicator("3.3", "Hồ sơ trực tuyến", "Online dossiers", c.newOnline, newTotal, 6, 0.5),
    ratioIndicator("3.6", "Thanh toán trực tuyến", "Online payment", c.paidOnline, c.withFees, 6, 1),
    ratioIndicator("4.1", "Kết quả điện tử", "Electronic results", c.electronicResult, c.resultFlagKnown, 6, 1),
    ratioIndicator("4.2", "Số hóa hồ sơ", "Digitised dossiers", c.digitisedWithElectronicResult, c.digitisedFlagKnown, 4, 0.8),
  ]);
}
