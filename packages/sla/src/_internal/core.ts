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
}

/**
 * Evaluates one dossier on numbers: clock start, printed due (before pauses), due (moved by the
 * paused working time — the verdict's reference), current due (the latest new appointment or
 * the due), paused working time and verdict. The single place where `evaluateDossier` and
 * `evaluateMany` compute, so their results are identical by construction.
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
): void {
  const { receivedMs, unit, value } = row;
  if (Number.isNaN(receivedMs)) {
    out.clockStartMs = out.printedDueMs = out.dueMs = out.currentDueMs = Number.NaN;
    out.pausedMs = 0;
    out.verdict = 0;
    return;
  }
  const start = clockStartMs(clock, receivedMs, row.cutoff);
  const hasTime = !Number.isNaN(value);
  let printed: number;
  if (options.recordedDue || !hasTime) printed = row.recordedDueMs;
  else printed = baseDueMs(clock, receivedMs, unit, value, row.cutoff, options.hourBased);
  const endedMs = row.endedMs <= asOfMs ? row.endedMs : Number.NaN;
  const hi = Number.isNaN(endedMs) ? asOfMs : endedMs;
  const paused = pauseEnd > pauseBegin && receivedMs <= asOfMs ? pausedWorkingMs(clock, pauseFrom, pauseTo, pauseBegin, pauseEnd, start, hi) : 0;
  const due = Number.isNaN(printed) || paused === 0 ? printed : addWorkingMs(clock, printed, paused);
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
