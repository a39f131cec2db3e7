// Time arithmetic of the portal's formulas: the end of processing, the supplement (pause) time
// and a duration in a procedure's own unit.
import { VIETNAM_UTC_OFFSET_MINUTES, isTerminalStatus, toEpochMs, type TimeUnit } from "@hcc/core";
import type { WorkingCalendar } from "@hcc/calendar";
import type { PortalDossier } from "../dossier.js";

const OFFSET_MS = VIETNAM_UTC_OFFSET_MINUTES * 60_000;
const DAY_MS = 86_400_000;

const ms = (instant: string | undefined): number | undefined => (instant === undefined ? undefined : toEpochMs(instant));

/**
 * The time of the terminal status [portal]: processed (`NgayKetThucXuLy`) wins over returned
 * (`NgayTra`), which wins over refused/stopped (`NgayTuChoi`). `undefined` for a non-terminal
 * status or a terminal one with none of the three times.
 */
export function terminalEndMs(d: PortalDossier): number | undefined {
  if (!isTerminalStatus(d.status)) return undefined;
  return ms(d.processedAt) ?? ms(d.returnedAt) ?? ms(d.refusedAt);
}

/** Supplement time: Σ (completed − requested) over the rounds completed by `untilMs`. */
export function supplementMs(d: PortalDossier, untilMs: number): number {
  let total = 0;
  for (const s of d.supplements) {
    if (s.completedAt === undefined) continue;
    const done = toEpochMs(s.completedAt);
    if (done > untilMs) continue;
    total += Math.max(0, done - toEpochMs(s.requestedAt));
  }
  return total;
}

/** How a dossier stands at the end of the period, and the end of processing 2.1 judges. */
export type Standing =
  | { readonly kind: "finished"; readonly rawEndMs: number; readonly endMs: number }
  | { readonly kind: "waiting"; readonly requests: number; readonly endMs: number }
  | { readonly kind: "open"; readonly endMs: number };

/**
 * The 2.1 standing at `periodEndMs`:
 * - finished (terminal status, its time ≤ the period end): end = terminal time − supplement time;
 * - waiting for a supplement (not finished; the last request made by the period end and not
 *   completed by it): end = that request's time; `requests` = requests made by the period end;
 * - open (anything else not finished): end = the period end − supplement time.
 * `undefined` for a terminal status without any end time.
 */
export function standing(d: PortalDossier, periodEndMs: number): Standing | undefined {
  const raw = terminalEndMs(d);
  if (isTerminalStatus(d.status) && raw === undefined) return undefined;
  if (raw !== undefined && raw <= periodEndMs) return { kind: "finished", rawEndMs: raw, endMs: raw - supplementMs(d, raw) };
  const made = d.supplements.filter((s) => toEpochMs(s.requestedAt) <= periodEndMs);
  const last = made[made.length - 1];
  if (last !== undefined && (last.completedAt === undefined || toEpochMs(last.completedAt) > periodEndMs)) {
    return { kind: "waiting", requests: made.length, endMs: toEpochMs(last.requestedAt) };
  }
  return { kind: "open", endMs: periodEndMs - supplementMs(d, periodEndMs) };
}

function addMonthsWall(wallMs: number, n: number): number {
  const d = new Date(wallMs);
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth() + n;
  const last = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  return Date.UTC(y, m, Math.min(d.getUTCDate(), last), d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds(), d.getUTCMilliseconds());
}

/** Months from `fromMs` to `toMs` (Vietnam wall clock): whole months, then the fraction of the next. */
function monthsBetween(fromMs: number, toMs: number): number {
  const f = fromMs + OFFSET_MS;
  const t = toMs + OFFSET_MS;
  const a = new Date(f);
  const b = new Date(t);
  let n = (b.getUTCFullYear() - a.getUTCFullYear()) * 12 + (b.getUTCMonth() - a.getUTCMonth());
  while (n > 0 && addMonthsWall(f, n) > t) n--;
  const start = addMonthsWall(f, n);
  const next = addMonthsWall(f, n + 1);
  return n + (t - start) / (next - start);
}

/** Working minutes of a working day of the calendar (its sessions). */
export function workingDayMinutes(calendar: WorkingCalendar): number {
  return calendar.sessions.reduce((sum, s) => sum + (s.end - s.start), 0);
}

/**
 * The duration from `fromMs` to `toMs` in a procedure's unit: working hours and working days
 * from the calendar's working minutes (a working day = the calendar's sessions, 8 h by default),
 * calendar days as 24 h, months on the Vietnam calendar. 0 when `toMs` ≤ `fromMs`.
 */
export function durationIn(unit: TimeUnit, fromMs: number, toMs: number, calendar: () => WorkingCalendar): number {
  if (toMs <= fromMs) return 0;
  switch (unit) {
    case "working_hours":
      return calendar().workingMinutesBetweenMs(fromMs, toMs) / 60;
    case "working_days": {
      const cal = calendar();
      return cal.workingMinutesBetweenMs(fromMs, toMs) / workingDayMinutes(cal);
    }
    case "calendar_days":
      return (toMs - fromMs) / DAY_MS;
    case "months":
      return monthsBetween(fromMs, toMs);
  }
}
