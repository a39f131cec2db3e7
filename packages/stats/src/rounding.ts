import type { Indicator } from "./indicators.js";
import { percentages } from "./shares.js";
import type { SummaryOptions } from "./summary.js";

/**
 * One rounding for every percentage a report shows: each share rounded half-up to two decimals,
 * in exact integer arithmetic — the rounding the renderers use for the Decision 766 indicators
 * ({@link indicatorPercent}). With it, the summary's online share and indicator 3.3 print the same
 * number whenever they count the same dossiers (no carried-over dossiers): 677 / 14,168 → 4.78%
 * in both. `hcc report` and `hcc demo` use it; {@link SEED_STYLE} reproduces the Bến Tre article's
 * truncated figures (4.77%) and is shown only where it reproduces the article.
 *
 * @example
 * ```ts
 * import { HALF_UP_STYLE, percentages } from "@hcc/stats";
 * percentages([11_533, 1_958, 677], HALF_UP_STYLE.channelShares); //=> [81.4, 13.82, 4.78]
 * ```
 *
 * @category Indicators
 */
export const HALF_UP_STYLE: SummaryOptions = Object.freeze({
  channelShares: Object.freeze({ method: "round", decimals: 2 }),
  progressShares: Object.freeze({ method: "round", decimals: 2 }),
});

/**
 * An indicator's ratio as the renderers show it: a percentage rounded half-up to two decimals
 * from its numerator and denominator (integer arithmetic, no floating-point drift), or `null`
 * for indicator 2.2 (a duration, not a ratio) and when not applicable.
 *
 * @param indicator - one of {@link decision766}
 * @returns the percentage, or `null`
 * @example
 * ```ts
 * import { indicatorPercent, type Indicator } from "@hcc/stats";
 * const online: Indicator = { id: "3.3", name: "Hồ sơ trực tuyến", nameEn: "Online dossiers", numerator: 677, denominator: 14_168,
 *   applicable: true, value: 677 / 14_168, points: 0.57, maxPoints: 6 };
 * indicatorPercent(online); //=> 4.78
 * ```
 *
 * @category Indicators
 */
export function indicatorPercent(indicator: Indicator): number | null {
  if (!indicator.applicable || indicator.points === null || indicator.denominator <= 0) return null;
  const rest = Math.max(0, indicator.denominator - indicator.numerator);
  return percentages([indicator.numerator, rest], { method: "round", decimals: 2 })[0] ?? null;
}
