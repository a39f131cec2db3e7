import { HccError, dayNumberToLocalDate, localDateToDayNumber, parseLocalDate, type DateInput, type LocalDate } from "@hcc/core";
import { vietnamCalendar, type DayKind, type WorkingCalendar } from "@hcc/calendar";
import * as z from "zod";

/**
 * One day of the calendar table. `working_day_index` is the running count of working days from
 * the table's first day up to and including this one, so that "the N-th working day after day
 * `d`" is a join: `due.working_day_index = d.working_day_index + N AND due.working` (the same day
 * as `addWorkingDays(d, N)` of `@hcc/calendar`, whether or not `d` itself is a working day).
 *
 * @example
 * ```ts
 * import { parseLocalDate } from "@hcc/core";
 * import type { CalendarRow } from "@hcc/sql";
 * const row: CalendarRow = { date: parseLocalDate("2025-04-30"), working: false, kind: "holiday", name: "Ngày Giải phóng miền Nam", working_day_index: 81 };
 * ```
 *
 * @category Calendar tables
 */
export interface CalendarRow {
  /** The date, `YYYY-MM-DD` (Vietnam). */
  readonly date: LocalDate;
  /** Whether state agencies work that day. */
  readonly working: boolean;
  /** weekday, weekend, holiday, compensatory, bridge_off or makeup_workday. */
  readonly kind: DayKind;
  /** The holiday's or swap's name; for ordinary days the weekday name. */
  readonly name: string;
  /** Working days from the first day of the table up to and including this day. */
  readonly working_day_index: number;
}

/**
 * Options of {@link calendarRows}.
 *
 * @example
 * ```ts
 * import type { CalendarRowsOptions } from "@hcc/sql";
 * const options: CalendarRowsOptions = { from: "2015-01-01", to: "2030-12-31" };
 * ```
 *
 * @category Calendar tables
 */
export interface CalendarRowsOptions {
  /** First day (inclusive). @defaultValue `"2015-01-01"` */
  readonly from?: DateInput;
  /** Last day (inclusive). @defaultValue `"2030-12-31"` */
  readonly to?: DateInput;
  /** The working-day calendar. @defaultValue `vietnamCalendar()` of `@hcc/calendar` */
  readonly calendar?: WorkingCalendar;
  /** Language of the `name` column. @defaultValue `"vi"` */
  readonly lang?: "vi" | "en";
}

/**
 * At most this many days in one table (about 270 years).
 *
 * @example
 * ```ts
 * import { MAX_CALENDAR_DAYS } from "@hcc/sql";
 * MAX_CALENDAR_DAYS; //=> 100000
 * ```
 *
 * @category Calendar tables
 */
export const MAX_CALENDAR_DAYS = 100_000;

const optionsSchema = z.object({
  from: z.union([z.string(), z.date()]).optional(),
  to: z.union([z.string(), z.date()]).optional(),
  calendar: z.custom<WorkingCalendar>((v) => typeof v === "object" && v !== null && typeof (v as WorkingCalendar).dayInfo === "function", "expected a WorkingCalendar").optional(),
  lang: z.enum(["vi", "en"]).optional(),
});

/** Validated range and calendar of the calendar emitters. */
export function readCalendarOptions(options: CalendarRowsOptions): { from: number; to: number; calendar: WorkingCalendar; lang: "vi" | "en" } {
  const parsed = optionsSchema.safeParse(options);
  if (!parsed.success) {
    throw new HccError("invalid_input", `Invalid calendar table options: ${parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`, {
      value: options,
    });
  }
  const from = localDateToDayNumber(parseLocalDate(options.from ?? "2015-01-01"));
  const to = localDateToDayNumber(parseLocalDate(options.to ?? "2030-12-31"));
  if (to < from) throw new HccError("invalid_input", `Calendar table ends (${dayNumberToLocalDate(to)}) before it starts (${dayNumberToLocalDate(from)})`, { value: options });
  if (to - from + 1 > MAX_CALENDAR_DAYS) throw new HccError("invalid_input", `Calendar table too long: ${to - from + 1} days (at most ${MAX_CALENDAR_DAYS})`, { value: options });
  return { from, to, calendar: options.calendar ?? vietnamCalendar(), lang: options.lang ?? "vi" };
}

/**
 * The calendar as table rows: one per day from `from` to `to`, with the working flag, the kind
 * and name of the day from `@hcc/calendar`, and the running working-day index.
 *
 * @param options - the range (default 2015-01-01 – 2030-12-31), the calendar and the name language
 * @returns frozen rows, in date order
 * @throws {HccError} `invalid_input` for bad options, `invalid_date` for an unreadable date
 * @example
 * ```ts
 * import { calendarRows } from "@hcc/sql";
 * const rows = calendarRows({ from: "2025-04-28", to: "2025-05-05" });
 * rows.map((r) => r.working_day_index).join(","); //=> "1,2,2,2,2,2,2,3"
 * ```
 *
 * @category Calendar tables
 */
export function calendarRows(options: CalendarRowsOptions = {}): readonly CalendarRow[] {
  const { from, to, calendar, lang } = readCalendarOptions(options);
  const rows: CalendarRow[] = [];
  let index = 0;
  for (let day = from; day <= to; day++) {
    const info = calendar.dayInfo(dayNumberToLocalDate(day));
    if (info.working) index++;
    rows.push(Object.freeze({ date: info.date, working: info.working, kind: info.kind, name: info.name[lang], working_day_index: index }));
  }
  return Object.freeze(rows);
}
