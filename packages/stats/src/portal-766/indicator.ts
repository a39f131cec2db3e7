import type { TimeUnit } from "@hcc/core";

/**
 * The indicators of the national portal's Decision 766 profile ([the law vs the portal](../../../../docs/stats.md#the-law-vs-the-portal)).
 *
 * @example
 * ```ts
 * import type { PortalIndicatorId } from "@hcc/stats";
 * const id: PortalIndicatorId = "4.5b";
 * ```
 *
 * @category Portal 766
 */
export type PortalIndicatorId = "1.4" | "2.1" | "2.2" | "3.3" | "3.6" | "4.1" | "4.2" | "4.3" | "4.4" | "4.5b" | "5.4";

/**
 * One indicator computed with the national portal's own formulas. It names its authority,
 * `"portal-766"`: these numbers answer "what score will the portal give?", never "was this
 * dossier late under the law?" (that is the default profile, `decision766`), and the two are
 * never blended.
 *
 * @example
 * ```ts
 * import type { PortalIndicator } from "@hcc/stats";
 * const line = (i: PortalIndicator): string =>
 *   `${i.id} ${i.numerator}/${i.denominator} → ${i.applicable ? i.points : "n/a"} (${i.authority})`;
 * ```
 *
 * @category Portal 766
 */
export interface PortalIndicator {
  /** Whose formula: always `"portal-766"`. */
  readonly authority: "portal-766";
  /** Indicator number. */
  readonly id: PortalIndicatorId;
  /** Vietnamese name. */
  readonly name: string;
  /** English name. */
  readonly nameEn: string;
  /** Numerator (2.2: total processing time in `unit`; 5.4: late dossiers). */
  readonly numerator: number;
  /** Denominator (2.2: completed dossiers; 5.4: dossiers of 2.1). */
  readonly denominator: number;
  /**
   * The value (a ratio; 3.3: × the sync ratio; 2.2: average time in `unit`, 2 decimals; 5.4:
   * 1 − (late rate + complaint rate), at least 0); `null` when not applicable.
   */
  readonly value: number | null;
  /** Points earned (2 decimals); `null` for 2.2 (display only) and when not applicable. */
  readonly points: number | null;
  /** Maximum points (0 for 2.2). */
  readonly maxPoints: number;
  /** `false` when the denominator is 0 or a caller-supplied input is missing. */
  readonly applicable: boolean;
  /** 2.2 only: the procedure. */
  readonly procedureCode?: string;
  /** 2.2 only: the procedure's own unit. */
  readonly unit?: TimeUnit;
}

/** Names, maxima and full-points thresholds of the portal indicators. */
export const PORTAL_INDICATORS: Readonly<Record<PortalIndicatorId, { readonly name: string; readonly nameEn: string; readonly maxPoints: number; readonly fullAt: number }>> = {
  "1.4": { name: "Tiến độ đồng bộ hồ sơ", nameEn: "Dossier sync ratio", maxPoints: 2, fullAt: 1 },
  "2.1": { name: "Hồ sơ giải quyết trước hạn, đúng hạn", nameEn: "Processed early or on time", maxPoints: 20, fullAt: 1 },
  "2.2": { name: "Thời gian giải quyết trung bình", nameEn: "Average processing time", maxPoints: 0, fullAt: 1 },
  "3.3": { name: "Hồ sơ trực tuyến", nameEn: "Online dossiers", maxPoints: 6, fullAt: 0.5 },
  "3.6": { name: "Thanh toán trực tuyến", nameEn: "Paid online", maxPoints: 6, fullAt: 1 },
  "4.1": { name: "Kết quả điện tử", nameEn: "Electronic results", maxPoints: 6, fullAt: 1 },
  "4.2": { name: "Số hóa hồ sơ", nameEn: "Digitised dossiers", maxPoints: 4, fullAt: 0.8 },
  "4.3": { name: "Tái sử dụng dữ liệu số hóa", nameEn: "Reuse of digitised data", maxPoints: 4, fullAt: 0.8 },
  "4.4": { name: "Hồ sơ số hóa kết nối kho dữ liệu cá nhân", nameEn: "Files from the citizen's data store", maxPoints: 4, fullAt: 1 },
  "4.5b": { name: "Khai thác dữ liệu dân cư", nameEn: "Use of population data", maxPoints: 4, fullAt: 1 },
  "5.4": { name: "Mức độ hài lòng (phần trễ hạn)", nameEn: "Satisfaction (the late part)", maxPoints: 4, fullAt: 0.9 },
};
