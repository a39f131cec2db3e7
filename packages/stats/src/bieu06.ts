import { HccError } from "@hcc/core";
import type { GroupCounts, StatsGroup, StatsState } from "./state.js";
import type { GroupDimension } from "./spec.js";

/**
 * One row of the national periodic report Biểu 06/VPCP/KSTT (Circular 01/2020/TT-VPCP): the
 * thirteen columns, named. Column (1) is `no`, (2) `label`.
 *
 * @example
 * ```ts
 * import type { Bieu06Row } from "@hcc/stats";
 * const share = (r: Bieu06Row): number => (r.early + r.onTime) / r.resolved;
 * ```
 *
 * @category Reports
 */
export interface Bieu06Row {
  /** (1) Row number (0 for the total row). */
  readonly no: number;
  /** (2) Unit / field: the group labels joined with " · " ("Tổng cộng" / "Total" for the total row). */
  readonly label: string;
  /** The group key (empty for the total row). */
  readonly key: Readonly<Partial<Record<GroupDimension, string>>>;
  /** (3) Received for processing: total. */
  readonly received: number;
  /** (4) New in the period, online. */
  readonly newOnline: number;
  /** (5) New in the period, direct + postal. */
  readonly newDirectOrPostal: number;
  /** (6) Carried over from the previous period. */
  readonly carriedOver: number;
  /** (7) Resolved: total (refused, stopped and withdrawn included). */
  readonly resolved: number;
  /** (8) Resolved early. */
  readonly early: number;
  /** (9) Resolved on time. */
  readonly onTime: number;
  /** (10) Resolved late. */
  readonly late: number;
  /** (11) In progress: total. */
  readonly inProgress: number;
  /** (12) In progress, within the deadline. */
  readonly within: number;
  /** (13) In progress, overdue. */
  readonly overdue: number;
}

/**
 * The thirteen column numbers, in order, with the row field each one reads.
 *
 * @example
 * ```ts
 * import { BIEU06_COLUMNS } from "@hcc/stats";
 * BIEU06_COLUMNS[2]; //=> "received"
 * ```
 *
 * @category Reports
 */
export const BIEU06_COLUMNS: readonly (keyof Bieu06Row)[] = Object.freeze([
  "no",
  "label",
  "received",
  "newOnline",
  "newDirectOrPostal",
  "carriedOver",
  "resolved",
  "early",
  "onTime",
  "late",
  "inProgress",
  "within",
  "overdue",
] as const);

/**
 * Checks the four invariants of a Biểu 06 row: (3) = (4)+(5)+(6); (3) = (7)+(11);
 * (7) = (8)+(9)+(10); (11) = (12)+(13). Column (3) is counted independently (by channel, for
 * every dossier in scope), so a broken classification or a tampered state is caught.
 *
 * @param row - a row
 * @returns the row
 * @throws {HccError} `invariant_violation` naming the row and the broken equation
 * @example
 * ```ts
 * import { checkBieu06Row, type Bieu06Row } from "@hcc/stats";
 * const row: Bieu06Row = { no: 1, label: "A", key: {}, received: 3, newOnline: 1, newDirectOrPostal: 1, carriedOver: 1,
 *   resolved: 2, early: 1, onTime: 1, late: 0, inProgress: 1, within: 1, overdue: 0 };
 * checkBieu06Row(row).received; //=> 3
 * ```
 *
 * @category Reports
 */
export function checkBieu06Row(row: Bieu06Row): Bieu06Row {
  const fail = (equation: string): never => {
    throw new HccError("invariant_violation", `Biểu 06 row ${row.no} (${row.label}) breaks ${equation}: ${JSON.stringify(row)}`, { value: row });
  };
  if (row.received !== row.newOnline + row.newDirectOrPostal + row.carriedOver) fail("(3) = (4)+(5)+(6)");
  if (row.received !== row.resolved + row.inProgress) fail("(3) = (7)+(11)");
  if (row.resolved !== row.early + row.onTime + row.late) fail("(7) = (8)+(9)+(10)");
  if (row.inProgress !== row.within + row.overdue) fail("(11) = (12)+(13)");
  return row;
}

function rowOf(no: number, label: string, key: StatsGroup["key"], c: GroupCounts): Bieu06Row {
  return checkBieu06Row(
    Object.freeze({
      no,
      label,
      key,
      received: c.inScopeDirect + c.inScopeOnline + c.inScopePostal,
      newOnline: c.newOnline,
      newDirectOrPostal: c.newDirect + c.newPostal,
      carriedOver: c.carriedOver,
      resolved: c.resolvedEarly + c.resolvedOnTime + c.resolvedLate,
      early: c.resolvedEarly,
      onTime: c.resolvedOnTime,
      late: c.resolvedLate,
      inProgress: c.inProgressWithin + c.inProgressOverdue,
      within: c.inProgressWithin,
      overdue: c.inProgressOverdue,
    }),
  );
}

/** Sums the counters of every group. */
export function totalCounts(state: StatsState): GroupCounts {
  const total: Record<string, number> = {};
  for (const group of state.groups) for (const [name, v] of Object.entries(group.counts)) total[name] = (total[name] ?? 0) + v;
  const zero = state.groups[0]?.counts ?? emptyCounts;
  for (const name of Object.keys(zero)) total[name] ??= 0;
  return total as unknown as GroupCounts;
}

const emptyCounts: GroupCounts = Object.freeze({
  newDirect: 0, newOnline: 0, newPostal: 0, carriedOver: 0, resolvedEarly: 0, resolvedOnTime: 0, resolvedLate: 0,
  inProgressWithin: 0, inProgressOverdue: 0, inScopeDirect: 0, inScopeOnline: 0, inScopePostal: 0, processingSeconds: 0,
  withdrawnOrStopped: 0, withFees: 0, paidOnline: 0, resultFlagKnown: 0, electronicResult: 0, digitisedFlagKnown: 0,
  digitisedWithElectronicResult: 0,
});

/**
 * The Biểu 06 table of a state: one row per group (in key order) and the total row, every row
 * checked against the four invariants.
 *
 * @param state - an aggregation state
 * @param options - `totalLabel` for the total row (default "Tổng cộng")
 * @returns `{ rows, total }`
 * @throws {HccError} `invariant_violation` when a row breaks an invariant
 * @example
 * ```ts
 * import { bieu06, createAggregator } from "@hcc/stats";
 * const agg = createAggregator({ from: "2024-03-01", to: "2024-03-31", groupBy: ["agency"] });
 * agg.add({ procedureCode: "1.001612", agencyCode: "000.00.53.H07", status: 4, receivedAt: "2024-03-04", dueAt: "2024-03-29" });
 * const { rows } = bieu06(agg.state());
 * rows[0]?.within; //=> 0 (due 29 March and still open at the end of the period: overdue)
 * rows[0]?.overdue; //=> 1
 * ```
 *
 * @category Reports
 */
export function bieu06(state: StatsState, options: { readonly totalLabel?: string } = {}): { readonly rows: readonly Bieu06Row[]; readonly total: Bieu06Row } {
  const rows = state.groups.map((g, i) =>
    rowOf(i + 1, state.spec.groupBy.map((d) => (g.key[d] === "" ? "—" : (g.key[d] ?? "—"))).join(" · "), g.key, g.counts),
  );
  const total = rowOf(0, options.totalLabel ?? "Tổng cộng", Object.freeze({}), totalCounts(state));
  for (const column of ["received", "resolved", "inProgress"] as const) {
    const sum = rows.reduce((s, r) => s + r[column], 0);
    if (sum !== total[column]) throw new HccError("invariant_violation", `Biểu 06 rows do not add up to the total in ${column}: ${sum} vs ${total[column]}`, { value: state });
  }
  return Object.freeze({ rows: Object.freeze(rows), total });
}
