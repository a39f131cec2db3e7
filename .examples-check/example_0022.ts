// from packages/calendar/src/vietnam-calendar.ts:39
import { vietnamCalendar } from "@hcc/calendar";
const vn = vietnamCalendar();
vn.addWorkingDays("2025-04-29", 1); //=> "2025-05-05" (30/4, 1/5 holidays, 2/5 swapped off)
vn.dayInfo("2025-04-26").kind; //=> "makeup_workday"
vn.workingDaysBetween("2025-04-29", "2025-05-05"); //=> 1

export {};
