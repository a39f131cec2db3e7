import { HccError, parseDossier, type Dossier, type DossierColumns, type DossierInput } from "@hcc/core";
import { coreRow, endOf, pauseIntervals, plannedLegsDue, processingTimeFor, rulesCache } from "./_internal/prepare.js";
import { MINUTE_MS } from "./_internal/working-time.js";
import { resolveOptions, ruleSetOf } from "./evaluate.js";
import type { EvaluateManyOptions } from "./evaluate-many.js";

/**
 * Turns dossier objects into `DossierColumns` (of `@hcc/core`), applying each dossier's procedure rules
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
 *
 * @category Bulk
 */
export function toDossierColumns(dossiers: readonly (DossierInput | Dossier)[], options: EvaluateManyOptions): DossierColumns {
  if (!Array.isArray(dossiers)) throw new HccError("invalid_input", "toDossierColumns: dossiers must be an array", { value: dossiers });
  const resolved = resolveOptions(options, "toDossierColumns");
  const n = dossiers.length;
  const rulesOf = rulesCache(options.procedure, options.procedures, resolved.overrides, "evaluateMany");
  const receivedMs = new Float64Array(n);
  const endedMs = new Float64Array(n);
  const amount = new Float64Array(n);
  const unit = new Uint8Array(n);
  const cutoffMinutes = new Int16Array(n);
  const dueMs = new Float64Array(n);
  const extensionDueMs = new Float64Array(n);
  const supplementRequests = new Uint32Array(n);
  const pauseOffsets = new Uint32Array(n + 1);
  const from: number[] = [];
  const to: number[] = [];
  const restarts: number[] = [];
  for (let i = 0; i < n; i++) {
    const d = parseDossier(dossiers[i]);
    const rules = rulesOf(d);
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
    dueMs[i] = row.recordedDueMs;
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
    length: n,
    receivedMs,
    endedMs,
    amount,
    unit,
    cutoffMinutes,
    dueMs,
    extensionDueMs,
    supplementRequests,
    pauseOffsets,
    pauseFromMs: Float64Array.from(from),
    pauseToMs: Float64Array.from(to),
    pauseRestarts: Uint8Array.from(restarts),
  };
}
