// from packages/calendar/src/types.ts:69
import { type WorkingCalendar } from "@hcc/calendar";
function dueDate(calendar: WorkingCalendar, received: string, days: number): string {
  return calendar.addWorkingDays(received, days);
}

export {};
