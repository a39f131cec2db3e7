import { HccError } from "@hcc/core";
import type { StatsState } from "./state.js";

/**
 * One entry of a "top late" table.
 *
 * @example
 * ```ts
 * import type { LateEntry } from "@hcc/stats";
 * const e: LateEntry = { code: "1.001612", handled: 40, late: 3, overdue: 1, lateOrOverdue: 4, rate: 0.1 };
 * ```
 *
 * @category Reports
 */
export interface LateEntry {
  /** Procedure or agency code. */
  readonly code: string;
  /** Dossiers in scope. */
  readonly handled: number;
  /** Resolved late. */
  readonly late: number;
  /** In progress, overdue. */
  readonly overdue: number;
  /** `late + overdue`. */
  readonly lateOrOverdue: number;
  /** `lateOrOverdue / handled`. */
  readonly rate: number;
}

/**
 * The procedures or agencies with the most late + overdue dossiers (ties: higher rate, then code).
 * Entities with none are left out.
 *
 * @param state - an aggregation state
 * @param by - `"procedure"` or `"agency"`
 * @param limit - at most this many entries (default 10)
 * @returns the entries, worst first
 * @throws {HccError} `invalid_input` for an unknown `by` or a bad limit
 * @example
 * ```ts
 * import { createAggregator, topLate } from "@hcc/stats";
 * const agg = createAggregator({ from: "2024-03-01", to: "2024-03-31" });
 * agg.add({ procedureCode: "1.001612", agencyCode: "A", status: 4, receivedAt: "2024-03-01", dueAt: "2024-03-05" });
 * topLate(agg.state(), "procedure")[0]?.overdue; //=> 1
 * ```
 *
 * @category Reports
 */
export function topLate(state: StatsState, by: "procedure" | "agency", limit = 10): readonly LateEntry[] {
  if (by !== "procedure" && by !== "agency") throw new HccError("invalid_input", `topLate: by must be "procedure" or "agency", got ${JSON.stringify(by)}`, { value: by });
  if (!Number.isInteger(limit) || limit < 0) throw new HccError("invalid_input", `topLate: limit must be a non-negative integer, got ${String(limit)}`, { value: limit });
  const source = by === "procedure" ? state.procedures : state.agencies;
  const entries: LateEntry[] = [];
  for (const [code, e] of Object.entries(source)) {
    const lateOrOverdue = e.late + e.overdue;
    if (lateOrOverdue === 0) continue;
    entries.push(Object.freeze({ code, handled: e.handled, late: e.late, overdue: e.overdue, lateOrOverdue, rate: e.handled > 0 ? lateOrOverdue / e.handled : 0 }));
  }
  entries.sort((a, b) => b.lateOrOverdue - a.lateOrOverdue || b.rate - a.rate || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  return Object.freeze(entries.slice(0, limit));
}
