// from packages/calendar/src/bulk.ts:15
import { addWorkingDaysBulk, vietnamCalendar } from "@hcc/calendar";
import { localDateToDayNumber, dayNumberToLocalDate } from "@hcc/core";
const days = Int32Array.of(localDateToDayNumber("2025-04-29"), localDateToDayNumber("2026-01-01"));
const due = addWorkingDaysBulk(vietnamCalendar(), days, 1);
Array.from(due, dayNumberToLocalDate); //=> ["2025-05-05", "2026-01-05"]

export {};
