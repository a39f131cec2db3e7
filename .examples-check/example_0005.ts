// from packages/calendar/src/lunar.ts:6
import type { LunarDate } from "@hcc/calendar";
const hungKings2025: LunarDate = { year: 2025, month: 3, day: 10, leap: false };

export {};
