/**
 * `@hcc/calendar` — the official Vietnamese working-day calendar for state agencies: statutory
 * holidays by law period, compensatory and swapped days (published data 2015–2026, rules and
 * estimates for other years), the Vietnamese lunar calendar 1900–2100 (UTC+7), working hours,
 * and a plug-in interface for a province's or ministry's own calendar. Compiled into typed arrays.
 *
 * @packageDocumentation
 */

export { DEFAULT_SESSIONS, vietnamCalendar } from "./vietnam-calendar.js";
export type {
  CalendarOverride,
  CompiledCalendar,
  DayInfo,
  DayKind,
  DayStatus,
  VietnamCalendarOptions,
  WeekdayPattern,
  WorkingCalendar,
  WorkingSession,
} from "./types.js";

export { canChiYear, fromLunarDate, lunarYear, safeFromLunarDate, toLunarDate } from "./lunar.js";
export type { LunarDate, LunarMonth, LunarYear } from "./lunar.js";

export { addWorkingDaysBulk, isWorkingDayBulk, workingDaysBetweenBulk } from "./bulk.js";

export { createWorkingCalendar } from "./create-working-calendar.js";
export type { WorkingCalendarSpec } from "./create-working-calendar.js";
