import {
  safely,
  type DateInput,
  type Instant,
  type LocalDate,
  type SafeParseResult,
  type TimeUnit,
} from "@hcc/core";
import { baseDueMs } from "./_internal/due.js";
import { dueDateOf, unitCodeOf } from "./_internal/shape.js";
import { checkCalendar, cutoffMs, instantMs, oneOf } from "./_internal/validate.js";
import type { ClockStartOptions } from "./clock-start.js";

/**
 * How "N working days" is counted (rule 6 of the domain's [time rules](../../../docs/domain.md#time-rules-in-brief); the SLA
 * guide's [start-day convention](../../../docs/sla.md#the-start-day-convention-)):
 * - `"day"` (default) — **day-based**: the due date is the N-th working day after the calendar
 *   day of receipt (Vietnam time) and the due instant is the close of that day. The receipt day
 *   itself is never counted, whatever the hour (Civil Code 2015 Art. 147: a period in days starts
 *   on the day after the event).
 * - `"hour"` — **hour-based**, what many products store: N × 8 working hours (N × the calendar's
 *   working day) of session time from the clock start. It gives the same due *date* except for a
 *   dossier received before (or exactly at) opening on a working day, which it counts as day 1 — and its due
 *   instant is the receipt time of day, not the close.
 *
 * @example
 * ```ts
 * import type { DayConvention } from "@hcc/sla";
 * const convention: DayConvention = "day";
 * ```
 *
 * @category Due dates
 */
export type DayConvention = "day" | "hour";

/**
 * A due date: the instant, its Vietnam calendar date and the epoch milliseconds.
 *
 * @example
 * ```ts
 * import type { DueDate } from "@hcc/sla";
 * import { parseInstant, parseLocalDate } from "@hcc/core";
 * const due: DueDate = { at: parseInstant("2024-03-13T17:00:00+07:00"), date: parseLocalDate("2024-03-13"), ms: 1710324000000 };
 * ```
 *
 * @category Due dates
 */
export interface DueDate {
  /** The due instant (canonical Vietnam time). */
  readonly at: Instant;
  /** The due date printed on the receipt slip (ngày hẹn trả), `YYYY-MM-DD`. */
  readonly date: LocalDate;
  /** The due instant in epoch milliseconds. */
  readonly ms: number;
}

/**
 * A processing time: an amount and its unit (the shape of `@hcc/core`'s `ProcessingTime`).
 *
 * @example
 * ```ts
 * import type { ProcessingTimeLike } from "@hcc/sla";
 * const time: ProcessingTimeLike = { value: 3, unit: "working_days" };
 * ```
 *
 * @category Due dates
 */
export interface ProcessingTimeLike {
  /** The amount (whole for calendar days and months; fractional working days count as hours). */
  readonly value: number;
  /** `working_hours`, `working_days`, `calendar_days` or `months`. */
  readonly unit: TimeUnit;
}

/**
 * Options of {@link computeDueDate}.
 *
 * @example
 * ```ts
 * import { vietnamCalendar } from "@hcc/calendar";
 * import type { DueDateOptions } from "@hcc/sla";
 * const options: DueDateOptions = { calendar: vietnamCalendar(), convention: "hour" };
 * ```
 *
 * @category Due dates
 */
export interface DueDateOptions extends ClockStartOptions {
  /** How N working days are counted. @defaultValue `"day"` */
  readonly convention?: DayConvention;
}

/**
 * The due date (ngày hẹn trả) of a dossier received at `received`, before any pause (rules 6–7 of the domain's
 * [time rules](../../../docs/domain.md#time-rules-in-brief); the SLA guide's [due date](../../../docs/sla.md#3-the-due-date-)):
 *
 * | unit | due |
 * |---|---|
 * | `working_hours` | N × 60 session minutes from the {@link clockStart} |
 * | `working_days` | day-based (default): close of the N-th working day after the receipt day; hour-based: N × 8 h from the clock start (see {@link DayConvention}) |
 * | `calendar_days` | close of receipt day + N, moved to the next working day if that is a day off (Civil Code Art. 148) |
 * | `months` | close of the same day of month N months later (clamped to the month's end), moved to a working day |
 *
 * A cut-off (option) makes a receipt at or after it on a working day count from the next working
 * day, for every unit. A result that lands exactly on the end of a session stays there (8 working
 * hours from 07:00 end at 17:00 the same day).
 *
 * @param received - the receipt instant (Vietnam time)
 * @param processingTime - amount and unit
 * @param options - calendar, cut-off and the working-day convention
 * @returns the due instant and date
 * @throws {HccError} `invalid_date`, `invalid_input` (bad amount or option), `invalid_calendar`,
 *   `out_of_range` (outside the calendar's years)
 * @example
 * ```ts
 * import { vietnamCalendar } from "@hcc/calendar";
 * import { computeDueDate } from "@hcc/sla";
 * const calendar = vietnamCalendar();
 * computeDueDate("2024-03-08T16:59", { value: 3, unit: "working_days" }, { calendar }).date; //=> "2024-03-13"
 * computeDueDate("2024-03-11T09:00", { value: 4, unit: "working_hours" }, { calendar }).at; //=> "2024-03-11T15:00:00+07:00" (lunch skipped)
 * ```
 *
 * @category Due dates
 */
export function computeDueDate(received: DateInput, processingTime: ProcessingTimeLike, options: DueDateOptions): DueDate {
  const where = "computeDueDate";
  const clock = checkCalendar(options?.calendar, where);
  const unit = unitCodeOf(processingTime, where);
  const hourBased = oneOf(options.convention, ["day", "hour"] as const, "day", "convention", where) === "hour";
  const ms = baseDueMs(clock, instantMs(received, "received", where), unit, processingTime.value, cutoffMs(options.cutoff, where), hourBased);
  return dueDateOf(ms);
}

/**
 * Non-throwing {@link computeDueDate}.
 *
 * @param received - the receipt instant
 * @param processingTime - amount and unit
 * @param options - calendar, cut-off and convention
 * @returns `{ success: true, data }` or `{ success: false, error }`
 * @example
 * ```ts
 * import { vietnamCalendar } from "@hcc/calendar";
 * import { safeComputeDueDate } from "@hcc/sla";
 * safeComputeDueDate("2024-03-08", { value: -1, unit: "working_days" }, { calendar: vietnamCalendar() }).success; //=> false
 * ```
 *
 * @category Due dates
 */
export function safeComputeDueDate(received: unknown, processingTime: unknown, options: DueDateOptions): SafeParseResult<DueDate> {
  return safely(() => computeDueDate(received as DateInput, processingTime as ProcessingTimeLike, options));
}
