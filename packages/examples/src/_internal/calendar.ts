import { HccError, dayNumberToEpochMs, dayOfWeek, epochMsToDayNumber, localDateToDayNumber } from "@hcc/core";

import type { GeneratorCalendar as DayCalendar } from "../calendar.js";

/**
 * Official days off and make-up working days of 2019 (Labour Code 2012 Art. 115; CV 6519/VPCP-KGVX
 * for the 2019 swaps), transcribed from the project's `vn-days-off.csv`. Used until the full
 * `@hcc/calendar` is available; outside 2019 only weekends are known to this fallback.
 */
const OFF_2019 = [
  "2019-01-01",
  "2019-02-04",
  "2019-02-05",
  "2019-02-06",
  "2019-02-07",
  "2019-02-08",
  "2019-04-15",
  "2019-04-29",
  "2019-04-30",
  "2019-05-01",
  "2019-09-02",
];
const MAKEUP_2019 = ["2019-01-05", "2019-05-04"];

const DEFAULT_SESSIONS = Object.freeze([
  Object.freeze({ start: 7 * 60, end: 11 * 60 + 30 }),
  Object.freeze({ start: 13 * 60 + 30, end: 17 * 60 }),
]);

/** A weekend + 2019-official-days-off calendar with the default 07:00–11:30, 13:30–17:00 sessions. */
export function fallbackCalendar(): DayCalendar {
  const off = new Set(OFF_2019.map(localDateToDayNumber));
  const makeup = new Set(MAKEUP_2019.map(localDateToDayNumber));
  const isWorkingDayNumber = (day: number): boolean => {
    if (makeup.has(day)) return true;
    if (off.has(day)) return false;
    const dow = dayOfWeek(day);
    return dow !== 0 && dow !== 6;
  };
  const addWorkingDayNumbers = (day: number, n: number): number => {
    let d = day;
    let left = Math.abs(n);
    const step = n < 0 ? -1 : 1;
    while (left > 0) {
      d += step;
      if (isWorkingDayNumber(d)) left--;
    }
    return d;
  };
  const addWorkingMinutesMs = (startMs: number, minutes: number): number => {
    if (!Number.isFinite(startMs) || !Number.isFinite(minutes) || minutes < 0) {
      throw new HccError("out_of_range", `addWorkingMinutesMs: invalid arguments ${startMs}, ${minutes}`, { value: minutes });
    }
    let day = epochMsToDayNumber(startMs);
    let minute = (startMs - dayNumberToEpochMs(day)) / 60_000;
    let left = minutes;
    for (;;) {
      if (isWorkingDayNumber(day)) {
        for (const s of DEFAULT_SESSIONS) {
          if (minute >= s.end) continue;
          const from = Math.max(minute, s.start);
          const available = s.end - from;
          if (left <= available && (left > 0 || minutes === 0)) return dayNumberToEpochMs(day, from + left);
          left -= available;
          minute = s.end;
        }
      }
      day++;
      minute = 0;
    }
  };
  return Object.freeze({ sessions: DEFAULT_SESSIONS, isWorkingDayNumber, addWorkingDayNumbers, addWorkingMinutesMs });
}
