import { HccError } from "@hcc/core";
import { classifyCode, vnDayStart } from "./_internal/classify.js";

/**
 * The outcome of a dossier against its due date, as counted by the national statistics:
 * - `not_received` — never received (status 1 or 3, or no receipt time): not counted;
 * - `resolved_early` / `resolved_on_time` / `resolved_late` — processing ended (done, returned,
 *   stopped or withdrawn) before / on / after the due date;
 * - `in_progress_within` / `in_progress_overdue` — not ended by the as-of date; the due date is on
 *   or after / before the as-of date.
 *
 * @example
 * ```ts
 * import type { Verdict } from "@hcc/sla";
 * const verdict: Verdict = "resolved_on_time";
 * ```
 *
 * @category Verdicts
 */
export type Verdict =
  | "not_received"
  | "resolved_early"
  | "resolved_on_time"
  | "resolved_late"
  | "in_progress_within"
  | "in_progress_overdue";

/**
 * Numeric codes of the verdicts, as stored in the `Uint8Array` columns of the bulk APIs
 * (index = code): 0 `not_received`, 1 `resolved_early`, 2 `resolved_on_time`, 3 `resolved_late`,
 * 4 `in_progress_within`, 5 `in_progress_overdue`.
 *
 * @example
 * ```ts
 * import { VERDICTS } from "@hcc/sla";
 * VERDICTS[2]; //=> "resolved_on_time"
 * VERDICTS.indexOf("resolved_late"); //=> 3
 * ```
 *
 * @category Verdicts
 */
export const VERDICTS: readonly Verdict[] = Object.freeze([
  "not_received",
  "resolved_early",
  "resolved_on_time",
  "resolved_late",
  "in_progress_within",
  "in_progress_overdue",
]);

/**
 * Verdict code 0: never received.
 *
 * @example
 * ```ts
 * import { VERDICT_NOT_RECEIVED, VERDICTS } from "@hcc/sla";
 * VERDICTS[VERDICT_NOT_RECEIVED]; //=> "not_received"
 * ```
 *
 * @category Verdicts
 */
export const VERDICT_NOT_RECEIVED = 0;
/**
 * Verdict code 1: resolved before the due date.
 *
 * @example
 * ```ts
 * import { VERDICT_RESOLVED_EARLY, VERDICTS } from "@hcc/sla";
 * VERDICTS[VERDICT_RESOLVED_EARLY]; //=> "resolved_early"
 * ```
 *
 * @category Verdicts
 */
export const VERDICT_RESOLVED_EARLY = 1;
/**
 * Verdict code 2: resolved on the due date.
 *
 * @example
 * ```ts
 * import { VERDICT_RESOLVED_ON_TIME, VERDICTS } from "@hcc/sla";
 * VERDICTS[VERDICT_RESOLVED_ON_TIME]; //=> "resolved_on_time"
 * ```
 *
 * @category Verdicts
 */
export const VERDICT_RESOLVED_ON_TIME = 2;
/**
 * Verdict code 3: resolved after the due date.
 *
 * @example
 * ```ts
 * import { VERDICT_RESOLVED_LATE, VERDICTS } from "@hcc/sla";
 * VERDICTS[VERDICT_RESOLVED_LATE]; //=> "resolved_late"
 * ```
 *
 * @category Verdicts
 */
export const VERDICT_RESOLVED_LATE = 3;
/**
 * Verdict code 4: in progress, due date not passed.
 *
 * @example
 * ```ts
 * import { VERDICT_IN_PROGRESS_WITHIN, VERDICTS } from "@hcc/sla";
 * VERDICTS[VERDICT_IN_PROGRESS_WITHIN]; //=> "in_progress_within"
 * ```
 *
 * @category Verdicts
 */
export const VERDICT_IN_PROGRESS_WITHIN = 4;
/**
 * Verdict code 5: in progress, due date passed.
 *
 * @example
 * ```ts
 * import { VERDICT_IN_PROGRESS_OVERDUE, VERDICTS } from "@hcc/sla";
 * VERDICTS[VERDICT_IN_PROGRESS_OVERDUE]; //=> "in_progress_overdue"
 * ```
 *
 * @category Verdicts
 */
export const VERDICT_IN_PROGRESS_OVERDUE = 5;

/**
 * How the end of processing is compared with the due date (rule 11 of the domain's [time rules](../../../docs/domain.md#time-rules-in-brief); the
 * [verdict section](../../../docs/sla.md#6-the-verdict-) of the SLA guide):
 * - `date` (default) — compare Vietnam **calendar dates**: end date before the due date is early,
 *   the same date is on time, a later date is late. The due instant is the close of the due day,
 *   so any end on the due day is on time.
 * - `instant` — compare exact instants: ended at or before the due instant is on time, and early
 *   only when the end **date** is before the due date; after the due instant is late.
 *
 * The domain's [time rules](../../../docs/domain.md#time-rules-in-brief) mark where "early" ends as unconfirmed; both conventions agree except for a dossier
 * ended on its due day after the due instant (possible only for hour-based procedures).
 *
 * @example
 * ```ts
 * import type { VerdictComparator } from "@hcc/sla";
 * const comparator: VerdictComparator = "date";
 * ```
 *
 * @category Verdicts
 */
export type VerdictComparator = "date" | "instant";

/**
 * The inputs of {@link classifyVerdict}, all as numbers so that the bulk paths allocate nothing.
 * Use `NaN` for "absent".
 *
 * @example
 * ```ts
 * import type { VerdictInput } from "@hcc/sla";
 * const input: VerdictInput = { receivedMs: 0, dueMs: 86_400_000, endedMs: Number.NaN, asOfMs: 3_600_000, supplementRequests: 0 };
 * ```
 *
 * @category Verdicts
 */
export interface VerdictInput {
  /** Receipt instant (epoch ms); `NaN` when the dossier was never received. */
  readonly receivedMs: number;
  /** Due instant (epoch ms) — the reference due date (original, or the extension if so chosen). */
  readonly dueMs: number;
  /** End of processing (epoch ms, the terminal status's time); `NaN` when not ended by as-of. */
  readonly endedMs: number;
  /** The as-of instant (epoch ms) in-progress dossiers are judged against. */
  readonly asOfMs: number;
  /** Number of supplement requests made. */
  readonly supplementRequests: number;
  /**
   * Working minutes elapsed minus paused minutes (clock start to the end, or to as-of). Used only
   * by the no-due-date rule, when `dueMs` is `NaN`.
   */
  readonly netWorkingMinutes?: number;
  /**
   * The procedure's maximum processing time in working minutes. With `netWorkingMinutes`, used
   * only by the no-due-date rule, when `dueMs` is `NaN`.
   */
  readonly maxWorkingMinutes?: number;
}

/**
 * Options of {@link classifyVerdict}.
 *
 * @example
 * ```ts
 * import type { ClassifyOptions } from "@hcc/sla";
 * const options: ClassifyOptions = { comparator: "date", lateIfMultipleSupplements: true };
 * ```
 *
 * @category Verdicts
 */
export interface ClassifyOptions {
  /** How the end is compared with the due date. @defaultValue `"date"` */
  readonly comparator?: VerdictComparator;
  /**
   * More than one supplement request counts a resolved dossier as late, and an in-progress one as
   * overdue [portal rule]. @defaultValue `true`
   */
  readonly lateIfMultipleSupplements?: boolean;
}


/**
 * Classifies one dossier (rule 11 of the domain's [time rules](../../../docs/domain.md#time-rules-in-brief)), returning the numeric verdict
 * code (see {@link VERDICTS}). It is the single place the rule lives: `evaluateDossier`,
 * `evaluateMany` and `@hcc/stats` all call it.
 *
 * - Not received (`receivedMs` NaN, or received after `asOfMs`) → `not_received`.
 * - Ended at or before as-of → resolved: the end is compared with the due date (see
 *   {@link VerdictComparator}); more than one supplement request makes it late (option).
 * - Otherwise in progress: within its deadline while the due date is on or after the as-of date.
 * - **No due date** (`dueMs` NaN): when `netWorkingMinutes` and `maxWorkingMinutes` are given, on
 *   time (within) iff net working time ≤ the maximum, else late (overdue) — the verdict rule; without
 *   them, an ended dossier is on time and an open one within its deadline.
 *
 * @param input - the instants as epoch milliseconds (`NaN` = absent)
 * @param options - comparator and the multiple-supplement rule
 * @returns 0–5, an index into {@link VERDICTS}
 * @throws {HccError} `invalid_input` when `asOfMs` is not a finite number or a field is not a number
 * @example
 * ```ts
 * import { classifyVerdict, VERDICTS } from "@hcc/sla";
 * const day = 86_400_000;
 * VERDICTS[classifyVerdict({ receivedMs: 0, dueMs: 3 * day, endedMs: 3 * day + 3_600_000, asOfMs: 10 * day, supplementRequests: 0 })];
 * //=> "resolved_on_time"
 * ```
 *
 * @category Verdicts
 */
export function classifyVerdict(input: VerdictInput, options: ClassifyOptions = {}): number {
  if (typeof input !== "object" || input === null) {
    throw new HccError("invalid_input", `classifyVerdict: expected { receivedMs, dueMs, endedMs, asOfMs, supplementRequests }, got ${String(input)}`, {
      value: input,
    });
  }
  const { receivedMs, dueMs, endedMs, asOfMs, supplementRequests } = input;
  // Plain checks on the hot path (no array, no closure): the keys are looped over only once a
  // check has failed, to name the bad one.
  if (typeof receivedMs !== "number" || typeof dueMs !== "number" || typeof endedMs !== "number" || typeof supplementRequests !== "number") {
    throwBadField(input);
  }
  if (!Number.isFinite(asOfMs)) {
    throw new HccError("invalid_input", `classifyVerdict: asOfMs must be a finite number, got ${String(asOfMs)}`, {
      value: asOfMs,
    });
  }
  return classifyCode(
    receivedMs,
    dueMs,
    endedMs,
    asOfMs,
    vnDayStart(asOfMs),
    supplementRequests,
    options.comparator === "instant",
    options.lateIfMultipleSupplements ?? true,
    input.netWorkingMinutes ?? Number.NaN,
    input.maxWorkingMinutes ?? Number.NaN,
  );
}

const NUMBER_FIELDS = ["receivedMs", "dueMs", "endedMs", "supplementRequests"] as const;

/** Throws the `invalid_input` error naming the first non-number field of `input` (cold path). */
function throwBadField(input: VerdictInput): never {
  for (const key of NUMBER_FIELDS) {
    if (typeof input[key] !== "number") {
      throw new HccError("invalid_input", `classifyVerdict: ${key} must be a number (NaN = absent), got ${JSON.stringify(input[key])}`, { value: input[key] });
    }
  }
  throw new HccError("invalid_input", "classifyVerdict: a field is not a number", { value: input });
}
