import { dayNumberToEpochMs, dayNumberToLocalDate, formatInstant, localDateToDayNumber, type StatsSpecLike } from "./spec-like.js";

/** One reporting sub-period, as in `@hcc/stats` (the whole period, or a month / quarter / year of it). */
export interface Period {
  readonly label: string;
  readonly from: string;
  readonly to: string;
  /** The date in-progress dossiers of this period are judged at (its last day, or `asOf` for the last period). */
  readonly asOf: string;
  /** The last instant of `asOf` (Vietnam), for the `instant` comparator. */
  readonly asOfEnd: string;
}

/**
 * Splits the period like `@hcc/stats` does: one period without a time dimension, else calendar
 * months / quarters / years clipped to [from, to]; the last one is judged at `asOf`, the others at
 * their own last day.
 */
export function periodsOf(spec: StatsSpecLike): Period[] {
  const fromDay = localDateToDayNumber(spec.from);
  const toDay = localDateToDayNumber(spec.to);
  const asOfDay = localDateToDayNumber(spec.asOf);
  const dim = spec.groupBy.find((d) => d === "month" || d === "quarter" || d === "year");
  const make = (label: string, start: number, end: number, judged: number): Period => ({
    label,
    from: dayNumberToLocalDate(start),
    to: dayNumberToLocalDate(end),
    asOf: dayNumberToLocalDate(judged),
    asOfEnd: formatInstant(dayNumberToEpochMs(judged + 1) - 1),
  });
  if (dim === undefined) return [make("", fromDay, toDay, asOfDay)];
  const periods: Period[] = [];
  let start: number = fromDay;
  while (start <= toDay) {
    const text = dayNumberToLocalDate(start);
    const y = Number(text.slice(0, 4));
    const m = Number(text.slice(5, 7));
    const q = Math.floor((m - 1) / 3);
    const label = dim === "month" ? text.slice(0, 7) : dim === "quarter" ? `${y}-Q${q + 1}` : String(y);
    let nextM = dim === "month" ? m + 1 : dim === "quarter" ? q * 3 + 4 : 13;
    let nextY = y;
    if (nextM > 12) {
      nextM -= 12;
      nextY += 1;
    }
    const next = localDateToDayNumber(`${String(nextY).padStart(4, "0")}-${String(nextM).padStart(2, "0")}-01`);
    const end = Math.min(next - 1, toDay);
    periods.push(make(label, start, end, end === toDay ? asOfDay : end));
    start = end + 1;
  }
  return periods;
}
