// from packages/calendar/src/types.ts:149
import { vietnamCalendar, type CalendarOverride } from "@hcc/calendar";
const typhoon: CalendarOverride = { date: "2025-07-22", working: false, name: "Nghỉ do bão số 3" };
vietnamCalendar({ overrides: [typhoon] }).isWorkingDay("2025-07-22"); //=> false

export {};
