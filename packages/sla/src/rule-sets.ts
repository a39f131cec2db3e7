import { HccError, dayNumberToLocalDate, epochMsToDayNumber, localDateSchema, type LocalDate } from "@hcc/core";
import { decree118Findings, type Finding, type FindingContext } from "./findings.js";

/**
 * A dated set of the legal rules that time a dossier ([the law vs the portal](../../../docs/sla.md#the-law-vs-the-portal) in the SLA guide): which authority, from
 * when to when, what a supplement does to the clock, and which handling rules it checks. A
 * dossier is judged by the rule set in force **on its receipt date** (Vietnam local date), unless
 * the caller forces one (`EvaluateOptions.rules`). Pluggable: any value of this shape can be
 * passed as `rules`.
 *
 * @example
 * ```ts
 * import { parseLocalDate } from "@hcc/core";
 * import type { RuleSet } from "@hcc/sla";
 * const lenient: RuleSet = {
 *   id: "my-pilot", authority: "Provincial pilot (no checks)", effectiveFrom: parseLocalDate("2025-07-01"), effectiveTo: null,
 *   afterSupplement: "restart", findings: () => [],
 * };
 * ```
 *
 * @category Rule sets and findings
 */
export interface RuleSet {
  /** Stable identifier, reported in every result (`DossierEvaluation.rules`). */
  readonly id: string;
  /** The legal text it encodes. */
  readonly authority: string;
  /** First day in force (Vietnam local date, inclusive); `null` = no lower bound. */
  readonly effectiveFrom: LocalDate | null;
  /** Last day in force (inclusive); `null` = still in force. */
  readonly effectiveTo: LocalDate | null;
  /**
   * What a supplement request (yêu cầu bổ sung) does to the clock:
   * - `"pause"` — the clock stops from the request to the complete supplement; the due date moves
   *   later by the paused working time;
   * - `"restart"` — the processing time counts again from zero from the complete supplement: the
   *   due date is computed from it as from a receipt (for working days, day-based: the close of
   *   the N-th working day after the day the supplement was completed; working hours, calendar
   *   days and months likewise).
   */
  readonly afterSupplement: "pause" | "restart";
  /**
   * The handling rules it checks: findings (data, never errors) for one evaluated dossier.
   *
   * @example
   * ```ts
   * import { vietnamCalendar } from "@hcc/calendar";
   * import { parseDossier, parseInstant } from "@hcc/core";
   * import { DECREE_61, DECREE_118, type FindingContext } from "@hcc/sla";
   * const context: FindingContext = {
   *   dossier: parseDossier({
   *     code: "X-250701-0001", procedureCode: "1.001612", agencyCode: "X", status: "processing", receivedAt: "2025-07-01T09:00",
   *     supplementRequests: [{ requestedAt: "2025-07-07T09:00", completedAt: "2025-07-08T09:00" }],
   *   }),
   *   asOf: parseInstant("2025-07-09T09:00"), calendar: vietnamCalendar(), convention: "day",
   *   receivedAt: parseInstant("2025-07-01T09:00"), originalDue: null,
   * };
   * DECREE_118.findings(context).map((f) => f.code); //=> ["supplement_late"]
   * DECREE_61.findings(context); //=> []
   * ```
   */
  findings(context: FindingContext): readonly Finding[];
}

/**
 * Decree 61/2018/NĐ-CP as amended by Decree 107/2021/NĐ-CP — the one-stop mechanism for dossiers
 * received up to 30 June 2025 (the [legal framework](../../../docs/domain.md#the-legal-framework-by-date)): the clock **pauses** while the applicant
 * supplements documents. It checks no handling rule (the [findings](../../../docs/sla.md#the-law-vs-the-portal) are Decree
 * 118's). No lower bound is set: earlier dossiers are timed by the same pause rule.
 *
 * @example
 * ```ts
 * import { DECREE_61 } from "@hcc/sla";
 * DECREE_61.effectiveTo; //=> "2025-06-30"
 * DECREE_61.afterSupplement; //=> "pause"
 * ```
 *
 * @category Rule sets and findings
 */
export const DECREE_61: RuleSet = Object.freeze({
  id: "decree-61",
  authority: "Decree 61/2018/NĐ-CP, amended by Decree 107/2021/NĐ-CP",
  effectiveFrom: null,
  effectiveTo: "2025-06-30" as LocalDate,
  afterSupplement: "pause",
  findings: (): readonly Finding[] => Object.freeze([]),
});

/**
 * Decree 118/2025/NĐ-CP — the one-stop mechanism from 1 July 2025 ([the law vs the portal](../../../docs/sla.md#the-law-vs-the-portal)): the
 * processing time **restarts from zero** once the complete supplement is received (Art. 19(5)),
 * and its handling rules are checked as findings by {@link decree118Findings} (one supplement
 * request within 3 working days of receipt, one new appointment at least 1 working day before the
 * deadline, online acceptance within 8 working hours).
 *
 * @example
 * ```ts
 * import { DECREE_118 } from "@hcc/sla";
 * DECREE_118.effectiveFrom; //=> "2025-07-01"
 * DECREE_118.afterSupplement; //=> "restart"
 * ```
 *
 * @category Rule sets and findings
 */
export const DECREE_118: RuleSet = Object.freeze({
  id: "decree-118",
  authority: "Decree 118/2025/NĐ-CP",
  effectiveFrom: "2025-07-01" as LocalDate,
  effectiveTo: null,
  afterSupplement: "restart",
  findings: decree118Findings,
});

/**
 * The built-in rule sets, in date order. Their periods do not overlap and leave no gap.
 *
 * @example
 * ```ts
 * import { RULE_SETS } from "@hcc/sla";
 * RULE_SETS.map((r) => r.id); //=> ["decree-61", "decree-118"]
 * ```
 *
 * @category Rule sets and findings
 */
export const RULE_SETS: readonly RuleSet[] = Object.freeze([DECREE_61, DECREE_118]);

/**
 * Which rule set `evaluateDossier` applies: `"auto"` (the one in force on the receipt date), a
 * built-in id, or a {@link RuleSet} value.
 *
 * @example
 * ```ts
 * import type { RuleSetChoice } from "@hcc/sla";
 * const choice: RuleSetChoice = "decree-61";
 * ```
 *
 * @category Rule sets and findings
 */
export type RuleSetChoice = "auto" | "decree-61" | "decree-118" | RuleSet;

/**
 * The built-in rule set in force on a date (Vietnam local date).
 *
 * @param date - a `YYYY-MM-DD` date, an instant or a `Date` (its Vietnam date is used)
 * @returns `DECREE_61` up to 2025-06-30, `DECREE_118` from 2025-07-01
 * @throws {HccError} `invalid_date` for an unreadable date
 * @example
 * ```ts
 * import { ruleSetInForce } from "@hcc/sla";
 * ruleSetInForce("2025-06-30").id; //=> "decree-61"
 * ruleSetInForce("2025-06-30T23:30:00+07:00").id; //=> "decree-61"
 * ruleSetInForce("2025-06-30T17:30:00Z").id; //=> "decree-118" (00:30 on 1 July in Vietnam)
 * ```
 *
 * @category Rule sets and findings
 */
export function ruleSetInForce(date: Date | string): RuleSet {
  const parsed = localDateSchema.safeParse(date);
  if (!parsed.success) throw new HccError("invalid_date", `ruleSetInForce: not a date: ${JSON.stringify(date)}`, { value: date });
  return inForceOn(parsed.data);
}

/** @internal The built-in rule set in force on a local date. */
export function inForceOn(date: LocalDate): RuleSet {
  for (const set of RULE_SETS) {
    if ((set.effectiveFrom === null || date >= set.effectiveFrom) && (set.effectiveTo === null || date <= set.effectiveTo)) return set;
  }
  // the built-in periods leave no gap; unreachable
  return DECREE_118;
}

/** @internal The built-in rule set in force on the Vietnam date of an instant (epoch ms). */
export function inForceAt(ms: number): RuleSet {
  return inForceOn(dayNumberToLocalDate(epochMsToDayNumber(ms)));
}

/** The problems of a would-be rule set, one per field (empty = valid). */
function ruleSetProblems(value: object): string[] {
  const v = value as Partial<Record<keyof RuleSet, unknown>>;
  const problems: string[] = [];
  for (const key of ["id", "authority"] as const) {
    if (typeof v[key] !== "string" || v[key] === "") problems.push(`${key}: expected a non-empty string`);
  }
  for (const key of ["effectiveFrom", "effectiveTo"] as const) {
    if (v[key] !== null && !(typeof v[key] === "string" && /^\d{4}-\d{2}-\d{2}$/.test(v[key]) && localDateSchema.safeParse(v[key]).success)) {
      problems.push(`${key}: expected a YYYY-MM-DD date or null`);
    }
  }
  if (v.afterSupplement !== "pause" && v.afterSupplement !== "restart") problems.push(`afterSupplement: expected "pause" or "restart"`);
  if (typeof v.findings !== "function") problems.push("findings: expected a function");
  return problems;
}

/**
 * @internal Validates the `rules` option: `undefined` (auto), `"auto"`, a built-in id, or a rule
 * set value. Returns the forced rule set, or `undefined` for auto.
 */
export function resolveRuleSet(choice: unknown, where: string): RuleSet | undefined {
  if (choice === undefined || choice === "auto") return undefined;
  if (typeof choice === "string") {
    const found = RULE_SETS.find((r) => r.id === choice);
    if (found !== undefined) return found;
    throw new HccError("invalid_input", `${where}: rules must be "auto", ${RULE_SETS.map((r) => JSON.stringify(r.id)).join(", ")} or a RuleSet, got ${JSON.stringify(choice)}`, {
      value: choice,
    });
  }
  const problems = typeof choice === "object" && choice !== null ? ruleSetProblems(choice) : ["expected an object"];
  if (problems.length > 0) {
    throw new HccError("invalid_input", `${where}: rules is not a RuleSet: ${problems.join("; ")}`, { value: choice });
  }
  return choice as RuleSet;
}
