/**
 * A share of a whole: `numerator / denominator`, with `ratio: null` when the denominator is 0
 * ("not applicable", never a division by zero or a misleading 0%).
 *
 * @example
 * ```ts
 * import type { Share } from "@hcc/rules";
 * const share: Share = { numerator: 3, denominator: 4, ratio: 0.75 };
 * ```
 *
 * @category Reductions (3 giảm)
 */
export interface Share {
  /** How many pass. */
  readonly numerator: number;
  /** How many were checked. */
  readonly denominator: number;
  /** `numerator / denominator`, or `null` when nothing was checked. */
  readonly ratio: number | null;
}
