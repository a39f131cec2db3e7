/**
 * The columnar fast path of `evaluateMany` for the common case — working days, day-based, whole
 * N ≥ 1, no pauses — block by block over the calendar's bulk typed-array functions; its passes are
 * in fast-passes.ts. Rows it does not take go through the per-dossier core (`slow`).
 */
import type { DossierColumns } from "@hcc/core";
import { addWorkingDaysBulk, isWorkingDayBulk } from "@hcc/calendar";
import type { CoreOptions } from "./core.js";
import {
  clockStartPass,
  copyBlock,
  currentPass,
  cutoffPass,
  cutoffsPass,
  daysOnlyPass,
  multipleSupplementsPass,
  rowsPass,
  verdictPassByDay,
  verdictPassByInstant,
} from "./fast-passes.js";
import { DAY_MS, type Clock } from "./working-time.js";

/** Output columns of the columnar path (length 0 = not requested). */
export interface OutColumns {
  verdicts: Uint8Array;
  clockStartMs: Float64Array;
  printedDueMs: Float64Array;
  dueMs: Float64Array;
  currentDueMs: Float64Array;
  pausedMinutes: Float64Array;
}

/**
 * Creates the fast path's block loop together with its block scratch arrays. They live in the
 * scope of this function, which runs once, and not at module level, on purpose: the bundler turns
 * module-level `const`s into `var`s, which TurboFan reloads on every use, whereas the bindings of
 * a function scope entered once are embedded in the optimised code as known objects (measured
 * 12.5 → 11.2 ns per row on bench/sla.mjs's verdicts + due).
 */
function createFastPath() {
  /** Rows per block of the fast path (its scratch arrays take 37 bytes a row: about 150 KB). */
  const BLOCK = 4096;
  /** Receipt day numbers (a safe in-range day for slow rows). */
  const DAYS = new Int32Array(BLOCK);
  /** The next working day after the receipt day (for the clock start). */
  const NEXT = new Int32Array(BLOCK);
  /** Working days to add to the receipt day; 0 for slow rows. */
  const N_DAYS = new Int32Array(BLOCK);
  /** The due day of each row. */
  const DUE_DAYS = new Int32Array(BLOCK);
  /** The due instant of each row, when the `dueMs` column is not requested. */
  const DUE_MS = new Float64Array(BLOCK);
  /** Cut-off of each row, ms after midnight (< 0 = none). */
  const CUTOFFS = new Float64Array(BLOCK);
  /** 1 where the receipt day is a working day. */
  const WORK = new Uint8Array(BLOCK);
  /** Row indices of the block's slow rows, in order. */
  const SLOW = new Int32Array(BLOCK);
  /** Stands for an absent `endedMs` column (no dossier ended), indexed by row within the block. */
  const NOT_ENDED = new Float64Array(BLOCK).fill(Number.NaN);
  const NO_F64 = new Float64Array(0);
  const NO_U8 = new Uint8Array(0);
  const NO_U32 = new Uint32Array(0);

  /** What the block loops need besides the columns: fixed for one call. */
  interface Job {
    readonly n: number;
    readonly receivedMs: Float64Array;
    /** The `endedMs` column, or `NOT_ENDED`. */
    readonly ended: Float64Array;
    readonly hasEnded: boolean;
    readonly extensionDueMs: Float64Array | undefined;
    /** The supplement requests when more than one makes a dossier late, else undefined. */
    readonly lateSupplements: Uint8Array | Uint16Array | Uint32Array | Int32Array | undefined;
    readonly instant: boolean;
    readonly close: number;
    readonly asOfMs: number;
    readonly calendar: Clock["calendar"];
    readonly out: OutColumns;
    readonly check: (i: number) => void;
    readonly slow: (i: number) => void;
  }

  /**
   * Multiple supplement requests, and the due columns that are copies on the fast path (separate
   * loops, so that the verdict loop does not test per row which columns are wanted).
   */
  function finishExtras(job: Job, lo: number, len: number, dueOut: Float64Array, dueOffset: number): void {
    const { out } = job;
    if (job.lateSupplements !== undefined) multipleSupplementsPass(lo, len, job.lateSupplements, job.receivedMs, job.ended, job.hasEnded ? 0 : lo, job.asOfMs, out.verdicts);
    if (out.printedDueMs.length > 0) copyBlock(dueOut, dueOffset, out.printedDueMs, lo, len);
    if (out.currentDueMs.length > 0) {
      if (job.extensionDueMs === undefined) copyBlock(dueOut, dueOffset, out.currentDueMs, lo, len);
      else currentPass(lo, len, job.extensionDueMs, dueOut, dueOffset, out.currentDueMs);
    }
    if (out.pausedMinutes.length > 0) out.pausedMinutes.fill(0, lo, lo + len);
  }

  /**
   * The block loop of the common statistics case: per-row processing times, no pauses, no cut-off,
   * no clock start. A function of its own, so that how it is optimised does not depend on what
   * the general loop has seen (after an all-columns call its verdicts + due went 10.9 → 12.7 ns
   * per row when both were one loop).
   */
  function plainBlocks(job: Job, amount: Float64Array, unit: Uint8Array, safeDay: number): void {
    const { n, receivedMs, out, ended, asOfMs } = job;
    for (let lo = 0; lo < n; lo += BLOCK) {
      const len = Math.min(BLOCK, n - lo);
      const slowCount = daysOnlyPass(lo, len, receivedMs, amount, unit, safeDay, DAYS, N_DAYS, SLOW);
      // amounts are validated on slow rows only (fast rows are valid by construction), before
      // anything else of the block is computed, so that the first bad row is the one reported
      for (let k = 0; k < slowCount; k++) job.check(SLOW[k]!);
      // the bulk functions want arrays of exactly the block's length: views for the last block
      const whole = len === BLOCK;
      addWorkingDaysBulk(job.calendar, whole ? DAYS : DAYS.subarray(0, len), whole ? N_DAYS : N_DAYS.subarray(0, len), whole ? DUE_DAYS : DUE_DAYS.subarray(0, len));
      // the due instants go straight into `dueMs` when it is requested, else into the block
      // scratch, from which the other due columns are copied
      const wDue = out.dueMs.length > 0;
      const dueOut = wDue ? out.dueMs : DUE_MS;
      const dueOffset = wDue ? lo : 0;
      const endedBase = job.hasEnded ? 0 : lo;
      if (job.instant) verdictPassByInstant(lo, len, receivedMs, ended, endedBase, DUE_DAYS, job.close, asOfMs, dueOut, dueOffset, out.verdicts);
      else verdictPassByDay(lo, len, receivedMs, ended, endedBase, DUE_DAYS, job.close, asOfMs, dueOut, dueOffset, out.verdicts);
      if (job.lateSupplements !== undefined || out.printedDueMs.length > 0 || out.currentDueMs.length > 0 || out.pausedMinutes.length > 0) finishExtras(job, lo, len, dueOut, dueOffset);
      for (let k = 0; k < slowCount; k++) job.slow(SLOW[k]!);
    }
  }

  /**
   * The columnar fast path for the common case — working days, day-based, whole N ≥ 1, no pauses:
   * the calendar's bulk typed-array functions find the next working day and the due day of every
   * dossier, and tight loops compute clock start, due instants and verdicts with the same formulas
   * as the single path. Runs block by block ({@link BLOCK} rows). Other rows ("slow" rows) go
   * through `slow` (the shared per-dossier core), after `check` has validated their amounts.
   */
  return function fastWorkingDays(
    columns: DossierColumns,
    n: number,
    clock: Clock,
    asOfMs: number,
    core: CoreOptions,
    globalCutoff: number,
    defaultUnit: number,
    defaultAmount: number,
    check: (i: number) => void,
    slow: (i: number) => void,
    out: OutColumns,
  ): void {
    const { receivedMs, endedMs, amount, unit, cutoffMinutes, extensionDueMs, supplementRequests, pauseOffsets } = columns;
    const calendar = clock.calendar;
    const safeDay = calendar.range.first + 1;
    const job: Job = {
      n,
      receivedMs,
      ended: endedMs ?? NOT_ENDED,
      hasEnded: endedMs !== undefined,
      extensionDueMs,
      lateSupplements: core.lateIfMultipleSupplements ? supplementRequests : undefined,
      instant: core.instantComparator,
      close: clock.close,
      asOfMs,
      calendar,
      out,
      check,
      slow,
    };
    const needClock = out.clockStartMs.length > 0;
    const hasCutoff = globalCutoff >= 0 || cutoffMinutes !== undefined;
    // whether the receipt day is a working day matters for the clock start and the cut-off
    const needWork = needClock || hasCutoff;
    const perRowTime = amount !== undefined && unit !== undefined;
    // rows with a new appointment go to the single path when the verdict is judged against it
    const judgeExtension = core.judgeAgainstExtension && extensionDueMs !== undefined;
    const daysOnly = perRowTime && pauseOffsets === undefined && !judgeExtension;
    if (daysOnly && !needWork) return plainBlocks(job, amount, unit, safeDay);
    // the session starts and, after them, one past the end of the day (see clockStartPass)
    const startsPlus = Float64Array.of(...clock.starts, 2 * DAY_MS);
    if (cutoffMinutes === undefined) CUTOFFS.fill(globalCutoff);
    const wDue = out.dueMs.length > 0;
    for (let lo = 0; lo < n; lo += BLOCK) {
      const len = Math.min(BLOCK, n - lo);
      // the bulk functions want arrays of exactly the block's length: views for the last block
      const whole = len === BLOCK;
      const days = whole ? DAYS : DAYS.subarray(0, len);
      const slowCount = daysOnly
        ? daysOnlyPass(lo, len, receivedMs, amount, unit, safeDay, DAYS, N_DAYS, SLOW)
        : rowsPass(
            lo,
            len,
            receivedMs,
            amount ?? NO_F64,
            unit ?? NO_U8,
            perRowTime,
            defaultAmount,
            defaultUnit,
            pauseOffsets ?? NO_U32,
            pauseOffsets !== undefined,
            extensionDueMs ?? NO_F64,
            judgeExtension,
            safeDay,
            DAYS,
            N_DAYS,
            SLOW,
          );
      if (needWork) isWorkingDayBulk(calendar, days, whole ? WORK : WORK.subarray(0, len));
      if (cutoffMinutes !== undefined) cutoffsPass(lo, len, cutoffMinutes, CUTOFFS);
      if (hasCutoff) cutoffPass(lo, len, receivedMs, CUTOFFS, DAYS, WORK, N_DAYS);
      if (needClock) {
        addWorkingDaysBulk(calendar, days, 1, whole ? NEXT : NEXT.subarray(0, len));
        clockStartPass(lo, len, receivedMs, CUTOFFS, DAYS, WORK, NEXT, startsPlus, clock.ends, clock.open, out.clockStartMs);
      }
      // then as in plainBlocks (the statements repeated, not shared through a function: inlined
      // here, the verdict loop works on the block scratch as known objects)
      for (let k = 0; k < slowCount; k++) check(SLOW[k]!);
      addWorkingDaysBulk(calendar, days, whole ? N_DAYS : N_DAYS.subarray(0, len), whole ? DUE_DAYS : DUE_DAYS.subarray(0, len));
      const dueOut = wDue ? out.dueMs : DUE_MS;
      const dueOffset = wDue ? lo : 0;
      const endedBase = endedMs === undefined ? lo : 0;
      if (core.instantComparator) verdictPassByInstant(lo, len, receivedMs, job.ended, endedBase, DUE_DAYS, clock.close, asOfMs, dueOut, dueOffset, out.verdicts);
      else verdictPassByDay(lo, len, receivedMs, job.ended, endedBase, DUE_DAYS, clock.close, asOfMs, dueOut, dueOffset, out.verdicts);
      finishExtras(job, lo, len, dueOut, dueOffset);
      for (let k = 0; k < slowCount; k++) slow(SLOW[k]!);
    }
  };
}

/** See {@link createFastPath}. */
const fastWorkingDays = createFastPath();
/**
 * Fast-path calls running now. The block scratch is not re-entrant: a call made while another one
 * runs — a plug-in calendar that evaluates dossiers from inside its own methods, or a slow row's
 * per-dossier path doing so — gets a fast path (and scratch) of its own.
 */
let fastPathDepth = 0;

/**
 * Runs the columnar fast path over `n` rows of `columns` (see {@link createFastPath}): the module's
 * own block scratch for the outermost call, a fresh one for a call made while another runs.
 */
export function runFastPath(
  columns: DossierColumns,
  n: number,
  clock: Clock,
  asOfMs: number,
  core: CoreOptions,
  globalCutoff: number,
  defaultUnit: number,
  defaultAmount: number,
  check: (i: number) => void,
  slow: (i: number) => void,
  out: OutColumns,
): void {
  const fastPath = fastPathDepth === 0 ? fastWorkingDays : createFastPath();
  fastPathDepth++;
  try {
    fastPath(columns, n, clock, asOfMs, core, globalCutoff, defaultUnit, defaultAmount, check, slow, out);
  } finally {
    fastPathDepth--;
  }
}
