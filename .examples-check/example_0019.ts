// from packages/calendar/src/types.ts:192
import { vietnamCalendar, type VietnamCalendarOptions } from "@hcc/calendar";
const options: VietnamCalendarOptions = {
  week: { saturday: [{ start: 450, end: 690 }] },
  overrides: [{ date: "2030-05-03", working: false, kind: "bridge_off", name: "Nghỉ hoán đổi" }],
};
vietnamCalendar(options).isWorkingDay("2030-05-04"); //=> true (a Saturday morning)

export {};
