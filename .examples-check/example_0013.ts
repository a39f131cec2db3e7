// from packages/calendar/src/types.ts:20
import type { DayStatus } from "@hcc/calendar";
const status: DayStatus = "estimated";

export {};
