// from packages/calendar/src/lunar.ts:135
import { fromLunarDate } from "@hcc/calendar";
fromLunarDate({ year: 2026, month: 1, day: 1, leap: false }); //=> "2026-02-17" (Tết Bính Ngọ)
fromLunarDate({ year: 2037, month: 3, day: 10 }); //=> "2037-04-24" (Hùng Kings' day)

export {};
