import { HccError } from "@hcc/core";

/**
 * How percentages are rounded:
 * - `largest_remainder` (default) — Hamilton's method: truncate every share, then give the
 *   missing units (of `10^-decimals` %) to the largest remainders, so shares add up to exactly 100;
 * - `round` — each share rounded half-up on its own (may add up to 99.9 or 100.1);
 * - `truncate` — each share cut after `decimals` digits, as the seed's 13.81% and 4.77% are.
 *
 * @example
 * ```ts
 * import type { RoundingMethod } from "@hcc/stats";
 * const method: RoundingMethod = "truncate";
 * ```
 *
 * @category Indicators
 */
export type RoundingMethod = "largest_remainder" | "round" | "truncate";

/**
 * Options of {@link percentages}.
 *
 * @example
 * ```ts
 * import type { ShareOptions } from "@hcc/stats";
 * const seedProgress: ShareOptions = { method: "truncate", decimals: 1, lastByDifference: true };
 * ```
 *
 * @category Indicators
 */
export interface ShareOptions {
  /** Rounding method. @defaultValue `"largest_remainder"` */
  readonly method?: RoundingMethod;
  /** Decimal digits, 0–6. @defaultValue `2` */
  readonly decimals?: number;
  /**
   * The last share is 100 minus the others (after rounding them) — the "by difference" style of
   * many reports (the seed's 12.8% = 100 − 87.2%). @defaultValue `false`
   */
  readonly lastByDifference?: boolean;
}

/**
 * Percentages of `counts` in their sum, with a documented rounding method. Integer arithmetic
 * throughout (no floating-point drift): `13.81` is exactly what truncating 1,958 / 14,168 gives.
 *
 * @param counts - non-negative integers
 * @param options - method, decimals, last-by-difference
 * @returns one percentage per count (all `0` when the sum is 0)
 * @throws {HccError} `invalid_input` for a negative or non-integer count or bad decimals
 * @example
 * ```ts
 * import { percentages } from "@hcc/stats";
 * percentages([11_533, 1_958, 677], { method: "truncate", decimals: 2 }); //=> [81.4, 13.81, 4.77]
 * percentages([11_533, 1_958, 677], { decimals: 2 }); //=> [81.4, 13.82, 4.78]
 * ```
 *
 * @category Indicators
 */
export function percentages(counts: readonly number[], options: ShareOptions = {}): number[] {
  const method = options.method ?? "largest_remainder";
  const decimals = options.decimals ?? 2;
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > 6) {
    throw new HccError("invalid_input", `decimals must be an integer 0–6, got ${String(decimals)}`, { value: decimals });
  }
  if (method !== "largest_remainder" && method !== "round" && method !== "truncate") {
    throw new HccError("invalid_input", `Unknown rounding method ${JSON.stringify(method)}`, { value: method });
  }
  for (const c of counts) {
    if (!Number.isSafeInteger(c) || c < 0) throw new HccError("invalid_input", `Counts must be non-negative integers, got ${String(c)}`, { value: counts });
  }
  const total = counts.reduce((s, c) => s + c, 0);
  if (total === 0) return counts.map(() => 0);
  const scale = 10 ** decimals;
  const whole = 100 * scale;
  // units of 10^-decimals percent: c * whole / total
  const units = counts.map((c) => {
    const num = BigInt(c) * BigInt(whole);
    const q = num / BigInt(total);
    const r = num % BigInt(total);
    return { q: Number(q), r: Number(r) };
  });
  let result: number[];
  if (method === "truncate") result = units.map((u) => u.q);
  else if (method === "round") result = units.map((u) => (2 * u.r >= total ? u.q + 1 : u.q));
  else {
    result = units.map((u) => u.q);
    let missing = whole - result.reduce((s, v) => s + v, 0);
    const order = units.map((u, i) => ({ r: u.r, i, c: counts[i] as number })).sort((a, b) => b.r - a.r || b.c - a.c || a.i - b.i);
    for (const o of order) {
      if (missing <= 0) break;
      if (o.r === 0) break;
      result[o.i] = (result[o.i] as number) + 1;
      missing--;
    }
  }
  if (options.lastByDifference === true && result.length > 0) {
    const others = result.slice(0, -1).reduce((s, v) => s + v, 0);
    result[result.length - 1] = Math.max(0, whole - others);
  }
  return result.map((u) => u / scale);
}
