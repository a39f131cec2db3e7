// Test-only: a small, independent WorkingCalendar built from the official 2019–2025 days off
// (copied from shared/data/vn-days-off.csv). It is used to check that any outside calendar plugs
// into @hcc/sla, and as an independent oracle for the real vietnamCalendar(). Never exported.
import {
  dayNumberToEpochMs,
  dayNumberToLocalDate,
  dayOfWeek,
  epochMsToDayNumber,
  formatInstant,
  localDateToDayNumber,
  toDayNumber,
  toEpochMs,
  type DateInput,
} from "@hcc/core";
import type { DayInfo, DayKind, WorkingCalendar, WorkingSession } from "@hcc/calendar";

const OFFICIAL: readonly string[] = [
  "2019-01-01:holiday",
  "2019-01-05:makeup_workday",
  "2019-02-03:holiday",
  "2019-02-04:holiday",
  "2019-02-05:holiday",
  "2019-02-06:holiday",
  "2019-02-07:holiday",
  "2019-02-08:compensatory",
  "2019-04-14:holiday",
  "2019-04-15:compensatory",
  "2019-04-29:bridge_off",
  "2019-04-30:holiday",
  "2019-05-01:holiday",
  "2019-05-04:makeup_workday",
  "2019-09-02:holiday",
  "2020-01-01:holiday",
  "2020-01-23:holiday",
  "2020-01-24:holiday",
  "2020-01-25:holiday",
  "2020-01-26:holiday",
  "2020-01-27:holiday",
  "2020-01-28:compensatory",
  "2020-01-29:compensatory",
  "2020-04-02:holiday",
  "2020-04-30:holiday",
  "2020-05-01:holiday",
  "2020-09-02:holiday",
  "2021-01-01:holiday",
  "2021-02-10:holiday",
  "2021-02-11:holiday",
  "2021-02-12:holiday",
  "2021-02-13:holiday",
  "2021-02-14:holiday",
  "2021-02-15:compensatory",
  "2021-02-16:compensatory",
  "2021-04-21:holiday",
  "2021-04-30:holiday",
  "2021-05-01:holiday",
  "2021-05-03:compensatory",
  "2021-09-02:holiday",
  "2021-09-03:holiday",
  "2022-01-01:holiday",
  "2022-01-03:compensatory",
  "2022-01-31:holiday",
  "2022-02-01:holiday",
  "2022-02-02:holiday",
  "2022-02-03:holiday",
  "2022-02-04:holiday",
  "2022-04-10:holiday",
  "2022-04-11:compensatory",
  "2022-04-30:holiday",
  "2022-05-01:holiday",
  "2022-05-02:compensatory",
  "2022-05-03:compensatory",
  "2022-09-01:holiday",
  "2022-09-02:holiday",
  "2023-01-01:holiday",
  "2023-01-02:compensatory",
  "2023-01-20:holiday",
  "2023-01-21:holiday",
  "2023-01-22:holiday",
  "2023-01-23:holiday",
  "2023-01-24:holiday",
  "2023-01-25:compensatory",
  "2023-01-26:compensatory",
  "2023-04-29:holiday",
  "2023-04-30:holiday",
  "2023-05-01:holiday",
  "2023-05-02:compensatory",
  "2023-05-03:compensatory",
  "2023-09-01:holiday",
  "2023-09-02:holiday",
  "2023-09-04:compensatory",
  "2024-01-01:holiday",
  "2024-02-08:holiday",
  "2024-02-09:holiday",
  "2024-02-10:holiday",
  "2024-02-11:holiday",
  "2024-02-12:holiday",
  "2024-02-13:compensatory",
  "2024-02-14:compensatory",
  "2024-04-18:holiday",
  "2024-04-29:bridge_off",
  "2024-04-30:holiday",
  "2024-05-01:holiday",
  "2024-05-04:makeup_workday",
  "2024-09-02:holiday",
  "2024-09-03:holiday",
  "2025-01-01:holiday",
  "2025-01-27:holiday",
  "2025-01-28:holiday",
  "2025-01-29:holiday",
  "2025-01-30:holiday",
  "2025-01-31:holiday",
  "2025-04-07:holiday",
  "2025-04-26:makeup_workday",
  "2025-04-30:holiday",
  "2025-05-01:holiday",
  "2025-05-02:bridge_off",
  "2025-09-01:holiday",
  "2025-09-02:holiday",
];

/** Builds the test calendar; `extra` adds "YYYY-MM-DD:kind" rows (e.g. a Saturday reception day). */
export function testCalendar(
  sessions: readonly WorkingSession[] = [
    { start: 420, end: 690 },
    { start: 810, end: 1020 },
  ],
  extra: readonly string[] = [],
): WorkingCalendar {
  const first = localDateToDayNumber("2019-01-01");
  const last = localDateToDayNumber("2025-12-31");
  const kinds = new Map<number, DayKind>();
  for (const row of [...OFFICIAL, ...extra]) {
    const [date, kind] = row.split(":") as [string, DayKind];
    kinds.set(localDateToDayNumber(date), kind);
  }
  const kindOf = (day: number): DayKind => {
    const k = kinds.get(day);
    if (k !== undefined) return k;
    const w = dayOfWeek(day);
    return w === 0 || w === 6 ? "weekend" : "weekday";
  };
  const working = (day: number): boolean => {
    if (day < first || day > last) throw new RangeError(`day ${day} outside the test calendar`);
    const k = kindOf(day);
    return k === "weekday" || k === "makeup_workday";
  };
  const add = (day: number, n: number): number => {
    let d = day;
    let left = Math.abs(n);
    const step = n < 0 ? -1 : 1;
    while (left > 0) {
      d += step;
      if (working(d)) left--;
    }
    return d;
  };
  const between = (a: number, b: number): number => {
    if (b < a) return -between(b, a);
    let count = 0;
    for (let d = a + 1; d <= b; d++) if (working(d)) count++;
    return count;
  };
  const day = (input: DateInput): number => toDayNumber(input);
  const back = (input: DateInput, d: number): any => (typeof input === "string" ? dayNumberToLocalDate(d) : new Date(dayNumberToEpochMs(d)));
  const daily = sessions.reduce((s, x) => s + x.end - x.start, 0);
  const within = (ms: number): number => {
    const d = epochMsToDayNumber(ms);
    if (!working(d)) return 0;
    const m = (ms - dayNumberToEpochMs(d)) / 60_000;
    return sessions.reduce((s, x) => s + Math.max(0, Math.min(m, x.end) - x.start), 0);
  };
  const minutesBetween = (a: number, b: number): number => {
    if (b < a) return -minutesBetween(b, a);
    const da = epochMsToDayNumber(a);
    const db = epochMsToDayNumber(b);
    return between(da - 1, db - 1) * daily + within(b) - within(a);
  };
  const addMinutes = (ms: number, minutes: number): number => {
    let d: number = epochMsToDayNumber(ms);
    let m = (ms - dayNumberToEpochMs(d)) / 60_000;
    let left = minutes;
    for (;;) {
      if (working(d)) {
        for (const s of sessions) {
          if (m >= s.end) continue;
          const from = Math.max(m, s.start);
          if (from + left <= s.end) return dayNumberToEpochMs(d, from + left);
          left -= s.end - from;
          m = s.end;
        }
      }
      d += 1;
      m = 0;
    }
  };
  const info = (d: number): DayInfo => ({
    date: dayNumberToLocalDate(d),
    working: working(d),
    kind: kindOf(d),
    name: { vi: kindOf(d), en: kindOf(d) },
    status: "official",
  });
  const calendar: WorkingCalendar = {
    id: "test",
    sessions,
    range: { first, last },
    isWorkingDay: (input) => working(day(input)),
    dayInfo: (input) => info(day(input)),
    addWorkingDays: ((input: DateInput, n: number) => back(input, add(day(input), n))) as WorkingCalendar["addWorkingDays"],
    workingDaysBetween: (a, b) => between(day(a), day(b)),
    nextWorkingDay: ((input: DateInput) => back(input, add(day(input), 1))) as WorkingCalendar["nextWorkingDay"],
    previousWorkingDay: ((input: DateInput) => back(input, add(day(input), -1))) as WorkingCalendar["previousWorkingDay"],
    daysOff: (a, b) => {
      const out: DayInfo[] = [];
      for (let d = day(a); d <= day(b); d++) if (kinds.has(d)) out.push(info(d));
      return out;
    },
    holidays: (year) => [...kinds.keys()].filter((d) => dayNumberToLocalDate(d).startsWith(String(year))).sort((x, y) => x - y).map(info),
    addWorkingMinutes: ((input: DateInput, minutes: number) => {
      const ms = addMinutes(toEpochMs(input), minutes);
      return typeof input === "string" ? formatInstant(ms) : new Date(ms);
    }) as WorkingCalendar["addWorkingMinutes"],
    workingMinutesBetween: (a, b) => minutesBetween(toEpochMs(a), toEpochMs(b)),
    isWorkingDayNumber: working,
    addWorkingDayNumbers: add,
    workingDaysBetweenDayNumbers: between,
    addWorkingMinutesMs: addMinutes,
    workingMinutesBetweenMs: minutesBetween,
  };
  return calendar;
}
