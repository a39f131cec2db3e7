// from packages/calendar/src/lunar.ts:49
import { lunarYear, type LunarYear } from "@hcc/calendar";
const y: LunarYear = lunarYear(2033);
y.leapMonth; //=> 11

export {};
