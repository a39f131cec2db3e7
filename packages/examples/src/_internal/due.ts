import { HccError, dayNumberToEpochMs, epochMsToDayNumber, localDateToDayNumber, dayNumberToLocalDate } from "@hcc/core";
import type { ProcessingTime } from "@hcc/core";
import type { GeneratorCalendar as DayCalendar } from "../calendar.js";

/** Close of the working day (minutes after midnight) of a calendar. */
function closeMinute(calendar: DayCalendar): number {
  const last = calendar.sessions[calendar.sessions.length - 1];
  return last === undefined ? 17 * 60 : last.end;
}

function nextWorkingDay(calendar: DayCalendar, day: number): number {
  let d = day;
  while (!calendar.isWorkingDayNumber(d)) d++;
  return d;
}

/**
 * Due instant (epoch ms) of a dossier received at `receivedMs` for a procedure with the given
 * processing time, under the domain brief's default day-based convention (§4.6–4.7): N working days
 * = the N-th working day after the day of receipt, due at its close; 0 working days = the day of
 * receipt (or the next working day); working hours = session time from the clock start; calendar
 * days and months moved off days off. A receipt at or after `cutoffMinute` counts from the next
 * working day.
 */
export function dueMs(calendar: DayCalendar, receivedMs: number, time: ProcessingTime, cutoffMinute?: number): number {
  let day = epochMsToDayNumber(receivedMs);
  let startMs = receivedMs;
  if (cutoffMinute !== undefined && (receivedMs - dayNumberToEpochMs(day)) / 60_000 >= cutoffMinute) {
    day = nextWorkingDay(calendar, day + 1);
    startMs = dayNumberToEpochMs(day);
  }
  const close = closeMinute(calendar);
  const n = time.value;
  switch (time.unit) {
    case "working_days": {
      const due = n === 0 ? nextWorkingDay(calendar, day) : calendar.addWorkingDayNumbers(day, Math.ceil(n));
      return dayNumberToEpochMs(due, close);
    }
    case "working_hours":
      return calendar.addWorkingMinutesMs(startMs, Math.round(n * 60));
    case "calendar_days":
      return dayNumberToEpochMs(nextWorkingDay(calendar, day + Math.ceil(n)), close);
    case "months": {
      const [y, m, d] = dayNumberToLocalDate(day).split("-").map(Number) as [number, number, number];
      const total = y * 12 + (m - 1) + Math.ceil(n);
      const ty = Math.floor(total / 12);
      const tm = (total % 12) + 1;
      const dim = new Date(Date.UTC(ty, tm, 0)).getUTCDate();
      const target = localDateToDayNumber(`${String(ty).padStart(4, "0")}-${String(tm).padStart(2, "0")}-${String(Math.min(d, dim)).padStart(2, "0")}`);
      return dayNumberToEpochMs(nextWorkingDay(calendar, target), close);
    }
    default:
      throw new HccError("invalid_input", `Unknown processing-time unit ${JSON.stringify(time.unit)}`, { value: time });
  }
}
