/**
 * `@hcc/sla` — the deadline of a Vietnamese administrative dossier: when its clock starts, its due
 * date (ngày hẹn trả) in working hours, working days, calendar days or months, the pauses while
 * the applicant supplements documents (or, under Decree 118/2025, the restart after it: dated
 * rule sets, with the decree's handling rules checked as findings), new appointments,
 * inter-agency legs, and the early / on time / late verdict of the national statistics — for one
 * dossier or millions.
 *
 * @packageDocumentation
 */

export {
  VERDICTS,
  VERDICT_IN_PROGRESS_OVERDUE,
  VERDICT_IN_PROGRESS_WITHIN,
  VERDICT_NOT_RECEIVED,
  VERDICT_RESOLVED_EARLY,
  VERDICT_RESOLVED_LATE,
  VERDICT_RESOLVED_ON_TIME,
  classifyVerdict,
} from "./verdict.js";
export type { ClassifyOptions, Verdict, VerdictComparator, VerdictInput } from "./verdict.js";

export { classifyVerdicts } from "./classify-many.js";
export type { VerdictColumns } from "./classify-many.js";

export { clockStart, safeClockStart } from "./clock-start.js";
export type { ClockStartOptions } from "./clock-start.js";

export { computeDueDate, safeComputeDueDate } from "./due-date.js";
export type { DayConvention, DueDate, DueDateOptions, ProcessingTimeLike } from "./due-date.js";

export { evaluateDossier, safeEvaluateDossier } from "./evaluate.js";
export type { DossierEvaluation, EvaluateOptions, LegEvaluation } from "./evaluate.js";

export { evaluateMany } from "./evaluate-many.js";
export type { ColumnarEvaluation, ColumnarField, EvaluateManyOptions } from "./evaluate-many.js";
export { toDossierColumns } from "./dossier-columns.js";
/** The one columnar dossier type, from `@hcc/core` (re-exported where it has always been). */
export type { DossierColumns } from "@hcc/core";

export { DECREE_118, DECREE_61, RULE_SETS, ruleSetInForce } from "./rule-sets.js";
export type { RuleSet, RuleSetChoice } from "./rule-sets.js";

export {
  FINDING_CODES,
  FINDING_EXTENSION_LATE,
  FINDING_EXTENSION_REPEATED,
  FINDING_ONLINE_ACCEPTANCE_LATE,
  FINDING_SUPPLEMENT_LATE,
  FINDING_SUPPLEMENT_REPEATED,
  decree118Findings,
} from "./findings.js";
export type { Finding, FindingContext } from "./findings.js";

export { describeEvaluation, formatWorkingDuration } from "./describe.js";
export type { DurationTextOptions, SlaLang } from "./describe.js";
