/**
 * The passes of the columnar fast path (see fast-path.ts): small functions over one block of rows
 * with typed-array and number parameters only, so that each is optimised once and stays optimised.
 */

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

/**
 * Pass 1 for per-row processing times, no pauses and no new appointment to judge against (the
 * common case): receipt day and N of the fast rows — received, whole working days 1 … 100 000 (more than 1900–2100 hold goes to the single
 * path, which reports it out of range, instead of wrapping in the Int32 scratch). Returns the
 * number of slow rows, listed in `slowList`.
 */
export function daysOnlyPass(
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
export function rowsPass(
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
export function cutoffsPass(lo: number, len: number, cutoffMinutes: Int16Array, cutoffs: Float64Array): void {
  for (let j = 0; j < len; j++) cutoffs[j] = cutoffMinutes[lo + j]! * 60_000; // −1 min stays negative
}

/** One working day more for rows received at or after the cut-off on a working day (their reference day is the next working day). */
export function cutoffPass(lo: number, len: number, receivedMs: Float64Array, cutoffs: Float64Array, days: Int32Array, work: Uint8Array, nDays: Int32Array): void {
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
export function clockStartPass(
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
export function verdictPassByDay(
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
export function verdictPassByInstant(
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
export function multipleSupplementsPass(
  lo: number,
  len: number,
  supplements: Uint8Array | Uint16Array | Uint32Array | Int32Array,
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
export function copyBlock(src: Float64Array, srcOffset: number, dst: Float64Array, dstOffset: number, len: number): void {
  dst.set(src.subarray(srcOffset, srcOffset + len), dstOffset);
}

/** Current due of rows `lo … lo + len`: the latest new appointment, else the due (`due[dueOffset + j]`). */
export function currentPass(lo: number, len: number, extensionDueMs: Float64Array, due: Float64Array, dueOffset: number, currentDueMs: Float64Array): void {
  for (let j = 0; j < len; j++) {
    const ext = extensionDueMs[lo + j]!;
    currentDueMs[lo + j] = ext === ext ? ext : due[dueOffset + j]!;
  }
}
