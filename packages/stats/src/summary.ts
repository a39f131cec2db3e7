import { totalCounts } from "./bieu06.js";
import { percentages, type ShareOptions } from "./shares.js";
import type { StatsState } from "./state.js";

/**
 * The seed-style summary ("14,168 dossiers: 11,533 direct (81.4%), 1,958 postal (13.81%), 677
 * online (4.77%); 12,356 resolved (87.2%), 1,812 in progress (12.8%)"): every dossier in scope
 * (column 3 of Biểu 06) split by channel, and resolved vs in progress.
 *
 * @example
 * ```ts
 * import type { StatsSummary } from "@hcc/stats";
 * const line = (s: StatsSummary): string => `${s.received.total} hồ sơ, ${s.percent.direct}% trực tiếp`;
 * ```
 *
 * @category Reports
 */
export interface StatsSummary {
  /** Dossiers in scope (new + carried over), total and by channel. */
  readonly received: { readonly total: number; readonly direct: number; readonly postal: number; readonly online: number };
  /** Of which new in the period. */
  readonly newInPeriod: number;
  /** Of which carried over. */
  readonly carriedOver: number;
  /** Resolved in the period (refused, stopped, withdrawn included). */
  readonly resolved: number;
  /** Of which withdrawn or stopped. */
  readonly withdrawnOrStopped: number;
  /** Not ended by the end of the period. */
  readonly inProgress: number;
  /** Shares of `received.total`, in percent. */
  readonly percent: {
    readonly direct: number;
    readonly postal: number;
    readonly online: number;
    readonly resolved: number;
    readonly inProgress: number;
  };
}

/**
 * Options of {@link summarize}: the rounding of the channel shares and of the resolved / in
 * progress shares, separately (a published report may use different styles for each).
 *
 * @example
 * ```ts
 * import type { SummaryOptions } from "@hcc/stats";
 * const options: SummaryOptions = { channelShares: { decimals: 1 } };
 * ```
 *
 * @category Reports
 */
export interface SummaryOptions {
  /** Rounding of direct / postal / online (in that order). @defaultValue largest remainder, 2 decimals */
  readonly channelShares?: ShareOptions;
  /** Rounding of resolved / in progress. @defaultValue largest remainder, 2 decimals */
  readonly progressShares?: ShareOptions;
}

/**
 * The rounding the Bến Tre seed article used: channel shares truncated to two decimals (81.40 →
 * "81.4", 13.81, 4.77 — rounding would give 13.82 and 4.78), resolved truncated to one decimal
 * (87.2) and in progress by difference (100 − 87.2 = 12.8; truncating 12.789 would give 12.7).
 *
 * @example
 * ```ts
 * import { SEED_STYLE } from "@hcc/stats";
 * SEED_STYLE.channelShares?.method; //=> "truncate"
 * ```
 *
 * @category Reports
 */
export const SEED_STYLE: SummaryOptions = Object.freeze({
  channelShares: Object.freeze({ method: "truncate", decimals: 2 }),
  progressShares: Object.freeze({ method: "truncate", decimals: 1, lastByDifference: true }),
});

/**
 * The seed-style summary of a state (all groups together).
 *
 * @param state - an aggregation state
 * @param options - the rounding of each set of shares
 * @returns the frozen summary
 * @throws {HccError} `invalid_input` for bad rounding options
 * @example
 * ```ts
 * import { createAggregator, summarize } from "@hcc/stats";
 * const agg = createAggregator({ from: "2024-03-01", to: "2024-03-31" });
 * agg.add({ procedureCode: "1.001612", agencyCode: "A", channel: "online", status: 4, receivedAt: "2024-03-04" });
 * agg.add({ procedureCode: "1.001612", agencyCode: "A", status: 10, receivedAt: "2024-03-04", endedAt: "2024-03-05" });
 * summarize(agg.state()).percent.online; //=> 50
 * ```
 *
 * @category Reports
 */
export function summarize(state: StatsState, options: SummaryOptions = {}): StatsSummary {
  const c = totalCounts(state);
  const total = c.inScopeDirect + c.inScopeOnline + c.inScopePostal;
  const resolved = c.resolvedEarly + c.resolvedOnTime + c.resolvedLate;
  const inProgress = c.inProgressWithin + c.inProgressOverdue;
  const [direct, postal, online] = percentages([c.inScopeDirect, c.inScopePostal, c.inScopeOnline], options.channelShares) as [number, number, number];
  const [pResolved, pInProgress] = percentages([resolved, inProgress], options.progressShares) as [number, number];
  return Object.freeze({
    received: Object.freeze({ total, direct: c.inScopeDirect, postal: c.inScopePostal, online: c.inScopeOnline }),
    newInPeriod: c.newDirect + c.newOnline + c.newPostal,
    carriedOver: c.carriedOver,
    resolved,
    withdrawnOrStopped: c.withdrawnOrStopped,
    inProgress,
    percent: Object.freeze({ direct, postal, online, resolved: pResolved, inProgress: pInProgress }),
  });
}
