// The DuckDB file engine's aggregation. Every group counter of @hcc/stats' state depends on a few
// small facts of a counted dossier row: its verdict (1–5), whether it is new in the period, its
// channel, whether it was withdrawn or stopped, and its four service flags (-1 unknown, 0, 1).
// They are packed into one integer "cell" per row, DuckDB counts rows per (group key, cell) with
// two aggregates (instead of one conditional sum per counter, for every grouping set), and the
// counters are folded from the few cells here, by the same conditions as packages/stats/src/
// aggregator.ts (listed in foldCells).
import type { GroupCounts } from "@hcc/stats";

/** The cell of a row of `hcc_rows` (the integer packing that {@link decodeCell} reads back). */
export const CELL_SQL = `(hcc_verdict + 6 * (CAST(hcc_new AS INTEGER) + 2 * (hcc_channel + 4 * (CAST(hcc_status IN (7, 8) AS INTEGER)
      + 2 * ((hcc_f_fees + 1) + 3 * ((hcc_f_paid + 1) + 3 * ((hcc_f_eresult + 1) + 3 * (hcc_f_digitised + 1))))))))`;

/** The processing seconds of a resolved row, summed per cell. */
export const SECONDS_SQL = "greatest(0, epoch_ms(hcc_ended) - epoch_ms(hcc_received)) // 1000";

/** The facts packed in a cell. */
export interface Cell {
  readonly verdict: number;
  readonly isNew: boolean;
  readonly channel: number;
  readonly withdrawnOrStopped: boolean;
  readonly fees: number;
  readonly paid: number;
  readonly eresult: number;
  readonly digitised: number;
}

/** Reads a cell back (the inverse of {@link CELL_SQL}). */
export function decodeCell(cell: number): Cell {
  let rest = cell;
  const take = (base: number): number => {
    const digit = rest % base;
    rest = (rest - digit) / base;
    return digit;
  };
  const verdict = take(6);
  const isNew = take(2) === 1;
  const channel = take(4);
  const withdrawnOrStopped = take(2) === 1;
  const fees = take(3) - 1;
  const paid = take(3) - 1;
  const eresult = take(3) - 1;
  const digitised = rest - 1;
  return { verdict, isNew, channel, withdrawnOrStopped, fees, paid, eresult, digitised };
}

/** An all-zero set of counters. */
export function zeroCounts(): Record<keyof GroupCounts, number> {
  return {
    newDirect: 0,
    newOnline: 0,
    newPostal: 0,
    carriedOver: 0,
    resolvedEarly: 0,
    resolvedOnTime: 0,
    resolvedLate: 0,
    inProgressWithin: 0,
    inProgressOverdue: 0,
    inScopeDirect: 0,
    inScopeOnline: 0,
    inScopePostal: 0,
    processingSeconds: 0,
    withdrawnOrStopped: 0,
    withFees: 0,
    paidOnline: 0,
    resultFlagKnown: 0,
    electronicResult: 0,
    digitisedFlagKnown: 0,
    digitisedWithElectronicResult: 0,
  };
}

/**
 * Adds `count` counted rows of one cell (and their summed processing seconds) to a group's
 * counters, by @hcc/stats' conditions: new / carried over by channel, the verdict columns, in
 * scope by channel; for resolved rows (verdict 1–3) the processing time, withdrawals and stops,
 * and the result / digitisation flags; for new rows the fee flags.
 */
export function foldCell(counts: Record<keyof GroupCounts, number>, cell: number, count: number, seconds: number): void {
  const c = decodeCell(cell);
  const resolved = c.verdict <= 3;
  if (c.isNew) {
    if (c.channel === 1) counts.newDirect += count;
    else if (c.channel === 2) counts.newOnline += count;
    else if (c.channel === 3) counts.newPostal += count;
    if (c.fees === 1) {
      counts.withFees += count;
      if (c.paid === 1) counts.paidOnline += count;
    }
  } else counts.carriedOver += count;
  if (c.verdict === 1) counts.resolvedEarly += count;
  else if (c.verdict === 2) counts.resolvedOnTime += count;
  else if (c.verdict === 3) counts.resolvedLate += count;
  else if (c.verdict === 4) counts.inProgressWithin += count;
  else if (c.verdict === 5) counts.inProgressOverdue += count;
  if (c.channel === 1) counts.inScopeDirect += count;
  else if (c.channel === 2) counts.inScopeOnline += count;
  else if (c.channel === 3) counts.inScopePostal += count;
  if (resolved) {
    counts.processingSeconds += seconds;
    if (c.withdrawnOrStopped) counts.withdrawnOrStopped += count;
    if (c.eresult >= 0) {
      counts.resultFlagKnown += count;
      if (c.digitised >= 0) counts.digitisedFlagKnown += count;
    }
    if (c.eresult === 1) {
      counts.electronicResult += count;
      if (c.digitised === 1) counts.digitisedWithElectronicResult += count;
    }
  }
}
