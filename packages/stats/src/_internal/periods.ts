import { dayNumberToEpochMs, dayNumberToLocalDate, localDateToDayNumber } from "@hcc/core";

/** One reporting sub-period (the whole period, or one month / quarter / year of it). */
export interface Bucket {
  readonly label: string;
  readonly fromDay: number;
  readonly toDay: number;
  /** Last millisecond of `toDay` (Vietnam time). */
  readonly toEndMs: number;
  /** As-of instant in-progress dossiers of this bucket are judged against. */
  readonly asOfMs: number;
}

export type TimeDimension = "month" | "quarter" | "year";

const endOfDayMs = (day: number): number => dayNumberToEpochMs(day + 1) - 1;

/** Splits [fromDay, toDay] into calendar buckets; the last bucket is judged at `asOfDay`. */
export function makeBuckets(fromDay: number, toDay: number, asOfDay: number, dim: TimeDimension | undefined): Bucket[] {
  if (dim === undefined) {
    return [{ label: "", fromDay, toDay, toEndMs: endOfDayMs(toDay), asOfMs: endOfDayMs(asOfDay) }];
  }
  const buckets: Bucket[] = [];
  let start = fromDay;
  while (start <= toDay) {
    const date = dayNumberToLocalDate(start);
    const y = Number(date.slice(0, 4));
    const m = Number(date.slice(5, 7));
    let nextY = y;
    let nextM: number;
    let label: string;
    if (dim === "month") {
      nextM = m + 1;
      label = date.slice(0, 7);
    } else if (dim === "quarter") {
      const q = Math.floor((m - 1) / 3);
      nextM = q * 3 + 4;
      label = `${y}-Q${q + 1}`;
    } else {
      nextM = 13;
      label = String(y);
    }
    if (nextM > 12) {
      nextM -= 12;
      nextY += 1;
    }
    const next = localDateToDayNumber(`${String(nextY).padStart(4, "0")}-${String(nextM).padStart(2, "0")}-01`);
    const end = Math.min(next - 1, toDay);
    const last = end === toDay;
    buckets.push({ label, fromDay: start, toDay: end, toEndMs: endOfDayMs(end), asOfMs: last ? endOfDayMs(asOfDay) : endOfDayMs(end) });
    start = end + 1;
  }
  return buckets;
}

/** Index of the bucket containing `day` (clamped to the first / last bucket). */
export function bucketIndex(buckets: readonly Bucket[], day: number): number {
  let lo = 0;
  let hi = buckets.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((buckets[mid] as Bucket).fromDay <= day) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
