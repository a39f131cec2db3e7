// from packages/calendar/src/types.ts:3
import type { DayKind } from "@hcc/calendar";
const kind: DayKind = "makeup_workday";

export {};
