import { HccError, timeUnits } from "@hcc/core";
import { DAY_MS, MINUTE_MS, OFFSET_MS, addWorkingMs, clockStartMs, closeOf, dayOf, type Clock } from "./working-time.js";

/** Numeric unit codes: the `timeUnits` codes of `@hcc/core` (the fast path's loops write `2` for working days). */
export const UNIT_WORKING_HOURS = /* @__PURE__ */ timeUnits.toCode("working_hours");
export const UNIT_WORKING_DAYS = /* @__PURE__ */ timeUnits.toCode("working_days");
export const UNIT_CALENDAR_DAYS = /* @__PURE__ */ timeUnits.toCode("calendar_days");
export const UNIT_MONTHS = /* @__PURE__ */ timeUnits.toCode("months");

/** The code of a time unit key (`@hcc/core` `timeUnits`), or `undefined` for anything else. */
export function unitCode(unit: unknown): number | undefined {
  return timeUnits.is(unit) ? timeUnits.toCode(unit) : undefined;
}

/** The reference day of a receipt: its calendar day, or the next working day when received at/after the cut-off on a working day. */
export function referenceDay(clock: Clock, receivedMs: number, cutoff: number): number {
  const day = dayOf(receivedMs);
  if (cutoff >= 0 && receivedMs + OFFSET_MS - day * DAY_MS >= cutoff && clock.calendar.isWorkingDayNumber(day)) {
    return clock.calendar.addWorkingDayNumbers(day, 1);
  }
  return day;
}

/** First working day on or after `day`. */
function onOrAfter(clock: Clock, day: number): number {
  return clock.calendar.isWorkingDayNumber(day) ? day : clock.calendar.addWorkingDayNumbers(day, 1);
}

/** The day number `months` months after `day`, same day of month clamped to the month's length. */
export function addMonthsToDay(day: number, months: number): number {
  const d = new Date(day * DAY_MS);
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth() + months;
  const last = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  return Math.round(Date.UTC(y, m, Math.min(d.getUTCDate(), last)) / DAY_MS);
}

/**
 * The due instant (epoch ms) before any pause, from the receipt instant.
 * - working hours: `value` × 60 session minutes from the clock start;
 * - working days, day-based (`hourBased` false, integer value ≥ 1): close of the value-th working
 *   day after the reference day; value 0: close of the clock-start day; fractional values and
 *   `hourBased`: value × the working day's minutes from the clock start;
 * - calendar days: close of the reference day + value, moved to a working day;
 * - months: close of the same day of month value months later (clamped), moved to a working day.
 */
export function baseDueMs(clock: Clock, receivedMs: number, unit: number, value: number, cutoff: number, hourBased: boolean): number {
  switch (unit) {
    case UNIT_WORKING_DAYS: {
      if (!hourBased && Number.isInteger(value)) {
        if (value === 0) return closeOf(clock, dayOf(clockStartMs(clock, receivedMs, cutoff)));
        return closeOf(clock, clock.calendar.addWorkingDayNumbers(referenceDay(clock, receivedMs, cutoff), value));
      }
      return addWorkingMs(clock, clockStartMs(clock, receivedMs, cutoff), Math.round(value * clock.dayMs));
    }
    case UNIT_WORKING_HOURS:
      return addWorkingMs(clock, clockStartMs(clock, receivedMs, cutoff), Math.round(value * 60 * MINUTE_MS));
    case UNIT_CALENDAR_DAYS:
      return closeOf(clock, onOrAfter(clock, referenceDay(clock, receivedMs, cutoff) + value));
    case UNIT_MONTHS:
      return closeOf(clock, onOrAfter(clock, addMonthsToDay(referenceDay(clock, receivedMs, cutoff), value)));
    default:
      throw new HccError("invalid_input", `Unknown processing-time unit code ${unit}`, { value: unit });
  }
}

/** Throws unless `value` is a usable amount of `unit`. */
export function checkAmount(unit: number, value: number): void {
  if (!Number.isFinite(value) || value < 0) {
    throw new HccError("invalid_input", `Processing time must be a finite number ≥ 0, got ${String(value)}`, { value });
  }
  if ((unit === UNIT_CALENDAR_DAYS || unit === UNIT_MONTHS) && !Number.isInteger(value)) {
    throw new HccError("invalid_input", `Processing time in ${unit === UNIT_MONTHS ? "months" : "calendar days"} must be a whole number, got ${value}`, {
      value,
    });
  }
  if (unit < UNIT_WORKING_HOURS || unit > UNIT_MONTHS || !Number.isInteger(unit)) {
    throw new HccError("invalid_input", `Unknown processing-time unit code ${unit}`, { value: unit });
  }
}

/** The procedure's maximum in working minutes (hours and working days only; NaN otherwise). */
export function maxWorkingMinutes(clock: Clock, unit: number, value: number): number {
  if (unit === UNIT_WORKING_HOURS) return value * 60;
  if (unit === UNIT_WORKING_DAYS) return value * clock.dayMinutes;
  return Number.NaN;
}
