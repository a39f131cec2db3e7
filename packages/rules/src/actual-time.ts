import { HccError, parseDossier, type Dossier, type DossierInput, type Procedure, type ProcedureInput } from "@hcc/core";
import { evaluateMany, type EvaluateOptions } from "@hcc/sla";
import { createFinding, type Finding } from "./finding.js";
import type { Share } from "./share.js";
import { makeShare } from "./_internal/share.js";
import { toProcedure } from "./_internal/options.js";
import { parseList } from "./_internal/errors.js";
import { round } from "./compliance-cost.js";
import { conversionFactors, workingDaysOf, type WorkingDayConversion } from "./time-units.js";

/**
 * Options of {@link compareActualTimes}: the `@hcc/sla` evaluation options (`asOf` and `calendar`
 * required; convention, comparator, pauses… as documented there) plus how working minutes and
 * published units become working days.
 *
 * @example
 * ```ts
 * import { vietnamCalendar } from "@hcc/calendar";
 * import type { ActualTimeOptions } from "@hcc/rules";
 * const options: ActualTimeOptions = { asOf: "2019-08-09T17:00", calendar: vietnamCalendar(), minutesPerWorkingDay: 480 };
 * ```
 *
 * @category Reductions (3 giảm)
 */
export interface ActualTimeOptions extends Omit<EvaluateOptions, "procedure" | "processingTime"> {
  /** Working minutes in a working day, to express actual net time in days (default 480 = 8 h). */
  readonly minutesPerWorkingDay?: number;
  /** How published times in other units become working days (see {@link WorkingDayConversion}). */
  readonly conversion?: WorkingDayConversion;
}

/**
 * Actual versus published processing time of one procedure, over its resolved dossiers.
 *
 * @example
 * ```ts
 * import type { ProcedureActualTime } from "@hcc/rules";
 * const row: ProcedureActualTime = {
 *   procedureCode: "1.001612", name: "Đăng ký hộ kinh doanh", received: 10, resolved: 8, compared: 8,
 *   publishedWorkingDays: 3, actualWorkingDays: 1.5, maxActualWorkingDays: 4, reducedWorkingDays: 1.5, ratio: 0.5,
 *   onTimeOrEarly: { numerator: 7, denominator: 8, ratio: 0.875 }, overdue: 0,
 * };
 * ```
 *
 * @category Reductions (3 giảm)
 */
export interface ProcedureActualTime {
  /** Procedure code (as on the dossiers). */
  readonly procedureCode: string;
  /** Its name from the catalogue, or `null` when the catalogue lacks it. */
  readonly name: string | null;
  /** Dossiers received. */
  readonly received: number;
  /** Dossiers resolved (early, on time or late) by as-of. */
  readonly resolved: number;
  /** Resolved dossiers with a known processing time (the base of the two means). */
  readonly compared: number;
  /** Mean published time of those dossiers (their case and channel), working days, or `null`. */
  readonly publishedWorkingDays: number | null;
  /** Mean actual net time (elapsed − paused), working days, or `null`. */
  readonly actualWorkingDays: number | null;
  /** Longest actual net time, working days, or `null`. */
  readonly maxActualWorkingDays: number | null;
  /** `published − actual` (positive: faster than published), or `null`. */
  readonly reducedWorkingDays: number | null;
  /** `actual ÷ published`, or `null`. */
  readonly ratio: number | null;
  /** Resolved early or on time, of resolved. */
  readonly onTimeOrEarly: Share;
  /** In progress past the due date at as-of. */
  readonly overdue: number;
}

/**
 * The "3 giảm" actual-time comparison over a set of dossiers.
 *
 * @example
 * ```ts
 * import type { ActualTimeComparison } from "@hcc/rules";
 * function faster(c: ActualTimeComparison): number | null {
 *   return c.total.reducedWorkingDays;
 * }
 * ```
 *
 * @category Reductions (3 giảm)
 */
export interface ActualTimeComparison {
  /** One row per procedure code met on the dossiers, in first-seen order. */
  readonly procedures: readonly ProcedureActualTime[];
  /** All dossiers together (means weighted by dossier). */
  readonly total: Omit<ProcedureActualTime, "procedureCode" | "name">;
  /** `reduction.actual_exceeds_published` for procedures slower on average than published. */
  readonly findings: readonly Finding[];
}

interface Acc {
  received: number;
  resolved: number;
  compared: number;
  published: number;
  actual: number;
  max: number;
  onTime: number;
  overdue: number;
}

const empty = (): Acc => ({ received: 0, resolved: 0, compared: 0, published: 0, actual: 0, max: Number.NaN, onTime: 0, overdue: 0 });

function row(acc: Acc): Omit<ProcedureActualTime, "procedureCode" | "name"> {
  const published = acc.compared === 0 ? null : round(acc.published / acc.compared, 6);
  const actual = acc.compared === 0 ? null : round(acc.actual / acc.compared, 6);
  return Object.freeze({
    received: acc.received,
    resolved: acc.resolved,
    compared: acc.compared,
    publishedWorkingDays: published,
    actualWorkingDays: actual,
    maxActualWorkingDays: Number.isNaN(acc.max) ? null : round(acc.max, 6),
    reducedWorkingDays: published === null || actual === null ? null : round(published - actual, 6),
    ratio: published === null || actual === null || published === 0 ? null : round(actual / published, 6),
    onTimeOrEarly: makeShare(acc.onTime, acc.resolved),
    overdue: acc.overdue,
  });
}

/**
 * Compares actual processing times with published ones ("3 giảm": shorter time, actual as well
 * as published). Each dossier is evaluated with `@hcc/sla` `evaluateMany` against its procedure
 * from the catalogue (its case and channel's processing time, cut-off and pauses); its actual
 * time is the net working time from clock start to the end of processing (paused time excluded),
 * divided by `minutesPerWorkingDay`. Means are over resolved dossiers with a known processing time.
 * Procedures slower on average than published get a `reduction.actual_exceeds_published` finding.
 *
 * @param procedures - the catalogue (procedures looked up by the dossiers' `procedureCode`)
 * @param dossiers - the dossiers
 * @param options - `asOf`, `calendar` and the other `@hcc/sla` options
 * @returns per-procedure and total comparison
 * @throws {HccError} `invalid_input` for a malformed procedure, dossier or option (as `@hcc/sla`)
 * @example
 * ```ts
 * import { vietnamCalendar } from "@hcc/calendar";
 * import { compareActualTimes } from "@hcc/rules";
 * const procedure = { code: "1.001612", name: "Đăng ký hộ kinh doanh",
 *   cases: [{ channels: [{ channel: "direct" as const, processingTime: { value: 3, unit: "working_days" as const }, fees: [{ amount: 100_000 }] }] }] };
 * const c = compareActualTimes([procedure], [
 *   { code: "X-190506-0001", procedureCode: "1.001612", agencyCode: "X", status: "done", receivedAt: "2019-05-06T08:00", endedAt: "2019-05-06T16:00" },
 * ], { asOf: "2019-08-09T17:00", calendar: vietnamCalendar() });
 * c.total.publishedWorkingDays; //=> 3
 * c.total.actualWorkingDays; //=> 0.75 (6 h of session time: 08:00–11:30 and 13:30–16:00)
 * ```
 *
 * @category Reductions (3 giảm)
 */
export function compareActualTimes(
  procedures: readonly (ProcedureInput | Procedure)[],
  dossiers: readonly (DossierInput | Dossier)[],
  options: ActualTimeOptions,
): ActualTimeComparison {
  if (!Array.isArray(procedures) || !Array.isArray(dossiers)) {
    throw new HccError("invalid_input", "compareActualTimes expects arrays of procedures and dossiers", { value: { procedures, dossiers } });
  }
  return actualTimesOf(
    parseList(procedures, toProcedure, "Procedure", "compareActualTimes"),
    parseList(dossiers, parseDossier, "Dossier", "compareActualTimes"),
    options,
  );
}

/** @internal {@link compareActualTimes} on procedures and dossiers already parsed. */
export function actualTimesOf(procedures: readonly Procedure[], parsed: readonly Dossier[], options: ActualTimeOptions): ActualTimeComparison {
  if (typeof options !== "object" || options === null) {
    throw new HccError("invalid_input", "compareActualTimes: options { asOf, calendar } are required", { value: options });
  }
  const minutesPerDay = options.minutesPerWorkingDay ?? 480;
  if (!(Number.isFinite(minutesPerDay) && minutesPerDay > 0)) {
    throw new HccError("invalid_input", `compareActualTimes: minutesPerWorkingDay must be a positive number, got ${String(minutesPerDay)}`, { value: minutesPerDay });
  }
  const factors = conversionFactors(options.conversion);
  const catalogue: Record<string, Procedure> = {};
  for (const p of procedures) catalogue[p.code] = p;
  const { minutesPerWorkingDay: _m, conversion: _c, ...sla } = options;
  const evaluations = evaluateMany(parsed, { ...sla, procedures: catalogue });
  const groups = new Map<string, Acc>();
  const total = empty();
  parsed.forEach((d, i) => {
    const e = evaluations[i];
    if (e === undefined || e.verdict === "not_received") return;
    let acc = groups.get(d.procedureCode);
    if (acc === undefined) {
      acc = empty();
      groups.set(d.procedureCode, acc);
    }
    for (const a of [acc, total]) {
      a.received += 1;
      if (e.verdict === "in_progress_overdue") a.overdue += 1;
    }
    if (!e.verdict.startsWith("resolved_")) return;
    const onTime = e.verdict !== "resolved_late";
    const actual = e.netMinutes / minutesPerDay;
    const published = e.processingTime === null ? null : workingDaysOf(e.processingTime, factors);
    for (const a of [acc, total]) {
      a.resolved += 1;
      if (onTime) a.onTime += 1;
      if (published !== null) {
        a.compared += 1;
        a.published += published;
        a.actual += actual;
        a.max = Number.isNaN(a.max) ? actual : Math.max(a.max, actual);
      }
    }
  });
  const rows: ProcedureActualTime[] = [];
  const findings: Finding[] = [];
  for (const [code, acc] of groups) {
    const r = Object.freeze({ procedureCode: code, name: catalogue[code]?.name ?? null, ...row(acc) });
    rows.push(r);
    if (r.reducedWorkingDays !== null && r.reducedWorkingDays < 0) {
      findings.push(
        createFinding({
          code: "reduction.actual_exceeds_published",
          severity: "warning",
          pillar: "reduction",
          ruleId: "reduction.actual_time",
          subject: { kind: "procedure", code },
          path: ["cases"],
          params: { before: round(r.publishedWorkingDays ?? 0, 2), after: round(r.actualWorkingDays ?? 0, 2) },
        }),
      );
    }
  }
  return Object.freeze({ procedures: Object.freeze(rows), total: row(total), findings: Object.freeze(findings) });
}
