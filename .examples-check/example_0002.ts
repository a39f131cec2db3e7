// from packages/calendar/src/bulk.ts:109
import { isWorkingDayBulk, vietnamCalendar } from "@hcc/calendar";
import { localDateToDayNumber } from "@hcc/core";
const days = Int32Array.of(localDateToDayNumber("2025-05-02"), localDateToDayNumber("2025-04-26"));
Array.from(isWorkingDayBulk(vietnamCalendar(), days)); //=> [0, 1]

export {};
