// from packages/calendar/src/create-working-calendar.ts:8
import type { WorkingCalendarSpec } from "@hcc/calendar";
const spec: WorkingCalendarSpec = { id: "six-day-week", isWorkingDay: (_day, weekday) => weekday !== 0 };

export {};
