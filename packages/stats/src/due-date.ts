import { HccError, type Procedure } from "@hcc/core";
import { computeDueDate, type DueDateOptions, type ProcessingTimeLike } from "@hcc/sla";
import type { DueDateDeriver } from "./aggregator.js";

/**
 * Builds a {@link DueDateDeriver} from the procedure catalogue: a dossier without a due date gets
 * the one `@hcc/sla`'s `computeDueDate` gives for its procedure (looked up by `code` or
 * `localCode`), using the processing time of the dossier's channel in the procedure's first case
 * (or of its first channel with a time), the procedure's cut-off, and the given calendar and
 * working-day convention. Unknown procedures, or procedures without a processing time, yield no
 * due date (the dossier is then classified by the no-due-date rule).
 *
 * @param procedures - validated procedures (`parseProcedure` of `@hcc/core`)
 * @param options - the working calendar (`@hcc/calendar`) and the day convention
 * @returns the deriver, to pass as `dueDate` to {@link createAggregator} / {@link ingest}
 * @throws {HccError} `invalid_input` when `procedures` is not an array
 * @example
 * ```ts
 * import { vietnamCalendar } from "@hcc/calendar";
 * import { parseProcedure } from "@hcc/core";
 * import { createAggregator, dueDateFromProcedures } from "@hcc/stats";
 * const procedure = parseProcedure({ code: "1.001612", name: "Cấp bản sao trích lục",
 *   cases: [{ channels: [{ channel: "direct", processingTime: { value: 3, unit: "working_days" } }] }] });
 * const dueDate = dueDateFromProcedures([procedure], { calendar: vietnamCalendar() });
 * const agg = createAggregator({ from: "2024-03-01", to: "2024-03-31", dueDate });
 * agg.add({ procedureCode: "1.001612", agencyCode: "A", status: 10, receivedAt: "2024-03-08T16:59", endedAt: "2024-03-13T10:00" });
 * agg.state().groups[0]?.counts.resolvedOnTime; //=> 1
 * ```
 *
 * @category Aggregation
 */
export function dueDateFromProcedures(procedures: readonly Procedure[], options: DueDateOptions): DueDateDeriver {
  if (!Array.isArray(procedures)) throw new HccError("invalid_input", "dueDateFromProcedures: procedures must be an array", { value: procedures });
  const byCode = new Map<string, Procedure>();
  for (const p of procedures) {
    byCode.set(p.code, p);
    if (p.localCode !== undefined) byCode.set(p.localCode, p);
  }
  const timeOf = (p: Procedure, channel: string): ProcessingTimeLike | undefined => {
    const first = p.cases[0];
    if (first === undefined) return undefined;
    const exact = first.channels.find((c) => c.channel === channel && c.processingTime !== undefined);
    return (exact ?? first.channels.find((c) => c.processingTime !== undefined))?.processingTime;
  };
  return ({ procedureCode, channel, receivedMs }) => {
    const p = byCode.get(procedureCode);
    if (p === undefined) return undefined;
    const time = timeOf(p, channel);
    if (time === undefined) return undefined;
    const cutoff = p.timing?.cutoff;
    return computeDueDate(new Date(receivedMs), time, cutoff === undefined ? options : { ...options, cutoff }).ms;
  };
}
