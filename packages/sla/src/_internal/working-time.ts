import type { WorkingCalendar } from "@hcc/calendar";
import { MS_PER_DAY, VIETNAM_UTC_OFFSET_MS } from "@hcc/core";

/** Milliseconds in a day and in a minute; Vietnam's offset from UTC in ms. */
export const DAY_MS = MS_PER_DAY;
export const MINUTE_MS = 60_000;
export const OFFSET_MS = VIETNAM_UTC_OFFSET_MS;

/**
 * A calendar prepared for the hot paths: its sessions as flat numbers (milliseconds after
 * midnight, so that every computation stays in exact integers), the working time of a day and
 * the opening and closing. Built once per calendar object and cached.
 */
export interface Clock {
  readonly calendar: WorkingCalendar;
  /** Session starts, ms after midnight. */
  readonly starts: Float64Array;
  /** Session ends, ms after midnight. */
  readonly ends: Float64Array;
  /** Session time before each session (prefix sums, ms). */
  readonly before: Float64Array;
  /** Working time of a working day (ms). */
  readonly dayMs: number;
  /** Working minutes of a working day. */
  readonly dayMinutes: number;
  /** Opening (first session start), ms after midnight. */
  readonly open: number;
  /** Closing (last session end), ms after midnight. */
  readonly close: number;
}

const clocks = new WeakMap<WorkingCalendar, Clock>();

/** Prepares (and caches per calendar object) the session table of a calendar. */
export function clockOf(calendar: WorkingCalendar): Clock {
  const cached = clocks.get(calendar);
  if (cached !== undefined) return cached;
  const n = calendar.sessions.length;
  const starts = new Float64Array(n);
  const ends = new Float64Array(n);
  const before = new Float64Array(n);
  let total = 0;
  for (let i = 0; i < n; i++) {
    const s = calendar.sessions[i]!;
    starts[i] = Math.round(s.start * MINUTE_MS);
    ends[i] = Math.round(s.end * MINUTE_MS);
    before[i] = total;
    total += ends[i]! - starts[i]!;
  }
  const clock: Clock = {
    calendar,
    starts,
    ends,
    before,
    dayMs: total,
    dayMinutes: total / MINUTE_MS,
    open: starts[0]!,
    close: ends[n - 1]!,
  };
  clocks.set(calendar, clock);
  return clock;
}

/** Vietnam day number of an instant. */
export const dayOf = (ms: number): number => Math.floor((ms + OFFSET_MS) / DAY_MS);
/** Epoch ms of an offset (ms after Vietnam midnight) on a Vietnam day. */
export const msOf = (day: number, msOfDay: number): number => day * DAY_MS + msOfDay - OFFSET_MS;
/** Epoch ms of the close of a day. */
export const closeOf = (clock: Clock, day: number): number => day * DAY_MS + clock.close - OFFSET_MS;

/**
 * Clock start: the instant moved into working time. Before opening → opening; in a break → the
 * next session start; after closing, on a day off, or at/after the cut-off (ms after midnight,
 * `< 0` = none) on a working day → the next working day's opening.
 */
export function clockStartMs(clock: Clock, ms: number, cutoff: number): number {
  const day = dayOf(ms);
  const cal = clock.calendar;
  if (!cal.isWorkingDayNumber(day)) return msOf(cal.addWorkingDayNumbers(day, 1), clock.open);
  const t = ms + OFFSET_MS - day * DAY_MS;
  if (cutoff >= 0 && t >= cutoff) return msOf(cal.addWorkingDayNumbers(day, 1), clock.open);
  const { starts, ends } = clock;
  for (let i = 0; i < starts.length; i++) {
    if (t < ends[i]!) return t < starts[i]! ? msOf(day, starts[i]!) : ms;
  }
  return msOf(cal.addWorkingDayNumbers(day, 1), clock.open);
}

/** Session time of a working day elapsed at `t` ms after midnight (0 … dayMs). */
function elapsedInDay(clock: Clock, t: number): number {
  const { starts, ends, before } = clock;
  for (let i = 0; i < starts.length; i++) {
    if (t < ends[i]!) return t <= starts[i]! ? before[i]! : before[i]! + t - starts[i]!;
  }
  return clock.dayMs;
}

/** Time of day at which `elapsed` (0 < elapsed ≤ dayMs) session ms have passed; a session end on ties. */
function timeAtElapsed(clock: Clock, elapsed: number): number {
  const { starts, ends, before } = clock;
  for (let i = 0; i < starts.length; i++) {
    if (elapsed <= before[i]! + ends[i]! - starts[i]!) return starts[i]! + elapsed - before[i]!;
  }
  return clock.close;
}

/**
 * Adds working time (ms ≥ 0) to an instant. A start outside working time first moves to the
 * next session start; a result that exhausts a session exactly stays at that session's end (so
 * N × 8 h from an opening lands on a closing, not on the next morning).
 */
export function addWorkingMs(clock: Clock, ms: number, amount: number): number {
  if (amount <= 0) return clockStartMs(clock, ms, -1);
  const cal = clock.calendar;
  let day = dayOf(ms);
  let used = 0;
  if (cal.isWorkingDayNumber(day)) {
    used = elapsedInDay(clock, ms + OFFSET_MS - day * DAY_MS);
    if (used === clock.dayMs) {
      day = cal.addWorkingDayNumbers(day, 1);
      used = 0;
    }
  } else {
    day = cal.addWorkingDayNumbers(day, 1);
  }
  const target = used + amount;
  if (target <= clock.dayMs) return msOf(day, timeAtElapsed(clock, target));
  const rest = target - clock.dayMs;
  const full = Math.ceil(rest / clock.dayMs) - 1;
  return msOf(cal.addWorkingDayNumbers(day, full + 1), timeAtElapsed(clock, rest - full * clock.dayMs));
}

/** Session time (ms) in `[from, to)`; 0 when `to ≤ from`. */
export function workingMsBetween(clock: Clock, from: number, to: number): number {
  if (!(to > from)) return 0;
  const cal = clock.calendar;
  const dA = dayOf(from);
  const dB = dayOf(to);
  const wA = cal.isWorkingDayNumber(dA) ? elapsedInDay(clock, from + OFFSET_MS - dA * DAY_MS) : 0;
  const wB = cal.isWorkingDayNumber(dB) ? elapsedInDay(clock, to + OFFSET_MS - dB * DAY_MS) : 0;
  if (dA === dB) return wB - wA;
  return cal.workingDaysBetweenDayNumbers(dA - 1, dB - 1) * clock.dayMs + wB - wA;
}
