// from packages/calendar/src/lunar.ts:107
import { toLunarDate } from "@hcc/calendar";
toLunarDate("2025-04-07"); //=> { year: 2025, month: 3, day: 10, leap: false }
toLunarDate("2025-07-25"); //=> { year: 2025, month: 6, day: 1, leap: true }

export {};
