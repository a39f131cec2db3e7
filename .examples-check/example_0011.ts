// from packages/calendar/src/lunar.ts:172
import { lunarYear } from "@hcc/calendar";
const y = lunarYear(2025);
y.tet; //=> "2025-01-29"
y.name; //=> "Ất Tỵ"
y.months.length; //=> 13

export {};
