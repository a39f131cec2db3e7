// from packages/calendar/src/create-working-calendar.ts:46
import { createWorkingCalendar } from "@hcc/calendar";
const sixDays = createWorkingCalendar({ id: "six-day-week", isWorkingDay: (_day, weekday) => weekday !== 0, daysOff: ["2030-01-01"] });
sixDays.addWorkingDays("2029-12-29", 2); //=> "2030-01-02"

export {};
