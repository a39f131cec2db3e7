// from packages/calendar/src/types.ts:180
import type { WeekdayPattern } from "@hcc/calendar";
const saturdayMorning: WeekdayPattern = [{ start: 7 * 60 + 30, end: 11 * 60 + 30 }];

export {};
