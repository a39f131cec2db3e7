import { formatInstant, safely, type DateInput, type Instant, type SafeParseResult } from "@hcc/core";
import type { WorkingCalendar } from "@hcc/calendar";
import { clockStartMs } from "./_internal/working-time.js";
import { checkCalendar, cutoffMs, instantMs } from "./_internal/validate.js";

/**
 * Options of {@link clockStart}.
 *
 * @example
 * ```ts
 * import { vietnamCalendar } from "@hcc/calendar";
 * import type { ClockStartOptions } from "@hcc/sla";
 * const options: ClockStartOptions = { calendar: vietnamCalendar(), cutoff: "15:00" };
 * ```
 *
 * @category Due dates
 */
export interface ClockStartOptions {
  /** The working-day calendar (working days and the sessions of a working day). */
  readonly calendar: WorkingCalendar;
  /**
   * The procedure's cut-off hour `HH:mm` (rule 5 of the domain's [time rules](../../../docs/domain.md#time-rules-in-brief)): a dossier received at or after it on a working
   * day counts from the next working day. Per procedure (`Procedure.timing.cutoff`); there is no
   * general cut-off. @defaultValue none
   */
  readonly cutoff?: string;
}

/**
 * When the processing clock starts for a dossier received at `received` (rules 3–5 of the domain's
 * [time rules](../../../docs/domain.md#time-rules-in-brief); the SLA guide's [clock start](../../../docs/sla.md#2-when-the-clock-starts-)): the receipt instant moved into working time.
 *
 * - during a session → the receipt instant itself;
 * - before opening → the opening (07:00); during the lunch break → the afternoon start (13:30);
 * - after closing, on a weekend, holiday or other day off → the next working day's opening;
 * - at or after the procedure's cut-off on a working day → the next working day's opening.
 *
 * @param received - the receipt instant of the complete dossier (`NgayTiepNhan`), Vietnam time
 * @param options - calendar and cut-off
 * @returns the clock start, a canonical instant
 * @throws {HccError} `invalid_date` for a bad instant, `invalid_input` for a bad cut-off,
 *   `invalid_calendar` for an unusable calendar, `out_of_range` outside the calendar's range
 * @example
 * ```ts
 * import { vietnamCalendar } from "@hcc/calendar";
 * import { clockStart } from "@hcc/sla";
 * const calendar = vietnamCalendar();
 * clockStart("2024-03-08T17:01", { calendar }); //=> "2024-03-11T07:00:00+07:00" (Friday after closing → Monday)
 * clockStart("2024-03-11T12:15", { calendar }); //=> "2024-03-11T13:30:00+07:00" (lunch → afternoon)
 * clockStart("2024-03-11T15:20", { calendar, cutoff: "15:00" }); //=> "2024-03-12T07:00:00+07:00"
 * ```
 *
 * @category Due dates
 */
export function clockStart(received: DateInput, options: ClockStartOptions): Instant {
  const where = "clockStart";
  const clock = checkCalendar(options?.calendar, where);
  return formatInstant(clockStartMs(clock, instantMs(received, "received", where), cutoffMs(options.cutoff, where)));
}

/**
 * Non-throwing {@link clockStart}.
 *
 * @param received - the receipt instant
 * @param options - calendar and cut-off
 * @returns `{ success: true, data }` or `{ success: false, error }`
 * @example
 * ```ts
 * import { vietnamCalendar } from "@hcc/calendar";
 * import { safeClockStart } from "@hcc/sla";
 * safeClockStart("2024-02-30T08:00", { calendar: vietnamCalendar() }).success; //=> false
 * ```
 *
 * @category Due dates
 */
export function safeClockStart(received: unknown, options: ClockStartOptions): SafeParseResult<Instant> {
  return safely(() => clockStart(received as DateInput, options));
}
