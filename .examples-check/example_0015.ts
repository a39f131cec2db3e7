// from packages/calendar/src/types.ts:53
import type { WorkingSession } from "@hcc/calendar";
const morning: WorkingSession = { start: 7 * 60, end: 11 * 60 + 30 };

export {};
