// from packages/calendar/src/bulk.ts:71
import { workingDaysBetweenBulk, vietnamCalendar } from "@hcc/calendar";
import { localDateToDayNumber } from "@hcc/core";
const from = Int32Array.of(localDateToDayNumber("2025-04-28"));
const to = Int32Array.of(localDateToDayNumber("2025-05-09"));
workingDaysBetweenBulk(vietnamCalendar(), from, to)[0]; //=> 6

export {};
