import { HccError } from "@hcc/core";
import { LUNAR_FIRST_YEAR, LUNAR_INFO, LUNAR_LAST_YEAR, LUNAR_TET } from "../generated/lunar-table.js";

/** First and last lunar years of the table. */
export const LUNAR_MIN_YEAR = LUNAR_FIRST_YEAR;
export const LUNAR_MAX_YEAR = LUNAR_LAST_YEAR;

/** Day number of Tết (1/1) of a lunar year in the table (or of LUNAR_MAX_YEAR + 1). */
export function tetDay(year: number): number {
  return LUNAR_TET[year - LUNAR_FIRST_YEAR] as number;
}

/** Leap month number of a lunar year (0 when none). */
export function leapMonthOf(year: number): number {
  return ((LUNAR_INFO[year - LUNAR_FIRST_YEAR] as number) >> 13) & 0xf;
}

/** Number of days of the i-th month (0-based, in order, leap included) of a lunar year. */
export function monthLength(year: number, index: number): number {
  return ((LUNAR_INFO[year - LUNAR_FIRST_YEAR] as number) >> index) & 1 ? 30 : 29;
}

/** The 0-based position of a month in its year, or -1 when the (leap) month does not exist. */
export function monthIndex(year: number, month: number, leap: boolean): number {
  const leapMonth = leapMonthOf(year);
  if (leap) return leapMonth === month ? month : -1;
  return leapMonth !== 0 && month > leapMonth ? month : month - 1;
}

/** Lunar date of a day number inside the table (unchecked). */
export function dayToLunar(day: number): { year: number; month: number; day: number; leap: boolean } {
  // Tết falls between 21 January and 20 February, so the lunar year is the civil year or the one before.
  let year = new Date(day * 86_400_000).getUTCFullYear();
  if (year > LUNAR_MAX_YEAR || day < tetDay(year)) year -= 1;
  let start = tetDay(year);
  const leapMonth = leapMonthOf(year);
  const count = leapMonth === 0 ? 12 : 13;
  for (let i = 0; i < count; i++) {
    const length = monthLength(year, i);
    if (day < start + length) {
      let month = i + 1;
      let leap = false;
      if (leapMonth !== 0 && i >= leapMonth) {
        month = i;
        leap = i === leapMonth;
      }
      return { year, month, day: day - start + 1, leap };
    }
    start += length;
  }
  /* c8 ignore next */
  throw new HccError("invariant_violation", `Day ${day} is outside lunar year ${year}`, { value: day });
}

/** Day number of a lunar date; NaN when the month or day does not exist. */
export function lunarToDay(year: number, month: number, day: number, leap: boolean): number {
  const index = monthIndex(year, month, leap);
  if (index < 0) return Number.NaN;
  if (day < 1 || day > monthLength(year, index)) return Number.NaN;
  let start = tetDay(year);
  for (let i = 0; i < index; i++) start += monthLength(year, i);
  return start + day - 1;
}
