import { HccError, parseDossier, type Dossier, type DossierInput, type ProcedureInput } from "@hcc/core";
import { addWorkingDaysBulk, isWorkingDayBulk } from "@hcc/calendar";
import { evaluateCore, type CoreOptions, type CoreResult, type CoreRow } from "./_internal/core.js";
import { UNIT_CODES, checkAmount } from "./_internal/due.js";
import { coreRow, endOf, pauseIntervals, plannedLegsDue, procedureRules, processingTimeFor, type ProcedureRules } from "./_internal/prepare.js";
import { DAY_MS, MINUTE_MS, type Clock } from "./_internal/working-time.js";
import { evaluateParsed, resolveOptions, ruleSetOf, type DossierEvaluation, type EvaluateOptions } from "./evaluate.js";

/**
 * Dossiers as columns (one typed-array element per dossier), the form in which millions of
 * dossiers are evaluated without allocating. Instants are epoch milliseconds; `NaN` = absent.
 * Build them from dossier objects with {@link toDossierColumns}, or straight from a database
 * export.
 *
 * Pauses are in CSR form: the clock-stopping pauses of dossier `i` are
 * `pauseFromMs[pauseOffsets[i] … pauseOffsets[i + 1])` (with `pauseToMs`, `NaN` = open). They
 * must already be filtered to the kinds the procedure excludes (supplement requests included).
 * Under a rule set that restarts the clock after a supplement (`decree-118`), the supplement
 * intervals are flagged in `pauseRestarts` ({@link toDossierColumns} does it per dossier, by the
 * rule set in force on its receipt date or the forced `rules`): the columns carry the rule set.
 *
 * @example
 * ```ts
 * import type { DossierColumns } from "@hcc/sla";
 * const columns: DossierColumns = {
 *   receivedMs: new Float64Array([Date.parse("2024-03-08T09:59:00Z")]),
 *   endedMs: new Float64Array([Number.NaN]),
 * };
 * ```
 */
export interface DossierColumns {
  /** Receipt instants; `NaN` = not received. */
  readonly receivedMs: Float64Array;
  /** End of processing (winning terminal status); `NaN` = not ended. */
  readonly endedMs?: Float64Array;
  /** Processing time amount per dossier (`NaN` = none); with `unit`. Else `options.processingTime`. */
  readonly amount?: Float64Array;
  /** Processing time unit per dossier, `@hcc/core` `timeUnits` codes (1 hours, 2 working days, 3 calendar days, 4 months). */
  readonly unit?: Uint8Array;
  /** Cut-off per dossier in minutes after midnight (`-1` = none). Else `options.cutoff`. */
  readonly cutoffMinutes?: Int16Array;
  /** Recorded due instant (`dueAt`), used when no processing time is known or with `dueSource: "recorded"`. */
  readonly recordedDueMs?: Float64Array;
  /** Latest new appointment (extension) due instant; `NaN` = none. */
  readonly extensionDueMs?: Float64Array;
  /** Supplement requests per dossier. */
  readonly supplementRequests?: Uint8Array | Uint16Array | Uint32Array;
  /** CSR offsets into the pause columns (length = dossiers + 1). */
  readonly pauseOffsets?: Uint32Array;
  /** Pause starts. */
  readonly pauseFromMs?: Float64Array;
  /** Pause ends (`NaN` = still open). */
  readonly pauseToMs?: Float64Array;
  /**
   * Per pause (parallel to `pauseFromMs`): 1 = a supplement under a restart rule set — the clock
   * restarts from zero at its end instead of pausing (see `RuleSet.afterSupplement`); 0 or absent
   * = a pause.
   */
  readonly pauseRestarts?: Uint8Array;
}

/**
 * The columnar result of {@link evaluateMany}: one element per dossier, identical to the
 * corresponding fields of `evaluateDossier` (`ms` of the due dates, minutes, verdict codes).
 * Columns left out of `options.fields` are empty (length 0).
 *
 * @example
 * ```ts
 * import { VERDICTS, type ColumnarEvaluation } from "@hcc/sla";
 * function lateShare(r: ColumnarEvaluation): number {
 *   let late = 0;
 *   for (const v of r.verdicts) if (VERDICTS[v] === "resolved_late") late++;
 *   return late / r.verdicts.length;
 * }
 * ```
 */
export interface ColumnarEvaluation {
  /** Verdict codes (index into `VERDICTS`). */
  readonly verdicts: Uint8Array;
  /** Clock starts (`NaN` when not received). */
  readonly clockStartMs: Float64Array;
  /** Due before pauses (`printedDue.ms`). */
  readonly printedDueMs: Float64Array;
  /** Original due, moved by pauses (`originalDue.ms`) — the verdict's reference. */
  readonly dueMs: Float64Array;
  /** Current due (`currentDue.ms`). */
  readonly currentDueMs: Float64Array;
  /** Paused working minutes. */
  readonly pausedMinutes: Float64Array;
}

/**
 * The columns {@link evaluateMany} can compute (`verdicts` always is).
 *
 * @example
 * ```ts
 * import type { ColumnarField } from "@hcc/sla";
 * const fields: ColumnarField[] = ["dueMs"];
 * ```
 */
export type ColumnarField = "clockStartMs" | "printedDueMs" | "dueMs" | "currentDueMs" | "pausedMinutes";

const ALL_FIELDS: readonly ColumnarField[] = ["clockStartMs", "printedDueMs", "dueMs", "currentDueMs", "pausedMinutes"];

function checkFields(fields: unknown): ReadonlySet<ColumnarField> {
  if (fields === undefined) return new Set(ALL_FIELDS);
  if (!Array.isArray(fields) || fields.some((f) => !ALL_FIELDS.includes(f as ColumnarField))) {
    throw new HccError("invalid_input", `evaluateMany: fields must list columns among ${ALL_FIELDS.join(", ")}, got ${JSON.stringify(fields)}`, { value: fields });
  }
  return new Set(fields as ColumnarField[]);
}

/**
 * Options of {@link evaluateMany}: those of `evaluateDossier`, plus a procedure catalogue for
 * dossiers of several procedures, and output buffers to reuse on the columnar path.
 *
 * @example
 * ```ts
 * import { vietnamCalendar } from "@hcc/calendar";
 * import type { EvaluateManyOptions } from "@hcc/sla";
 * const options: EvaluateManyOptions = {
 *   asOf: "2024-12-31T17:00",
 *   calendar: vietnamCalendar(),
 *   procedures: { "1.001612": { code: "1.001612", name: "Đăng ký hộ kinh doanh" } },
 * };
 * ```
 */
export interface EvaluateManyOptions extends EvaluateOptions {
  /** Procedures by `procedureCode`; a dossier whose code is absent uses `procedure`. */
  readonly procedures?: Readonly<Record<string, ProcedureInput>>;
  /**
   * Buffers to write the columnar result into (each of length ≥ the number of dossiers). Only
   * `verdicts` and the columns of `fields` are written; when an error is thrown, they may be
   * partly written.
   */
  readonly out?: Partial<ColumnarEvaluation>;
  /**
   * Columnar path only: the columns to compute besides `verdicts`; the others come back empty
   * (length 0). Asking for fewer columns saves memory traffic on millions of rows (without
   * `clockStartMs` the clock start is not computed where the verdict does not need it).
   * @defaultValue all of them
   */
  readonly fields?: readonly ColumnarField[];
}

/** The rules for one dossier, from a cache keyed by procedure code. */
function rulesFor(dossier: Dossier, options: EvaluateManyOptions, cache: Map<string | undefined, ProcedureRules>, overrides: Parameters<typeof procedureRules>[1]): ProcedureRules {
  const key = options.procedures !== undefined && Object.hasOwn(options.procedures, dossier.procedureCode) ? dossier.procedureCode : undefined;
  let rules = cache.get(key);
  if (rules === undefined) {
    rules = procedureRules(key === undefined ? options.procedure : options.procedures![key], overrides, "evaluateMany");
    cache.set(key, rules);
  }
  return rules;
}

/**
 * Turns dossier objects into {@link DossierColumns}, applying each dossier's procedure rules
 * (processing time of its case and channel, cut-off, excluded pause kinds, terminal-status
 * precedence, supplement requests, latest extension) as of `options.asOf` — exactly what
 * `evaluateDossier` does before computing.
 *
 * @param dossiers - dossier objects (each validated with `parseDossier`)
 * @param options - as for {@link evaluateMany}
 * @returns the columns
 * @throws {HccError} as `evaluateDossier`
 * @example
 * ```ts
 * import { vietnamCalendar } from "@hcc/calendar";
 * import { toDossierColumns } from "@hcc/sla";
 * const columns = toDossierColumns(
 *   [{ code: "X-240308-0001", procedureCode: "1.001612", agencyCode: "X", status: "processing", receivedAt: "2024-03-08T16:59" }],
 *   { asOf: "2024-03-12", calendar: vietnamCalendar(), processingTime: { value: 3, unit: "working_days" } },
 * );
 * columns.unit?.[0]; //=> 2
 * ```
 */
export function toDossierColumns(dossiers: readonly (DossierInput | Dossier)[], options: EvaluateManyOptions): DossierColumns {
  if (!Array.isArray(dossiers)) throw new HccError("invalid_input", "toDossierColumns: dossiers must be an array", { value: dossiers });
  const resolved = resolveOptions(options, "toDossierColumns");
  const n = dossiers.length;
  const cache = new Map<string | undefined, ProcedureRules>();
  const receivedMs = new Float64Array(n);
  const endedMs = new Float64Array(n);
  const amount = new Float64Array(n);
  const unit = new Uint8Array(n);
  const cutoffMinutes = new Int16Array(n);
  const recordedDueMs = new Float64Array(n);
  const extensionDueMs = new Float64Array(n);
  const supplementRequests = new Uint32Array(n);
  const pauseOffsets = new Uint32Array(n + 1);
  const from: number[] = [];
  const to: number[] = [];
  const restarts: number[] = [];
  for (let i = 0; i < n; i++) {
    const d = parseDossier(dossiers[i]);
    const rules = rulesFor(d, options, cache, resolved.overrides);
    const end = endOf(d, resolved.asOfMs);
    const time = processingTimeFor(d, rules, resolved.processingTime);
    const row = coreRow(d, time, rules, resolved.asOfMs, end.ms);
    if (Number.isNaN(row.value) && Number.isNaN(row.recordedDueMs) && !resolved.core.recordedDue) {
      row.recordedDueMs = plannedLegsDue(d, resolved.clock, rules, resolved.core.hourBased, row.receivedMs) ?? Number.NaN;
    }
    receivedMs[i] = row.receivedMs;
    endedMs[i] = row.endedMs;
    amount[i] = row.value;
    unit[i] = row.unit;
    cutoffMinutes[i] = rules.cutoff < 0 ? -1 : rules.cutoff / MINUTE_MS;
    recordedDueMs[i] = row.recordedDueMs;
    extensionDueMs[i] = row.extensionDueMs;
    supplementRequests[i] = row.supplementRequests;
    const p = pauseIntervals(d, rules, ruleSetOf(d, resolved).afterSupplement === "restart");
    for (let k = 0; k < p.from.length; k++) {
      from.push(p.from[k]!);
      to.push(p.to[k]!);
      restarts.push(p.restart[k]!);
    }
    pauseOffsets[i + 1] = from.length;
  }
  return {
    receivedMs,
    endedMs,
    amount,
    unit,
    cutoffMinutes,
    recordedDueMs,
    extensionDueMs,
    supplementRequests,
    pauseOffsets,
    pauseFromMs: Float64Array.from(from),
    pauseToMs: Float64Array.from(to),
    pauseRestarts: Uint8Array.from(restarts),
  };
}

function column<T extends Float64Array | Uint8Array>(given: T | undefined, n: number, make: (n: number) => T, name: string): T {
  if (given === undefined) return make(n);
  if (given.length < n) throw new HccError("invalid_input", `evaluateMany: out.${name} has ${given.length} elements, needs ${n}`, { value: given.length });
  return given;
}

function checkColumn(value: { length: number } | undefined, n: number, name: string): void {
  if (value !== undefined && value.length < n) {
    throw new HccError("invalid_input", `evaluateMany: column ${name} has ${value.length} elements, needs ${n}`, { value: value.length });
  }
}

// ---------------------------------------------------------------------------------------------
// The columnar fast path. How it is written is measured, not guessed (bench/sla.mjs; Node 20):
//
// - It runs block by block (BLOCK rows): every pass runs over one block before the next block
//   starts, so the scratch arrays and the slices of the input columns that a later pass reads
//   again stay in the L1/L2 cache instead of streaming several MB per pass over a million rows.
// - The block scratch arrays are module-level constants, and the passes are handed those very
//   arrays: TurboFan then embeds them as known objects (no reload of base pointer and length on
//   each access). Taken from an object, or chosen between the full array and a view for the last
//   block, they cost 2–3 ns per row more; the views for the last block go to the calendar's bulk
//   functions only, which need arrays of exactly the block's length.
// - Each pass is a small function with typed-array and number parameters, so that it is
//   optimised once and stays optimised across blocks and calls.
// - Constants inside the hot loops are literals, not module constants: module bindings are
//   context loads with TDZ checks that keep TurboFan from folding them (measured 3× slower).
// - The loops branch only on what the data does not decide, or on what is almost always the same
//   (fast row or not): TurboFan compiles `c ? a : b` to a jump, and a jump on random data (ended
//   or not, early / on time / late) is mispredicted so often that it costs more than the whole
//   row. Choices on the data are made arithmetically from 0/1 comparison results (`+(a < b)` is
//   a flag, not a jump).
// ---------------------------------------------------------------------------------------------

/** Output columns of the columnar path (length 0 = not requested). */
interface OutColumns {
  verdicts: Uint8Array;
  clockStartMs: Float64Array;
  printedDueMs: Float64Array;
  dueMs: Float64Array;
  currentDueMs: Float64Array;
  pausedMinutes: Float64Array;
}

/**
 * Pass 1 for per-row processing times, no pauses and no new appointment to judge against (the
 * common case): receipt day and N of the fast rows — received, whole working days 1 … 100 000 (more than 1900–2100 hold goes to the single
 * path, which reports it out of range, instead of wrapping in the Int32 scratch). Returns the
 * number of slow rows, listed in `slowList`.
 */
function daysOnlyPass(
  lo: number,
  len: number,
  receivedMs: Float64Array,
  amount: Float64Array,
  unit: Uint8Array,
  safeDay: number,
  days: Int32Array,
  nDays: Int32Array,
  slowList: Int32Array,
): number {
  const OFF = 25_200_000;
  const DAYMS = 86_400_000;
  let slow = 0;
  for (let j = 0; j < len; j++) {
    const i = lo + j;
    const r = receivedMs[i]!;
    const value = amount[i]!;
    // `value | 0 === value`: a whole number in the Int32 range (NaN and ±Infinity give 0)
    const whole = value | 0;
    if (r === r && unit[i] === 2 && whole === value && whole >= 1 && whole <= 100_000) {
      days[j] = Math.floor((r + OFF) / DAYMS);
      nDays[j] = whole;
    } else {
      days[j] = safeDay;
      nDays[j] = 0;
      slowList[slow++] = i;
    }
  }
  return slow;
}

/**
 * Pass 1 in general (per-row or default processing time, pauses, new appointments): which rows
 * take the fast path — received, whole working days 1 … 100 000, day-based, no pauses, no new
 * appointment when the verdict is judged against it — their receipt day and N. Returns the
 * number of slow rows, listed in `slowList`.
 */
function rowsPass(
  lo: number,
  len: number,
  receivedMs: Float64Array,
  amount: Float64Array,
  unit: Uint8Array,
  perRowTime: boolean,
  defaultAmount: number,
  defaultUnit: number,
  pauseOffsets: Uint32Array,
  hasPauses: boolean,
  extensionDueMs: Float64Array,
  judgeExtension: boolean,
  safeDay: number,
  days: Int32Array,
  nDays: Int32Array,
  slowList: Int32Array,
): number {
  const OFF = 25_200_000;
  const DAYMS = 86_400_000;
  let slow = 0;
  for (let j = 0; j < len; j++) {
    const i = lo + j;
    const r = receivedMs[i]!;
    const value = perRowTime ? amount[i]! : defaultAmount;
    const u = perRowTime ? unit[i]! : defaultUnit;
    const whole = value | 0;
    if (
      r === r &&
      u === 2 &&
      whole === value &&
      whole >= 1 &&
      whole <= 100_000 &&
      !(hasPauses && pauseOffsets[i + 1]! > pauseOffsets[i]!) &&
      !(judgeExtension && extensionDueMs[i] === extensionDueMs[i])
    ) {
      days[j] = Math.floor((r + OFF) / DAYMS);
      nDays[j] = whole;
    } else {
      days[j] = safeDay;
      nDays[j] = 0;
      slowList[slow++] = i;
    }
  }
  return slow;
}

/**
 * Cut-offs of rows `lo … lo + len` in ms after midnight (< 0 = none) into `cutoffs[0 … len]`,
 * from the per-row column in minutes, so that the passes below read one array whatever the
 * source (a `perRow ? column : global` choice inside their loops cost 2.5 ns per row).
 */
function cutoffsPass(lo: number, len: number, cutoffMinutes: Int16Array, cutoffs: Float64Array): void {
  for (let j = 0; j < len; j++) cutoffs[j] = cutoffMinutes[lo + j]! * 60_000; // −1 min stays negative
}

/** One working day more for rows received at or after the cut-off on a working day (their reference day is the next working day). */
function cutoffPass(lo: number, len: number, receivedMs: Float64Array, cutoffs: Float64Array, days: Int32Array, work: Uint8Array, nDays: Int32Array): void {
  const OFF = 25_200_000;
  const DAYMS = 86_400_000;
  for (let j = 0; j < len; j++) {
    const cutoff = cutoffs[j]!;
    const t = receivedMs[lo + j]! + OFF - days[j]! * DAYMS;
    nDays[j] = nDays[j]! + (work[j]! & +(cutoff >= 0) & +(t >= cutoff));
  }
}

/**
 * Clock starts of rows `lo … lo + len`, as clockStartMs in working-time.ts, without a jump on the
 * data: on a working day before the cut-off, the first session not yet over at the receipt time
 * `t` gives the start (its opening if `t` is before it, else the receipt instant itself); in any
 * other case (day off, after closing, at or after the cut-off) the next working day's opening.
 * `starts` has one more element than `ends`, past midnight, so that "no session left" needs no
 * test. A candidate is selected as `a + flag × (b − a)` with a 0/1 flag: exact, as instants are
 * whole numbers far below 2^53 (and for a fractional instant `b − a` and `a + (b − a)` are exact
 * too: both are within a factor 2 of each other). Measured 17 → 9 ns per row against the loop of
 * clockStartMs with its jumps.
 */
function clockStartPass(
  lo: number,
  len: number,
  receivedMs: Float64Array,
  cutoffs: Float64Array,
  days: Int32Array,
  work: Uint8Array,
  next: Int32Array,
  starts: Float64Array,
  ends: Float64Array,
  open: number,
  clockStartMs: Float64Array,
): void {
  const OFF = 25_200_000;
  const DAYMS = 86_400_000;
  const sessions = ends.length;
  for (let j = 0; j < len; j++) {
    const i = lo + j;
    const r = receivedMs[i]!;
    const dayStart = days[j]! * DAYMS - OFF;
    const t = r - dayStart;
    const cutoff = cutoffs[j]!;
    let over = 0; // sessions already over at t
    for (let k = 0; k < sessions; k++) over += +(t >= ends[k]!);
    const sessionStart = starts[over]!;
    const start = r + +(t < sessionStart) * (dayStart + sessionStart - r);
    const nextOpening = next[j]! * DAYMS + open - OFF;
    const sameDay = work[j]! & +(over < sessions) & (+(cutoff < 0) | +(t < cutoff));
    clockStartMs[i] = nextOpening + sameDay * (start - nextOpening);
  }
}

// Pass 2: due instants (close of the due day, into `dueOut[dueOffset + j]`) and verdicts of rows
// `lo … lo + len`, by §4.11 as in classifyCode (inlined: a call per row with double arguments
// would box them; equality with evaluateDossier, which calls it, is property-tested). The due is finite and is the
// reference on the fast path. `endedMs[lo + j - endedBase]` is the end of row `lo + j`
// (`NOT_ENDED` with `endedBase = lo` when there is no such column). Slow rows are computed too,
// from their safe day, and overwritten afterwards by the single path. One loop per comparator:
// the comparator is then no test inside the loop.

/** Pass 2 with the date comparator (the default): early / on time / late by Vietnam calendar day. */
function verdictPassByDay(
  lo: number,
  len: number,
  receivedMs: Float64Array,
  endedMs: Float64Array,
  endedBase: number,
  dueDays: Int32Array,
  close: number,
  asOfMs: number,
  dueOut: Float64Array,
  dueOffset: number,
  verdicts: Uint8Array,
): void {
  const OFF = 25_200_000;
  const DAYMS = 86_400_000;
  const asOfDay = Math.floor((asOfMs + OFF) / DAYMS);
  for (let j = 0; j < len; j++) {
    const dueDay = dueDays[j]!;
    dueOut[dueOffset + j] = dueDay * DAYMS + close - OFF;
    const ended = endedMs[lo + j - endedBase]!;
    // end day − due day; NaN for an open dossier, whose comparisons then all give 0
    const dd = Math.floor((ended + OFF) / DAYMS) - dueDay;
    const resolved = 2 - +(dd < 0) + +(dd > 0); // early 1, on time 2, late 3
    const open = 5 - +(dueDay >= asOfDay); // within 4, overdue 5
    const e = +(ended <= asOfMs); // resolved at as-of (1) or in progress (0)
    // received after as-of: not received yet (0)
    verdicts[lo + j] = (open + e * (resolved - open)) * +(receivedMs[lo + j]! <= asOfMs);
  }
}

/** Pass 2 with the instant comparator: on time up to the due instant itself. */
function verdictPassByInstant(
  lo: number,
  len: number,
  receivedMs: Float64Array,
  endedMs: Float64Array,
  endedBase: number,
  dueDays: Int32Array,
  close: number,
  asOfMs: number,
  dueOut: Float64Array,
  dueOffset: number,
  verdicts: Uint8Array,
): void {
  const OFF = 25_200_000;
  const DAYMS = 86_400_000;
  for (let j = 0; j < len; j++) {
    const dueDay = dueDays[j]!;
    const due = dueDay * DAYMS + close - OFF;
    dueOut[dueOffset + j] = due;
    const ended = endedMs[lo + j - endedBase]!;
    const dd = Math.floor((ended + OFF) / DAYMS) - dueDay;
    // early by day; else on time up to the due instant (early ⇒ ended < due: never 2 - 1 + 1)
    const resolved = 2 - +(dd < 0) + +(ended > due);
    const open = 5 - +(due >= asOfMs);
    const e = +(ended <= asOfMs);
    verdicts[lo + j] = (open + e * (resolved - open)) * +(receivedMs[lo + j]! <= asOfMs);
  }
}

/**
 * More than one supplement request: late (3) or overdue (5) whatever the dates say — a separate
 * loop over the block, run only when the option is on and the column is given (a jump on rows
 * that are rarely concerned is predicted well).
 */
function multipleSupplementsPass(
  lo: number,
  len: number,
  supplements: Uint8Array | Uint16Array | Uint32Array,
  receivedMs: Float64Array,
  endedMs: Float64Array,
  endedBase: number,
  asOfMs: number,
  verdicts: Uint8Array,
): void {
  for (let j = 0; j < len; j++) {
    const i = lo + j;
    if (supplements[i]! > 1 && receivedMs[i]! <= asOfMs) verdicts[i] = endedMs[i - endedBase]! <= asOfMs ? 3 : 5;
  }
}

/** `dst[dstOffset + j] = src[srcOffset + j]` for `j < len` (a native copy: faster than a loop). */
function copyBlock(src: Float64Array, srcOffset: number, dst: Float64Array, dstOffset: number, len: number): void {
  dst.set(src.subarray(srcOffset, srcOffset + len), dstOffset);
}

/** Current due of rows `lo … lo + len`: the latest new appointment, else the due (`due[dueOffset + j]`). */
function currentPass(lo: number, len: number, extensionDueMs: Float64Array, due: Float64Array, dueOffset: number, currentDueMs: Float64Array): void {
  for (let j = 0; j < len; j++) {
    const ext = extensionDueMs[lo + j]!;
    currentDueMs[lo + j] = ext === ext ? ext : due[dueOffset + j]!;
  }
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
    readonly lateSupplements: Uint8Array | Uint16Array | Uint32Array | undefined;
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

/** The columnar path. */
function evaluateColumns(columns: DossierColumns, options: EvaluateManyOptions): ColumnarEvaluation {
  const resolved = resolveOptions(options, "evaluateMany");
  const { clock, asOfMs, core } = resolved;
  if (!(columns.receivedMs instanceof Float64Array)) {
    throw new HccError("invalid_input", "evaluateMany: columns.receivedMs must be a Float64Array", { value: columns.receivedMs });
  }
  const n = columns.receivedMs.length;
  for (const name of ["endedMs", "amount", "unit", "cutoffMinutes", "recordedDueMs", "extensionDueMs", "supplementRequests"] as const) {
    checkColumn(columns[name], n, name);
  }
  checkColumn(columns.pauseOffsets, n + 1, "pauseOffsets");
  const { endedMs, amount, unit, cutoffMinutes, recordedDueMs, extensionDueMs, supplementRequests, pauseOffsets } = columns;
  const pauseFrom = columns.pauseFromMs ?? new Float64Array(0);
  const pauseTo = columns.pauseToMs ?? new Float64Array(0);
  const pauseRestarts = columns.pauseRestarts;
  if (pauseRestarts !== undefined && !(pauseRestarts instanceof Uint8Array && pauseRestarts.length === pauseFrom.length)) {
    throw new HccError("invalid_input", `evaluateMany: columns.pauseRestarts must be a Uint8Array as long as pauseFromMs (${pauseFrom.length})`, { value: pauseRestarts });
  }
  if (pauseOffsets !== undefined && (pauseOffsets[n]! > pauseFrom.length || pauseOffsets[n]! > pauseTo.length)) {
    throw new HccError("invalid_input", `evaluateMany: pauseOffsets point past the pause columns (${pauseOffsets[n]} > ${Math.min(pauseFrom.length, pauseTo.length)})`, {
      value: pauseOffsets[n],
    });
  }
  const rules = procedureRules(options.procedure, resolved.overrides, "evaluateMany");
  let defaultUnit = 0;
  let defaultAmount = Number.NaN;
  const time = processingTimeFor(parseDossier({ code: "-", procedureCode: "-", agencyCode: "-", status: "received" }), rules, resolved.processingTime);
  if (time !== undefined) {
    defaultUnit = UNIT_CODES[time.unit]!;
    defaultAmount = time.value;
  }
  const out = options.out ?? {};
  const fields = checkFields(options.fields);
  // a column left out of `fields` is an empty array, even when a buffer is given for it: the
  // passes skip empty columns, so nothing is computed or written for it
  const wanted = (name: ColumnarField): Float64Array => (fields.has(name) ? column(out[name], n, (k) => new Float64Array(k), name) : new Float64Array(0));
  const verdicts = column(out.verdicts, n, (k) => new Uint8Array(k), "verdicts");
  const clockStartMs = wanted("clockStartMs");
  const printedDueMs = wanted("printedDueMs");
  const dueMs = wanted("dueMs");
  const currentDueMs = wanted("currentDueMs");
  const pausedMinutes = wanted("pausedMinutes");
  const row: CoreRow = {
    receivedMs: 0,
    endedMs: Number.NaN,
    unit: defaultUnit,
    value: defaultAmount,
    cutoff: rules.cutoff,
    recordedDueMs: Number.NaN,
    extensionDueMs: Number.NaN,
    supplementRequests: 0,
  };
  const result: CoreResult = { clockStartMs: 0, printedDueMs: 0, dueMs: 0, currentDueMs: 0, pausedMs: 0, verdict: 0 };
  const fill = (i: number): void => {
    row.receivedMs = columns.receivedMs[i]!;
    row.endedMs = endedMs === undefined ? Number.NaN : endedMs[i]!;
    if (amount !== undefined && unit !== undefined) {
      row.value = amount[i]!;
      row.unit = unit[i]!;
    }
    if (cutoffMinutes !== undefined) row.cutoff = cutoffMinutes[i]! < 0 ? -1 : cutoffMinutes[i]! * MINUTE_MS;
    if (recordedDueMs !== undefined) row.recordedDueMs = recordedDueMs[i]!;
    if (extensionDueMs !== undefined) row.extensionDueMs = extensionDueMs[i]!;
    if (supplementRequests !== undefined) row.supplementRequests = supplementRequests[i]!;
  };
  const slow = (i: number): void => {
    fill(i);
    const pBegin = pauseOffsets === undefined ? 0 : pauseOffsets[i]!;
    const pEnd = pauseOffsets === undefined ? 0 : pauseOffsets[i + 1]!;
    evaluateCore(clock, asOfMs, row, pauseFrom, pauseTo, pBegin, pEnd, core, result, pauseRestarts);
    verdicts[i] = result.verdict;
    if (clockStartMs.length > i) clockStartMs[i] = result.clockStartMs;
    if (printedDueMs.length > i) printedDueMs[i] = result.printedDueMs;
    if (dueMs.length > i) dueMs[i] = result.dueMs;
    if (currentDueMs.length > i) currentDueMs[i] = result.currentDueMs;
    if (pausedMinutes.length > i) pausedMinutes[i] = result.pausedMs / MINUTE_MS;
  };
  // the amounts of the rows that reach the single path are validated there, row by row (the
  // fast path's rows are valid by construction): no separate validation pass over all rows
  const check = (i: number): void => {
    if (amount !== undefined && unit !== undefined && amount[i] === amount[i]) checkAmount(unit[i]!, amount[i]!);
  };
  if (core.hourBased || core.recordedDue || n === 0) {
    for (let i = 0; i < n; i++) {
      check(i);
      slow(i);
    }
  } else {
    const fastPath = fastPathDepth === 0 ? fastWorkingDays : createFastPath();
    fastPathDepth++;
    try {
      fastPath(columns, n, clock, asOfMs, core, rules.cutoff, defaultUnit, defaultAmount, check, slow, {
        verdicts,
        clockStartMs,
        printedDueMs,
        dueMs,
        currentDueMs,
        pausedMinutes,
      });
    } finally {
      fastPathDepth--;
    }
  }
  return { verdicts, clockStartMs, printedDueMs, dueMs, currentDueMs, pausedMinutes };
}

/**
 * Evaluates many dossiers with the same options, with results identical to
 * {@link evaluateDossier} dossier by dossier:
 *
 * - given an **array of dossiers**, returns an array of {@link DossierEvaluation} (each dossier's
 *   procedure is looked up in `options.procedures` by its `procedureCode`, else
 *   `options.procedure`; options and procedures are validated once);
 * - given **{@link DossierColumns}** (typed arrays of epoch ms), returns a
 *   {@link ColumnarEvaluation} — verdict codes in a `Uint8Array`, due dates in `Float64Array`s —
 *   allocating nothing per dossier: the path for statistics over millions of dossiers.
 *
 * @param input - dossier objects, or dossier columns
 * @param options - as for `evaluateDossier`, plus `procedures` and `out`
 * @returns one evaluation per dossier, in the form of the input
 * @throws {HccError} as `evaluateDossier`; `invalid_input` for columns of the wrong length
 * @example
 * ```ts
 * import { vietnamCalendar } from "@hcc/calendar";
 * import { evaluateMany, VERDICTS } from "@hcc/sla";
 * const received = new Float64Array([Date.parse("2024-03-08T09:59:00Z"), Date.parse("2024-03-08T10:01:00Z")]);
 * const r = evaluateMany({ receivedMs: received }, { asOf: "2024-03-13T12:00", calendar: vietnamCalendar(), processingTime: { value: 3, unit: "working_days" } });
 * new Date(r.dueMs[0]!).toISOString(); //=> "2024-03-13T10:00:00.000Z" (Wednesday 17:00 in Vietnam)
 * VERDICTS[r.verdicts[1]!]; //=> "in_progress_within"
 * ```
 */
export function evaluateMany(input: readonly (DossierInput | Dossier)[], options: EvaluateManyOptions): readonly DossierEvaluation[];
export function evaluateMany(input: DossierColumns, options: EvaluateManyOptions): ColumnarEvaluation;
export function evaluateMany(
  input: readonly (DossierInput | Dossier)[] | DossierColumns,
  options: EvaluateManyOptions,
): readonly DossierEvaluation[] | ColumnarEvaluation {
  if (Array.isArray(input)) {
    const resolved = resolveOptions(options, "evaluateMany");
    const cache = new Map<string | undefined, ProcedureRules>();
    return Object.freeze(
      (input as readonly (DossierInput | Dossier)[]).map((raw) => {
        const d = parseDossier(raw);
        return evaluateParsed(d, resolved, rulesFor(d, options, cache, resolved.overrides));
      }),
    );
  }
  if (typeof input !== "object" || input === null) {
    throw new HccError("invalid_input", "evaluateMany: expected an array of dossiers or DossierColumns", { value: input });
  }
  return evaluateColumns(input as DossierColumns, options);
}

