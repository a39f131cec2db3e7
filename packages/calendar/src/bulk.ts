import { HccError } from "@hcc/core";
import { DAY_COUNT, FIRST_DAY, TableCalendar, outOfRange } from "./_internal/table.js";
import type { WorkingCalendar } from "./types.js";

function expectInt32(value: unknown, what: string, length?: number): Int32Array {
  if (!(value instanceof Int32Array)) {
    throw new HccError("invalid_input", `${what} must be an Int32Array of day numbers`, { value });
  }
  if (length !== undefined && value.length !== length) {
    throw new HccError("invalid_input", `${what} has ${value.length} items, expected ${length}`, { value });
  }
  return value;
}

/**
 * {@link WorkingCalendar.addWorkingDays} over many day numbers at once: `out[k]` is the
 * `n`-th (or `n[k]`-th) working day strictly after `days[k]` (before, when negative). On a
 * compiled calendar ({@link vietnamCalendar}, {@link createWorkingCalendar}) this is a tight loop
 * over typed arrays with no allocation; any other {@link WorkingCalendar} is called day by day.
 *
 * @param calendar - any working calendar
 * @param days - day numbers (days since 1970-01-01, Vietnam)
 * @param n - one number of working days for all, or one per day
 * @param out - where to write (default a new `Int32Array`); may be `days` itself
 * @returns `out`
 * @throws {HccError} `invalid_input` for wrong array types or lengths, `out_of_range` when a day
 *   or result leaves 1900–2100
 * @example
 * ```ts
 * import { addWorkingDaysBulk, vietnamCalendar } from "@hcc/calendar";
 * import { localDateToDayNumber, dayNumberToLocalDate } from "@hcc/core";
 * const days = Int32Array.of(localDateToDayNumber("2025-04-29"), localDateToDayNumber("2026-01-01"));
 * const due = addWorkingDaysBulk(vietnamCalendar(), days, 1);
 * Array.from(due, dayNumberToLocalDate); //=> ["2025-05-05", "2026-01-05"]
 * ```
 *
 * @category Bulk
 */
export function addWorkingDaysBulk(calendar: WorkingCalendar, days: Int32Array, n: number | Int32Array, out?: Int32Array): Int32Array {
  expectInt32(days, "days");
  const length = days.length;
  const result = out === undefined ? new Int32Array(length) : expectInt32(out, "out", length);
  const scalar = typeof n === "number";
  if (scalar) {
    if (!Number.isSafeInteger(n)) throw new HccError("invalid_input", `n must be an integer, got ${String(n)}`, { value: n });
  } else expectInt32(n, "n", length);
  if (!(calendar instanceof TableCalendar)) {
    for (let k = 0; k < length; k++) result[k] = calendar.addWorkingDayNumbers(days[k]!, scalar ? n : (n as Int32Array)[k]!);
    return result;
  }
  const rank = calendar.rank;
  const work = calendar.work;
  const flags = calendar.source.flags;
  const workLength = work.length;
  const nArray = scalar ? undefined : (n as Int32Array);
  const nScalar = scalar ? n : 0;
  for (let k = 0; k < length; k++) {
    const day = days[k]!;
    const i = day - FIRST_DAY;
    if (i < 0 || i >= DAY_COUNT) throw outOfRange(day, "day number");
    const m = nArray === undefined ? nScalar : nArray[k]!;
    if (m === 0) {
      result[k] = day;
      continue;
    }
    const target = m > 0 ? rank[i]! + m - 1 : rank[i]! - ((flags[i]! >> 3) & 1) + m;
    if (target < 0 || target >= workLength) throw outOfRange(day, `result (n = ${m}) for day number`);
    result[k] = work[target]! + FIRST_DAY;
  }
  return result;
}

/**
 * {@link WorkingCalendar.workingDaysBetween} over pairs of day numbers: `out[k]` is the number of
 * working days in `(from[k], to[k]]` (minus those in `(to[k], from[k]]` when `to[k] < from[k]`).
 *
 * @param calendar - any working calendar
 * @param from - start day numbers
 * @param to - end day numbers (same length)
 * @param out - where to write (default a new `Int32Array`)
 * @returns `out`
 * @throws {HccError} `invalid_input` or `out_of_range`
 * @example
 * ```ts
 * import { workingDaysBetweenBulk, vietnamCalendar } from "@hcc/calendar";
 * import { localDateToDayNumber } from "@hcc/core";
 * const from = Int32Array.of(localDateToDayNumber("2025-04-28"));
 * const to = Int32Array.of(localDateToDayNumber("2025-05-09"));
 * workingDaysBetweenBulk(vietnamCalendar(), from, to)[0]; //=> 6
 * ```
 *
 * @category Bulk
 */
export function workingDaysBetweenBulk(calendar: WorkingCalendar, from: Int32Array, to: Int32Array, out?: Int32Array): Int32Array {
  expectInt32(from, "from");
  const length = from.length;
  expectInt32(to, "to", length);
  const result = out === undefined ? new Int32Array(length) : expectInt32(out, "out", length);
  if (!(calendar instanceof TableCalendar)) {
    for (let k = 0; k < length; k++) result[k] = calendar.workingDaysBetweenDayNumbers(from[k]!, to[k]!);
    return result;
  }
  const rank = calendar.rank;
  for (let k = 0; k < length; k++) {
    const a = from[k]! - FIRST_DAY;
    const b = to[k]! - FIRST_DAY;
    if (a < 0 || a >= DAY_COUNT) throw outOfRange(from[k], "day number");
    if (b < 0 || b >= DAY_COUNT) throw outOfRange(to[k], "day number");
    result[k] = rank[b]! - rank[a]!;
  }
  return result;
}

/**
 * {@link WorkingCalendar.isWorkingDayNumber} over many day numbers: `out[k]` is 1 for a working
 * day, 0 otherwise.
 *
 * @param calendar - any working calendar
 * @param days - day numbers
 * @param out - where to write (default a new `Uint8Array`)
 * @returns `out`
 * @throws {HccError} `invalid_input` or `out_of_range`
 * @example
 * ```ts
 * import { isWorkingDayBulk, vietnamCalendar } from "@hcc/calendar";
 * import { localDateToDayNumber } from "@hcc/core";
 * const days = Int32Array.of(localDateToDayNumber("2025-05-02"), localDateToDayNumber("2025-04-26"));
 * Array.from(isWorkingDayBulk(vietnamCalendar(), days)); //=> [0, 1]
 * ```
 *
 * @category Bulk
 */
export function isWorkingDayBulk(calendar: WorkingCalendar, days: Int32Array, out?: Uint8Array): Uint8Array {
  expectInt32(days, "days");
  const length = days.length;
  if (out !== undefined && (!(out instanceof Uint8Array) || out.length !== length)) {
    throw new HccError("invalid_input", `out must be a Uint8Array of ${length} items`, { value: out });
  }
  const result = out ?? new Uint8Array(length);
  if (!(calendar instanceof TableCalendar)) {
    for (let k = 0; k < length; k++) result[k] = calendar.isWorkingDayNumber(days[k]!) ? 1 : 0;
    return result;
  }
  const flags = calendar.source.flags;
  for (let k = 0; k < length; k++) {
    const i = days[k]! - FIRST_DAY;
    if (i < 0 || i >= DAY_COUNT) throw outOfRange(days[k], "day number");
    result[k] = (flags[i]! >> 3) & 1;
  }
  return result;
}
