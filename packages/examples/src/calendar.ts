import { fallbackCalendar } from "./_internal/calendar.js";

/**
 * The working-day calendar the example generators need: the subset of `@hcc/calendar`'s
 * `WorkingCalendar` they call. Any `WorkingCalendar` (for example `vietnamCalendar()`) fits.
 *
 * @example
 * ```ts
 * import { exampleCalendar, type GeneratorCalendar } from "@hcc/examples";
 * const calendar: GeneratorCalendar = exampleCalendar();
 * calendar.sessions.length; //=> 2
 * ```
 */
export interface GeneratorCalendar {
  /** Working sessions of a working day, in minutes after 00:00 Vietnam time. */
  readonly sessions: readonly { readonly start: number; readonly end: number }[];
  /** Whether a day number (days since 1970-01-01, Vietnam date) is a working day. */
  isWorkingDayNumber(day: number): boolean;
  /** The n-th working day after (n > 0) or before (n < 0) a day number. */
  addWorkingDayNumbers(day: number, n: number): number;
  /** The instant (epoch ms) after adding working minutes of session time to a start instant. */
  addWorkingMinutesMs(startMs: number, minutes: number): number;
}

/**
 * The calendar the generators use by default: Monday–Friday with the official 2019 days off and
 * make-up Saturdays (Tết, Hùng Kings, the 29 April / 4 May 2019 swap, 30/4, 1/5, 2/9), sessions
 * 07:00–11:30 and 13:30–17:00. Outside 2019 it knows weekends only — pass `vietnamCalendar()`
 * from `@hcc/calendar` for other years.
 *
 * @returns a frozen calendar
 * @example
 * ```ts
 * import { localDateToDayNumber } from "@hcc/core";
 * import { exampleCalendar } from "@hcc/examples";
 * exampleCalendar().isWorkingDayNumber(localDateToDayNumber("2019-05-04")); //=> true (make-up Saturday)
 * ```
 */
export function exampleCalendar(): GeneratorCalendar {
  return fallbackCalendar();
}
