// from packages/calendar/src/lunar.ts:28
import { lunarYear, type LunarMonth } from "@hcc/calendar";
const leap: LunarMonth | undefined = lunarYear(2025).months.find((m) => m.leap);
leap?.start; //=> "2025-07-25"

export {};
