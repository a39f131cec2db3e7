// from packages/calendar/src/types.ts:235
import { vietnamCalendar, type CompiledCalendar } from "@hcc/calendar";
const calendar: CompiledCalendar = vietnamCalendar();
calendar.withOverrides([{ date: "2027-04-30", working: false }]).id; //=> "vn+overrides"

export {};
