// evaluateDossier: one dossier's clock start, due dates, pauses or restart, verdict and findings
// under the rule set in force on its receipt date. Over 400 lines on purpose: the documented
// options and result types (about half the file) belong with the one function that reads them.
import {
  HccError,
  formatInstant,
  parseDossier,
  pauseKinds,
  safely,
  toEpochMs,
  type DateInput,
  type Dossier,
  type DossierInput,
  type DossierStatus,
  type Instant,
  type PauseKind,
  type ProcedureInput,
  type SafeParseResult,
} from "@hcc/core";
import type { WorkingCalendar } from "@hcc/calendar";
import { evaluateCore, type CoreOptions, type CoreResult } from "./_internal/core.js";
import { unitCode } from "./_internal/due.js";
import { coreRow, endOf, pauseIntervals, plannedLegsDue, procedureRules, processingTimeFor, type ProcedureRules } from "./_internal/prepare.js";
import { dueDateOf, unitCodeOf } from "./_internal/shape.js";
import { bool, checkCalendar, instantMs, oneOf } from "./_internal/validate.js";
import { MINUTE_MS, workingMsBetween, type Clock } from "./_internal/working-time.js";
import type { DayConvention, DueDate, ProcessingTimeLike } from "./due-date.js";
import type { Finding } from "./findings.js";
import { inForceAt, resolveRuleSet, type RuleSet, type RuleSetChoice } from "./rule-sets.js";
import { VERDICTS, type Verdict, type VerdictComparator } from "./verdict.js";

/**
 * Options of {@link evaluateDossier} (and of `evaluateMany`). Only `asOf` and `calendar` are
 * required; every other rule has the documented default of the [SLA guide](../../../docs/sla.md).
 *
 * @example
 * ```ts
 * import { vietnamCalendar } from "@hcc/calendar";
 * import type { EvaluateOptions } from "@hcc/sla";
 * const options: EvaluateOptions = {
 *   asOf: "2024-03-15T17:00",
 *   calendar: vietnamCalendar(),
 *   procedure: { code: "1.001612", name: "Đăng ký hộ kinh doanh", cases: [{ channels: [{ channel: "direct", processingTime: { value: 3, unit: "working_days" } }] }] },
 * };
 * ```
 *
 * @category Evaluation
 */
export interface EvaluateOptions {
  /** The instant the dossier is judged at (end of the reporting period, or now). */
  readonly asOf: DateInput;
  /** The working-day calendar. */
  readonly calendar: WorkingCalendar;
  /**
   * The dossier's procedure: its processing time (the dossier's case and channel), its cut-off
   * and the pause kinds it excludes (`timing`). Validated with `parseProcedure`.
   */
  readonly procedure?: ProcedureInput;
  /** Processing time to use instead of the procedure's. */
  readonly processingTime?: ProcessingTimeLike;
  /** Cut-off `HH:mm` to use instead of the procedure's `timing.cutoff`. */
  readonly cutoff?: string;
  /**
   * Pause kinds that stop the clock, instead of the procedure's `timing.excludedPauseKinds`.
   * @defaultValue the procedure's, else `["supplement"]`
   */
  readonly excludedPauseKinds?: readonly PauseKind[];
  /** How N working days are counted. @defaultValue `"day"` */
  readonly convention?: DayConvention;
  /** How the end is compared with the due date. @defaultValue `"date"` */
  readonly comparator?: VerdictComparator;
  /** More than one supplement request → late / overdue [portal]. @defaultValue `true` */
  readonly lateIfMultipleSupplements?: boolean;
  /**
   * Which due date the verdict uses once a new appointment exists: `"original"` (the reference,
   * rule 10 of the domain's [time rules](../../../docs/domain.md#time-rules-in-brief)) or `"extension"` (the latest new date). @defaultValue `"original"`
   */
  readonly judgeAgainst?: "original" | "extension";
  /**
   * Where the due date comes from: `"computed"` from the processing time (falling back to the
   * dossier's recorded `dueAt` when no processing time is known), or `"recorded"`: the dossier's
   * `dueAt` as printed at receipt (moved by pauses); a dossier without one is judged by the
   * no-due-date rule (net working time ≤ the procedure's maximum). @defaultValue `"computed"`
   */
  readonly dueSource?: "computed" | "recorded";
  /**
   * The legal rule set (see {@link RuleSet}): `"auto"` applies the one in force on the dossier's
   * receipt date, Vietnam local date (`decree-61` up to 2025-06-30: a supplement pauses the clock;
   * `decree-118` from 2025-07-01: the clock restarts from zero after the complete supplement, and
   * its handling rules are checked as findings); a dossier not received uses its submission date,
   * else the as-of date. A built-in id or a `RuleSet` value forces one for every dossier.
   * @defaultValue `"auto"`
   */
  readonly rules?: RuleSetChoice;
}

/**
 * One inter-agency (liên thông) leg, evaluated.
 *
 * @example
 * ```ts
 * import type { LegEvaluation } from "@hcc/sla";
 * import { parseInstant } from "@hcc/core";
 * const leg: LegEvaluation = {
 *   index: 0, agencyCode: "000.00.17.H48", receivedAt: parseInstant("2024-03-11T08:00:00+07:00"), due: null,
 *   endedAt: null, pausedMinutes: 0, verdict: "in_progress_within", verdictCode: 4,
 * };
 * ```
 *
 * @category Evaluation
 */
export interface LegEvaluation {
  /** Position of the leg in the dossier's `legs`. */
  readonly index: number;
  /** The agency handling this leg. */
  readonly agencyCode: string;
  /** When the leg started: its `receivedAt`, else the dossier's receipt (first leg) or the previous leg's end. */
  readonly receivedAt: Instant | null;
  /** The leg's due date: its recorded `dueAt`, else computed from its processing time (moved by pauses during the leg). */
  readonly due: DueDate | null;
  /** When the leg ended (`endedAt`, if by as-of). */
  readonly endedAt: Instant | null;
  /** Paused working minutes during the leg. */
  readonly pausedMinutes: number;
  /** The leg's verdict. */
  readonly verdict: Verdict;
  /** Its numeric code (index into `VERDICTS`). */
  readonly verdictCode: number;
}

/**
 * Everything {@link evaluateDossier} computes for one dossier. Times are working minutes
 * (session time of the calendar); instants are canonical Vietnam time; `null` = not applicable.
 *
 * @example
 * ```ts
 * import type { DossierEvaluation } from "@hcc/sla";
 * function late(e: DossierEvaluation): boolean {
 *   return e.verdict === "resolved_late" || e.verdict === "in_progress_overdue";
 * }
 * ```
 *
 * @category Evaluation
 */
export interface DossierEvaluation {
  /** The dossier code. */
  readonly code: string;
  /** The verdict ([the verdict rule](../../../docs/sla.md#6-the-verdict-)). */
  readonly verdict: Verdict;
  /** Its numeric code (index into `VERDICTS`). */
  readonly verdictCode: number;
  /** The as-of instant used. */
  readonly asOf: Instant;
  /** The receipt instant, when received. */
  readonly receivedAt: Instant | null;
  /** When the processing clock started (see `clockStart`). */
  readonly clockStart: Instant | null;
  /** The processing time that applied. */
  readonly processingTime: ProcessingTimeLike | null;
  /** The due date before any pause: what the receipt slip printed. */
  readonly printedDue: DueDate | null;
  /**
   * The original due date, the verdict's reference: `printedDue` moved by the paused working time
   * or, under a rule set that restarts the clock (`decree-118`), the processing time counted again
   * from `restartedAt` (then moved by later pauses).
   */
  readonly originalDue: DueDate | null;
  /** The current due date: the latest new appointment (apology letter), else `originalDue`. */
  readonly currentDue: DueDate | null;
  /** Whether a new appointment was given (by as-of). */
  readonly extended: boolean;
  /** End of processing (the winning terminal status's time), when ended by as-of. */
  readonly endedAt: Instant | null;
  /** The terminal status that ended processing, when known. */
  readonly endStatus: DossierStatus | null;
  /** Working minutes from clock start to the end (or as-of). */
  readonly elapsedMinutes: number;
  /**
   * Working minutes that do not count toward the processing time: the union of excluded pauses
   * (open ones up to as-of) and, after a restart, all the working time before it.
   */
  readonly pausedMinutes: number;
  /** `elapsedMinutes − pausedMinutes`. */
  readonly netMinutes: number;
  /** Working minutes left from the end (or as-of) to the reference due instant; 0 when past. */
  readonly remainingMinutes: number;
  /** Working minutes from the reference due instant to the end (or as-of); 0 when not past. */
  readonly overdueMinutes: number;
  /** Supplement requests made by as-of. */
  readonly supplementRequests: number;
  /** The id of the rule set applied (e.g. `"decree-118"`). */
  readonly rules: string;
  /**
   * When the clock restarted from zero after a supplement (`decree-118`): the latest complete
   * supplement. While a supplement is still awaited this is the as-of instant (or the end): the
   * due date is then provisional — the one it would be if the supplement arrived at that instant.
   * `null` without a restart.
   */
  readonly restartedAt: Instant | null;
  /** The rule set's findings: handling rules broken by as-of (data; they do not change the verdict). */
  readonly findings: readonly Finding[];
  /** Inter-agency legs, each with its own due date and verdict. */
  readonly legs: readonly LegEvaluation[];
  /** Data problems met (e.g. a terminal status without an end time). */
  readonly warnings: readonly string[];
}

/** @internal Options validated once (shared with `evaluateMany`). */
export interface ResolvedOptions {
  readonly clock: Clock;
  readonly asOfMs: number;
  readonly core: CoreOptions;
  readonly processingTime: ProcessingTimeLike | undefined;
  readonly overrides: { processingTime?: ProcessingTimeLike; cutoff?: string; excludedPauseKinds?: readonly PauseKind[] };
  /** The forced rule set; `undefined` = the one in force on each dossier's receipt date. */
  readonly ruleSet: RuleSet | undefined;
  readonly convention: DayConvention;
}

const PAUSE_KINDS = pauseKinds.keys as readonly PauseKind[];

/** @internal Validates the options once. */
export function resolveOptions(options: EvaluateOptions, where: string): ResolvedOptions {
  if (typeof options !== "object" || options === null) {
    throw new HccError("invalid_input", `${where}: options { asOf, calendar } are required`, { value: options });
  }
  const clock = checkCalendar(options.calendar, where);
  const asOfMs = instantMs(options.asOf, "asOf", where);
  if (options.processingTime !== undefined) unitCodeOf(options.processingTime, where);
  if (options.excludedPauseKinds !== undefined) {
    if (!Array.isArray(options.excludedPauseKinds) || options.excludedPauseKinds.some((k) => !PAUSE_KINDS.includes(k))) {
      throw new HccError("invalid_input", `${where}: excludedPauseKinds must list pause kinds (${PAUSE_KINDS.join(", ")}), got ${JSON.stringify(options.excludedPauseKinds)}`, {
        value: options.excludedPauseKinds,
      });
    }
  }
  const core: CoreOptions = {
    hourBased: oneOf(options.convention, ["day", "hour"] as const, "day", "convention", where) === "hour",
    instantComparator: oneOf(options.comparator, ["date", "instant"] as const, "date", "comparator", where) === "instant",
    lateIfMultipleSupplements: bool(options.lateIfMultipleSupplements, true, "lateIfMultipleSupplements", where),
    judgeAgainstExtension: oneOf(options.judgeAgainst, ["original", "extension"] as const, "original", "judgeAgainst", where) === "extension",
    recordedDue: oneOf(options.dueSource, ["computed", "recorded"] as const, "computed", "dueSource", where) === "recorded",
  };
  const overrides: ResolvedOptions["overrides"] = {
    ...(options.processingTime !== undefined ? { processingTime: options.processingTime } : {}),
    ...(options.cutoff !== undefined ? { cutoff: options.cutoff } : {}),
    ...(options.excludedPauseKinds !== undefined ? { excludedPauseKinds: options.excludedPauseKinds } : {}),
  };
  const ruleSet = resolveRuleSet(options.rules, where);
  return { clock, asOfMs, core, processingTime: options.processingTime, overrides, ruleSet, convention: core.hourBased ? "hour" : "day" };
}

const orNull = (ms: number): DueDate | null => (Number.isNaN(ms) ? null : dueDateOf(ms));
const instantOrNull = (ms: number): Instant | null => (Number.isNaN(ms) ? null : formatInstant(ms));

/**
 * @internal The rule set of a dossier: the forced one, else the one in force on its receipt date
 * (its submission date when not received, else the as-of date).
 */
export function ruleSetOf(dossier: Dossier, resolved: ResolvedOptions): RuleSet {
  if (resolved.ruleSet !== undefined) return resolved.ruleSet;
  const at = dossier.receivedAt ?? dossier.submittedAt;
  return inForceAt(at === undefined ? resolved.asOfMs : toEpochMs(at));
}

/** @internal Evaluates a parsed dossier with resolved options and rules. */
export function evaluateParsed(dossier: Dossier, resolved: ResolvedOptions, rules: ProcedureRules): DossierEvaluation {
  const { clock, asOfMs, core } = resolved;
  const warnings: string[] = [];
  const end = endOf(dossier, asOfMs);
  if (end.warning !== undefined) warnings.push(end.warning);
  const time = processingTimeFor(dossier, rules, resolved.processingTime);
  const row = coreRow(dossier, time, rules, asOfMs, end.ms);
  const ruleSet = ruleSetOf(dossier, resolved);
  const pauses = pauseIntervals(dossier, rules, ruleSet.afterSupplement === "restart");
  const legs = evaluateLegs(dossier, resolved, rules, pauses, row.receivedMs, end.ms);
  if (Number.isNaN(row.value) && Number.isNaN(row.recordedDueMs) && legs.plannedDueMs !== undefined && !core.recordedDue) {
    row.recordedDueMs = legs.plannedDueMs;
  }
  const out: CoreResult = { clockStartMs: 0, printedDueMs: 0, dueMs: 0, currentDueMs: 0, pausedMs: 0, verdict: 0 };
  evaluateCore(clock, asOfMs, row, pauses.from, pauses.to, 0, pauses.from.length, core, out, pauses.restart);
  const received = !Number.isNaN(row.receivedMs) && row.receivedMs <= asOfMs;
  const endedMs = received && end.ms <= asOfMs ? end.ms : Number.NaN;
  const hi = Number.isNaN(endedMs) ? asOfMs : endedMs;
  const elapsed = received ? workingMsBetween(clock, out.clockStartMs, hi) / MINUTE_MS : 0;
  const paused = out.pausedMs / MINUTE_MS;
  const referenceDue = core.judgeAgainstExtension ? out.currentDueMs : out.dueMs;
  const hasDue = received && !Number.isNaN(referenceDue);
  const originalDue = orNull(out.dueMs);
  const findings = ruleSet.findings({
    dossier,
    asOf: formatInstant(asOfMs),
    calendar: clock.calendar,
    convention: resolved.convention,
    receivedAt: received ? formatInstant(row.receivedMs) : null,
    originalDue,
  });
  if (!Array.isArray(findings)) {
    throw new HccError("invalid_input", `evaluateDossier: rule set "${ruleSet.id}" returned findings that are not an array`, { value: findings });
  }
  const result: DossierEvaluation = {
    code: dossier.code,
    verdict: VERDICTS[out.verdict]!,
    verdictCode: out.verdict,
    asOf: formatInstant(asOfMs),
    receivedAt: instantOrNull(row.receivedMs),
    clockStart: instantOrNull(out.clockStartMs),
    processingTime: time === undefined ? null : Object.freeze({ value: time.value, unit: time.unit }),
    printedDue: orNull(out.printedDueMs),
    originalDue,
    currentDue: orNull(out.currentDueMs),
    extended: !Number.isNaN(row.extensionDueMs),
    endedAt: instantOrNull(endedMs),
    endStatus: Number.isNaN(endedMs) ? null : (end.status ?? null),
    elapsedMinutes: elapsed,
    pausedMinutes: paused,
    netMinutes: Math.max(0, elapsed - paused),
    remainingMinutes: hasDue ? workingMsBetween(clock, hi, referenceDue) / MINUTE_MS : 0,
    overdueMinutes: hasDue ? workingMsBetween(clock, referenceDue, hi) / MINUTE_MS : 0,
    supplementRequests: row.supplementRequests,
    rules: ruleSet.id,
    restartedAt: instantOrNull(out.restartMs ?? Number.NaN),
    findings: Object.freeze([...findings]),
    legs: Object.freeze(legs.items),
    warnings: Object.freeze(warnings),
  };
  return Object.freeze(result);
}

/** Evaluates the inter-agency legs, and the planned overall due from chaining their processing times. */
function evaluateLegs(
  dossier: Dossier,
  resolved: ResolvedOptions,
  rules: ProcedureRules,
  pauses: { from: number[]; to: number[]; restart: number[] },
  receivedMs: number,
  dossierEnd: number,
): { items: LegEvaluation[]; plannedDueMs: number | undefined } {
  const { clock, asOfMs, core } = resolved;
  const items: LegEvaluation[] = [];
  let previousEnd = receivedMs;
  const out: CoreResult = { clockStartMs: 0, printedDueMs: 0, dueMs: 0, currentDueMs: 0, pausedMs: 0, verdict: 0 };
  dossier.legs.forEach((leg, index) => {
    const start = leg.receivedAt !== undefined ? toEpochMs(leg.receivedAt) : previousEnd;
    const endedMs = leg.endedAt !== undefined ? toEpochMs(leg.endedAt) : index === dossier.legs.length - 1 ? dossierEnd : Number.NaN;
    const unit = leg.processingTime === undefined ? 0 : unitCode(leg.processingTime.unit)!;
    const value = leg.processingTime === undefined ? Number.NaN : leg.processingTime.value;
    const recorded = leg.dueAt !== undefined ? toEpochMs(leg.dueAt) : Number.NaN;
    evaluateCore(
      clock,
      asOfMs,
      { receivedMs: start, endedMs, unit, value, cutoff: rules.cutoff, recordedDueMs: recorded, extensionDueMs: Number.NaN, supplementRequests: 0 },
      pauses.from,
      pauses.to,
      0,
      pauses.from.length,
      { ...core, recordedDue: leg.dueAt !== undefined, judgeAgainstExtension: false, lateIfMultipleSupplements: false },
      out,
      pauses.restart,
    );
    const ended = !Number.isNaN(endedMs) && endedMs <= asOfMs;
    items.push(
      Object.freeze({
        index,
        agencyCode: leg.agencyCode,
        receivedAt: instantOrNull(start),
        due: orNull(out.dueMs),
        endedAt: ended ? formatInstant(endedMs) : null,
        pausedMinutes: out.pausedMs / MINUTE_MS,
        verdict: VERDICTS[out.verdict]!,
        verdictCode: out.verdict,
      }),
    );
    previousEnd = ended ? endedMs : Number.NaN;
  });
  return { items, plannedDueMs: plannedLegsDue(dossier, clock, rules, core.hourBased, receivedMs) };
}

/**
 * Evaluates one dossier against its deadline as of an instant: clock start, the printed,
 * original (moved by pauses) and current (new appointment) due dates, elapsed / paused / remaining
 * / overdue working time, supplement requests, inter-agency legs and the [verdict](../../../docs/sla.md#6-the-verdict-).
 *
 * Rules applied (see the [SLA guide](../../../docs/sla.md)): clock start normalisation and the procedure's
 * cut-off; the due date by unit and the working-day convention; the legal rule set in force on
 * the receipt date (option `rules`, see {@link RuleSet}): under `decree-61` (received up to
 * 2025-06-30) a supplement pauses the clock, under `decree-118` (from 2025-07-01) the processing
 * time restarts from zero after the complete supplement and the decree's handling rules are
 * checked as `findings`; pauses of the kinds the procedure excludes (supplement requests always,
 * by default) move the due date by the paused working time, overlapping pauses count once and an
 * open pause runs to as-of; the end of processing is the
 * time of the winning terminal status in the processing events (done > returned > stopped /
 * withdrawn), else `endedAt`; a new appointment is recorded but the original due date stays the
 * reference unless `judgeAgainst: "extension"`; more than one supplement request → late.
 *
 * Pure: the result depends only on the arguments (a calendar change or a late event is a
 * recomputation).
 *
 * @param dossier - a dossier (validated with `parseDossier`)
 * @param options - `asOf`, `calendar`, the `procedure` and rule options
 * @returns the frozen {@link DossierEvaluation}
 * @throws {HccError} `invalid_input` / `invalid_date` for a bad dossier, procedure or option,
 *   `invalid_calendar`, `out_of_range` for dates outside the calendar
 * @example
 * ```ts
 * import { vietnamCalendar } from "@hcc/calendar";
 * import { evaluateDossier } from "@hcc/sla";
 * const e = evaluateDossier(
 *   { code: "000.00.53.H48-240308-0001", procedureCode: "1.001612", agencyCode: "000.00.53.H48", status: "processing", receivedAt: "2024-03-08T16:59" },
 *   { asOf: "2024-03-12T10:00", calendar: vietnamCalendar(), processingTime: { value: 3, unit: "working_days" } },
 * );
 * e.originalDue?.date; //=> "2024-03-13"
 * e.verdict; //=> "in_progress_within"
 * e.rules; //=> "decree-61" (received before 2025-07-01)
 * ```
 *
 * @category Evaluation
 */
export function evaluateDossier(dossier: DossierInput | Dossier, options: EvaluateOptions): DossierEvaluation {
  const where = "evaluateDossier";
  const resolved = resolveOptions(options, where);
  const rules = procedureRules(options.procedure, resolved.overrides, where);
  return evaluateParsed(parseDossier(dossier), resolved, rules);
}

/**
 * Non-throwing {@link evaluateDossier}.
 *
 * @param dossier - anything
 * @param options - as for {@link evaluateDossier}
 * @returns `{ success: true, data }` or `{ success: false, error }`
 * @example
 * ```ts
 * import { vietnamCalendar } from "@hcc/calendar";
 * import { safeEvaluateDossier } from "@hcc/sla";
 * safeEvaluateDossier({ code: "" }, { asOf: "2024-03-12", calendar: vietnamCalendar() }).success; //=> false
 * ```
 *
 * @category Evaluation
 */
export function safeEvaluateDossier(dossier: unknown, options: EvaluateOptions): SafeParseResult<DossierEvaluation> {
  return safely(() => evaluateDossier(dossier as DossierInput, options));
}
