import { classifyCode, vnDayStart } from "./classify.js";
import { baseDueMs, maxWorkingMinutes } from "./due.js";
import { pausedWorkingMs } from "./pauses.js";
import { MINUTE_MS, addWorkingMs, clockStartMs, workingMsBetween, type Clock } from "./working-time.js";

/** Resolved numeric options shared by the single and bulk paths. */
export interface CoreOptions {
  readonly hourBased: boolean;
  readonly instantComparator: boolean;
  readonly lateIfMultipleSupplements: boolean;
  readonly judgeAgainstExtension: boolean;
  /** Use the dossier's recorded due date (`dueSource: "recorded"`); absent → the no-due-date rule. */
  readonly recordedDue: boolean;
}

/** One dossier's numeric inputs. `NaN` = absent. */
export interface CoreRow {
  receivedMs: number;
  endedMs: number;
  unit: number;
  value: number;
  cutoff: number;
  recordedDueMs: number;
  extensionDueMs: number;
  supplementRequests: number;
}

/** One dossier's numeric outputs (a reused scratch object on the bulk path). */
export interface CoreResult {
  clockStartMs: number;
  printedDueMs: number;
  dueMs: number;
  currentDueMs: number;
  pausedMs: number;
  verdict: number;
  /** When the clock restarted from zero after a supplement (restart rule sets); NaN = no restart. */
  restartMs?: number;
}

/**
 * Evaluates one dossier on numbers: clock start, printed due (before pauses), due (moved by the
 * paused working time — the verdict's reference), current due (the latest new appointment or
 * the due), paused working time and verdict. The single place where `evaluateDossier` and
 * `evaluateMany` compute, so their results are identical by construction.
 *
 * `pauseRestart` (parallel to the pause columns, 1 = restart) marks supplement intervals under a
 * rule set that restarts the clock (Decree 118/2025): instead of pausing, the processing time
 * counts again from zero from the latest such interval's end (an interval still open, or ending
 * after the end / as-of, restarts at the end / as-of: a provisional due date). Before the restart
 * nothing counts (`pausedMs` includes that working time); pauses of other kinds count from the
 * restart on. Without a processing time (recorded due only) the recorded duration is counted again
 * from the restart, i.e. the recorded due moves by the uncounted working time.
 */
export function evaluateCore(
  clock: Clock,
  asOfMs: number,
  row: CoreRow,
  pauseFrom: ArrayLike<number>,
  pauseTo: ArrayLike<number>,
  pauseBegin: number,
  pauseEnd: number,
  options: CoreOptions,
  out: CoreResult,
  pauseRestart?: ArrayLike<number>,
): void {
  const { receivedMs, unit, value } = row;
  if (Number.isNaN(receivedMs)) {
    out.clockStartMs = out.printedDueMs = out.dueMs = out.currentDueMs = Number.NaN;
    out.pausedMs = 0;
    out.verdict = 0;
    out.restartMs = Number.NaN;
    return;
  }
  const start = clockStartMs(clock, receivedMs, row.cutoff);
  const hasTime = !Number.isNaN(value);
  let printed: number;
  if (options.recordedDue || !hasTime) printed = row.recordedDueMs;
  else printed = baseDueMs(clock, receivedMs, unit, value, row.cutoff, options.hourBased);
  const endedMs = row.endedMs <= asOfMs ? row.endedMs : Number.NaN;
  const hi = Number.isNaN(endedMs) ? asOfMs : endedMs;
  const restart = pauseRestart === undefined || receivedMs > asOfMs ? Number.NaN : restartOf(pauseFrom, pauseTo, pauseRestart, pauseBegin, pauseEnd, receivedMs, hi);
  let due: number;
  let paused: number;
  if (Number.isNaN(restart)) {
    paused = pauseEnd > pauseBegin && receivedMs <= asOfMs ? pausedWorkingMs(clock, pauseFrom, pauseTo, pauseBegin, pauseEnd, start, hi) : 0;
    due = Number.isNaN(printed) || paused === 0 ? printed : addWorkingMs(clock, printed, paused);
  } else {
    const restartStart = clockStartMs(clock, restart, row.cutoff);
    const after = pausedWorkingMs(clock, pauseFrom, pauseTo, pauseBegin, pauseEnd, restartStart, hi);
    paused = workingMsBetween(clock, start, restartStart) + after;
    if (options.recordedDue || !hasTime) due = Number.isNaN(printed) || paused === 0 ? printed : addWorkingMs(clock, printed, paused);
    else {
      const base = baseDueMs(clock, restart, unit, value, row.cutoff, options.hourBased);
      due = after === 0 ? base : addWorkingMs(clock, base, after);
    }
  }
  const current = Number.isNaN(row.extensionDueMs) ? due : row.extensionDueMs;
  let net = Number.NaN;
  let max = Number.NaN;
  if (Number.isNaN(due) && hasTime) {
    max = maxWorkingMinutes(clock, unit, value);
    net = (workingMsBetween(clock, start, hi) - paused) / MINUTE_MS;
  }
  out.clockStartMs = start;
  out.printedDueMs = printed;
  out.dueMs = due;
  out.currentDueMs = current;
  out.pausedMs = paused;
  out.restartMs = restart;
  out.verdict = classifyCode(
    receivedMs,
    options.judgeAgainstExtension ? current : due,
    endedMs,
    asOfMs,
    vnDayStart(asOfMs),
    row.supplementRequests,
    options.instantComparator,
    options.lateIfMultipleSupplements,
    net,
    max,
  );
}

/**
 * The restart instant: the latest end of the restart-marked intervals requested after the receipt
 * and by `hi`, an open one (or one ending after `hi`) counting as `hi`; NaN when none.
 */
function restartOf(
  from: ArrayLike<number>,
  to: ArrayLike<number>,
  flags: ArrayLike<number>,
  begin: number,
  end: number,
  receivedMs: number,
  hi: number,
): number {
  let restart = Number.NaN;
  for (let i = begin; i < end; i++) {
    if (flags[i] !== 1 || !(from[i]! >= receivedMs) || from[i]! > hi) continue;
    const t = to[i]!;
    const r = Number.isNaN(t) || t > hi ? hi : t;
    if (!(r <= restart)) restart = r;
  }
  return restart;
}
