// from packages/calendar/src/types.ts:33
import type { DayInfo } from "@hcc/calendar";
const info: DayInfo = { date: "2025-05-02", working: false, kind: "bridge_off", name: { vi: "Nghỉ hoán đổi", en: "Swapped day off" }, status: "official" };

export {};
